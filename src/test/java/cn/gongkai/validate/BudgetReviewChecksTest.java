package cn.gongkai.validate;

import cn.gongkai.model.Finding;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.testing.Reviews;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gongkai.testing.Reviews.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cases of the budget review rules the broken-content corpus does not reach. */
class BudgetReviewChecksTest {

    private static List<Finding> check(BudgetReview review) {
        Report r = new Report(Tolerance.DEFAULT, MoneyUnit.YUAN);
        new BudgetReviewChecks().check(review, r);
        return r.findings();
    }

    @Test
    void aListNumberedFromTwoMissesOneAtItsFirstLine() {
        List<Finding> f = check(Reviews.of(null, line(2, "1", null), line(3, "1", null)));
        assertEquals(1, f.size(), f.toString());
        assertEquals("BR02", f.get(0).code());
        assertTrue(f.get(0).message().contains("缺少序号 1"), f.get(0).message());
        assertEquals(2, f.get(0).location().line());
    }

    @Test
    void anAverageWithoutAnyScoredLineIsAnError() {
        List<Finding> f = check(Reviews.of(Reviews.average("80"), line(1, "1", null)));
        assertEquals(List.of("BR04"), f.stream().map(Finding::code).toList());
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(List.of(), check(Reviews.of(Reviews.average("50.00"), line(1, "1", "100"), line(2, "1", "0"))));
        assertEquals(List.of("BR05"), check(Reviews.of(null, line(1, "1", "-0.5"))).stream().map(Finding::code).toList());
    }
}
