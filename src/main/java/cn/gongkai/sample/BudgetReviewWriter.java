package cn.gongkai.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * budget-review.yaml: the finance office's review of a department's budget requests for a year
 * (预算评审结果), in 元 as such lists are printed: projects scored and recommended by their score,
 * basic-spending lines unscored, and a totals row computed from the lines.
 */
final class BudgetReviewWriter {

    private static final List<String> BASIC_LINES = List.of("行政人员支出工资", "社会保障缴费", "住房公积金", "一般公用经费", "公务交通补贴");
    private static final List<String> FINDINGS = List.of(
            "绩效目标填报内容不完整、准确，部分支出未见相关合同；",
            "绩效指标不全面、充分，没有细化、量化；",
            "绩效目标与项目资金量不匹配，每个项目的支出没有细化；",
            "资金测算缺少相关依据，应补充测算明细；",
            "项目实施方案不完整，缺少分年度实施计划；",
            "支撑材料不充分，缺少项目立项依据。");

    private BudgetReviewWriter() {
    }

    /** The review of {@code year}'s budget, published in January of that year. */
    static String write(DepartmentPlan d, int year, String published, Rng rng) {
        Yaml y = new Yaml();
        y.line("# " + d.name() + " " + year + " 年度预算评审结果（gongkai sample 生成的虚构内容）");
        y.field(0, "unit", "元");
        y.field(0, "year", Integer.toString(year));
        y.field(0, "published", published);
        y.field(0, "prior_year", Integer.toString(year - 1));
        y.field(0, "progress_date", (year - 1) + "-10-31");
        y.blank();
        y.line("lines:");
        List<String> names = new ArrayList<>(rng.choose(d.kind().projectNames(), rng.between(2, d.kind().projectNames().size())));
        int projects = names.size();
        names.addAll(rng.choose(BASIC_LINES, rng.between(1, 3)));
        long requested = 0;
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean project = i < projects;
            long prior = rng.between(5_000L, 400_000L) * 10;
            long request = project && rng.percent(30) ? prior + rng.between(1L, 30_000L) * 10 : prior;
            requested += request;
            y.item(2, "no: " + (i + 1));
            y.field(4, "implementer", Yaml.text(d.name()));
            y.field(4, "name", Yaml.text(names.get(i)));
            if (rng.percent(85)) {
                y.field(4, "prior_year_budget", Yaml.money(prior * 100));
                y.field(4, "progress", BigDecimal.valueOf(rng.between(3000, 10000), 2).toPlainString());
            }
            y.field(4, "requested", Yaml.money(request * 100));
            if (!project) {
                y.field(4, "recommendation", "予以安排预算");
                continue;
            }
            BigDecimal score = BigDecimal.valueOf(rng.between(550, 960), 1);
            scores.add(score);
            y.field(4, "score", score.toPlainString());
            y.field(4, "recommendation", Yaml.text(recommendation(score)));
            y.texts(4, "findings", rng.choose(FINDINGS, rng.between(1, 3)));
            y.texts(4, "documents", List.of(d.place().name().substring(0, 2) + "财预〔" + (year - 1) + "〕" + rng.between(1, 120) + "号"));
        }
        y.blank();
        y.line("total:");
        y.field(2, "requested", Yaml.money(requested * 100));
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        y.field(2, "average_score", sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP).toPlainString());
        return y.toString();
    }

    /** The four recommendations, by score band. */
    private static String recommendation(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) return "予以安排预算";
        if (score.compareTo(BigDecimal.valueOf(70)) >= 0) return "予以安排，但应调整额度";
        if (score.compareTo(BigDecimal.valueOf(60)) >= 0) return "暂缓安排";
        return "不予安排";
    }
}
