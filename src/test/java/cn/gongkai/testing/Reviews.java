package cn.gongkai.testing;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Department;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.Recommendation;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.model.review.ReviewTotals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small budget reviews built in code, for tests of one rule or one computation at a time. */
public final class Reviews {

    private static final Location FILE = Location.ofFile("budget-review.yaml");

    private Reviews() {
    }

    /** A line numbered {@code no} requesting {@code requested} 元, scored {@code score} (null: not scored). */
    public static ReviewLine line(int no, String requested, String score) {
        Location at = new Location(FILE.file(), no, 9);
        return new ReviewLine(no, new Text("某单位", at), new Text("项目" + no, at), null, null,
                Amount.given(new BigDecimal(requested), MoneyUnit.YUAN, at), score == null ? null : new Quantity(new BigDecimal(score), at),
                Recommendation.ARRANGE, List.of(), List.of(), 1, at);
    }

    /** A review of {@code lines} whose totals row (null: none) is {@code totals}. */
    public static BudgetReview of(ReviewTotals totals, ReviewLine... lines) {
        Department d = new Department("dept", new Text("某部门", FILE), "j", FILE);
        return new BudgetReview(d, 2021, 2020, LocalDate.of(2020, 10, 31), MoneyUnit.YUAN, Arrays.asList(lines), totals, null, FILE);
    }

    /** A totals row giving only the average score. */
    public static ReviewTotals average(String score) {
        return new ReviewTotals(null, new Quantity(new BigDecimal(score), FILE), FILE);
    }
}
