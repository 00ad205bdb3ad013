package cn.gongkai.model.review;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Department;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.PublishTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A department's budget review result (预算评审结果) for a budget year, whose totals are computed here,
 * once, so that check and the published page cannot disagree.
 *
 * @param priorYear    the year of the budget and spending progress the list quotes
 * @param progressDate the day the spending progress was measured
 * @param printedTotals the totals row as printed, when the list prints one
 * @param published    when the list was published, as the content says (null when not given)
 * @param at           the budget-review.yaml it was read from
 */
public record BudgetReview(Department department, int year, int priorYear, LocalDate progressDate, MoneyUnit unit,
                           List<ReviewLine> lines, ReviewTotals printedTotals, PublishTime published, Location at) {

    /** 平均得分 is published with two decimals, rounded half up. */
    public static final int SCORE_DECIMALS = 2;

    public BudgetReview {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(progressDate, "progressDate");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
    }

    /** "安宁市政务服务管理局 2021 年度预算评审结果". */
    public String displayTitle() {
        return department.name().value() + " " + year + " 年度预算评审结果";
    }

    /** Σ 申报预算资金 of every line, in the file's unit, citing the amounts it was summed from. */
    public Amount requestedTotal() {
        BigDecimal sum = lines.stream().map(l -> l.requested().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Location> sources = lines.stream().map(l -> l.requested().at()).toList();
        return Amount.computed(sum, unit, sources.isEmpty() ? at : sources.get(0), sources);
    }

    /** The lines that have a final score. */
    public List<ReviewLine> scored() {
        return lines.stream().filter(l -> l.score() != null).toList();
    }

    /** The mean score of the scored lines, two decimals HALF_UP; empty when no line is scored. */
    public Optional<BigDecimal> averageScore() {
        List<ReviewLine> scored = scored();
        if (scored.isEmpty()) return Optional.empty();
        BigDecimal sum = scored.stream().map(l -> l.score().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(scored.size()), SCORE_DECIMALS, RoundingMode.HALF_UP));
    }

    public Optional<ReviewTotals> printedTotalsOpt() {
        return Optional.ofNullable(printedTotals);
    }

    public Optional<PublishTime> publishedOpt() {
        return Optional.ofNullable(published);
    }
}
