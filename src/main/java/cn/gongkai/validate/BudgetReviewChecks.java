package cn.gongkai.validate;

import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Severity;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.model.review.ReviewTotals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A budget review list checked the way its reader would — numbered 1 to n, totals that add up,
 * scores and progress within 0–100 (BR02–BR06; BR01 needs the folder and is checked while loading).
 */
final class BudgetReviewChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    void check(BudgetReview review, Report r) {
        numbering(review, r);
        review.printedTotalsOpt().ifPresent(t -> totals(review, t, r));
        for (ReviewLine l : review.lines()) {
            if (l.score() != null) withinHundred("BR05", "最终得分", "", l, l.score(), r);
            if (l.progress() != null) withinHundred("BR06", "支出进度", "%", l, l.progress(), r);
        }
    }

    /** Each number once, none missing; a gap is reported at the first line numbered above it, where it shows. */
    private static void numbering(BudgetReview review, Report r) {
        int n = review.lines().size();
        TreeMap<Integer, ReviewLine> seen = new TreeMap<>();
        for (ReviewLine l : review.lines()) {
            ReviewLine first = seen.putIfAbsent(l.no(), l);
            if (first != null) {
                r.add(Finding.error("BR02", l.at(), "序号 " + l.no() + " 重复（第一次在第 " + first.at().line() + " 行）；共 " + n
                        + " 个项目，序号应为 1 至 " + n + "，各不相同", "不重复的序号", String.valueOf(l.no())));
            }
        }
        for (int no = 1; no <= n; no++) {
            if (seen.containsKey(no)) continue;
            Map.Entry<Integer, ReviewLine> next = seen.higherEntry(no);
            Location at = next != null ? next.getValue().at() : review.at();
            r.add(Finding.error("BR02", at, "缺少序号 " + no + "：共 " + n + " 个项目，序号应为 1 至 " + n + " 连续编号",
                    String.valueOf(no), next != null ? String.valueOf(next.getKey()) : "（缺）"));
        }
    }

    private static void totals(BudgetReview review, ReviewTotals t, Report r) {
        if (t.requested() != null) {
            List<CellRef> lines = review.lines().stream()
                    .map(l -> new CellRef("第 " + l.no() + " 项 " + l.name().value(), l.requested(), l.at())).toList();
            r.sum("BR03", "申报合计 = 各项目申报预算资金之和", new CellRef("合计行 申报预算资金合计", t.requested(), t.at()), lines, null);
        }
        Quantity given = t.averageScore();
        if (given == null) return;
        List<ReviewLine> scored = review.scored();
        if (scored.isEmpty()) {
            r.add(Finding.error("BR04", given.at(), "合计行写了平均得分 " + given.value().toPlainString()
                    + "，但没有一个项目有最终得分（score）", "（无平均得分）", given.value().toPlainString()));
            return;
        }
        BigDecimal mean = review.averageScore().orElseThrow();
        if (given.value().compareTo(mean) == 0) return;
        BigDecimal sum = scored.stream().map(l -> l.score().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Location> related = scored.stream().map(l -> l.score().at()).toList();
        r.add(new Finding("BR04", Severity.ERROR, given.at(), "平均得分 = 有最终得分的 " + scored.size() + " 个项目的平均分（保留 "
                + BudgetReview.SCORE_DECIMALS + " 位小数，四舍五入）：合计行为 " + given.value().toPlainString() + "，计算得 "
                + mean.toPlainString() + "（" + sum.toPlainString() + " ÷ " + scored.size() + "）", mean.toPlainString(),
                given.value().toPlainString(), related));
    }

    private static void withinHundred(String code, String what, String sign, ReviewLine l, Quantity q, Report r) {
        if (q.value().signum() >= 0 && q.value().compareTo(HUNDRED) <= 0) return;
        String shown = q.value().toPlainString() + sign;
        r.add(Finding.error(code, q.at(), "第 " + l.no() + " 项「" + l.name().value() + "」的" + what + "为 " + shown + "，应在 0"
                + sign + " 至 100" + sign + " 之间", "0" + sign + "–100" + sign, shown));
    }
}
