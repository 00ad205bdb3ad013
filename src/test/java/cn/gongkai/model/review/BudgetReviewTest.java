package cn.gongkai.model.review;

import cn.gongkai.testing.Reviews;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static cn.gongkai.testing.Reviews.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BudgetReviewTest {

    @Test
    void requestedTotalAddsEveryLineExactly() {
        BudgetReview r = Reviews.of(null, line(1, "3853091.50", "70"), line(2, "0.05", null), line(3, "1", null));
        assertEquals(new BigDecimal("3853092.55"), r.requestedTotal().value());
        assertEquals(3, r.requestedTotal().sources().size(), "the total cites every amount it adds");
    }

    @Test
    void averageScoreCountsOnlyScoredLinesAndRoundsHalfUp() {
        BudgetReview r = Reviews.of(null, line(1, "1", "70.00"), line(2, "1", null), line(3, "1", "70.01"));
        assertEquals(2, r.scored().size());
        assertEquals(Optional.of(new BigDecimal("70.01")), r.averageScore(), "70.005 rounds half up, not to even");
    }

    @Test
    void noScoredLineHasNoAverage() {
        assertEquals(Optional.empty(), Reviews.of(null, line(1, "1", null)).averageScore());
    }
}
