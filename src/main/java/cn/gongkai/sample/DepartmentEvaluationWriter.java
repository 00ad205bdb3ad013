package cn.gongkai.sample;

import cn.gongkai.model.performance.Rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 部门整体支出绩效自评表 of performance.yaml. Indicators that publish a rubric (区间, 扣分, 比率)
 * are scored with {@link Rubric} itself from values computed from the year's figures; the others by
 * their printed criteria. 自评得分 is the sum of the scores.
 */
final class DepartmentEvaluationWriter {

    private static final Rubric COMPLETION = new Rubric(List.of(band(100, 10), band(95, 9), band(90, 8), band(85, 7), band(80, 6),
            band(70, 4), new Rubric.Band(null, null, BigDecimal.ZERO)), null, null);
    private static final Rubric ADJUSTMENT = new Rubric(null, new Rubric.Deduction(BigDecimal.valueOf(5), new BigDecimal("0.1"),
            new BigDecimal("0.1"), true), null);
    private static final Rubric THREE_PUBLIC = new Rubric(null, new Rubric.Deduction(BigDecimal.valueOf(100), new BigDecimal("0.1"),
            new BigDecimal("0.5"), false), null);
    private static final Rubric OUTPUT = new Rubric(null, null, Rubric.Direction.POSITIVE);

    private final DepartmentPlan d;
    private final YearFigures f;
    private final Rng rng;
    private final Yaml y;
    private BigDecimal total = BigDecimal.ZERO;

    DepartmentEvaluationWriter(DepartmentPlan d, YearFigures f, Rng rng, Yaml y) {
        this.d = d;
        this.f = f;
        this.rng = rng;
        this.y = y;
    }

    private static Rubric.Band band(int min, int score) {
        return new Rubric.Band(BigDecimal.valueOf(min), null, BigDecimal.valueOf(score));
    }

    void write() {
        Yaml ind = new Yaml();
        completion(ind);
        adjustment(ind);
        progress(ind);
        accuracy(ind);
        threePublic(ind);
        plain(ind, "过程", "预算管理", "资产管理规范性", 5, "全部符合5分，有1项不符扣2分，扣完为止。", "规范管理", rng.percent(85) ? 5 : 3);
        plain(ind, "过程", "预算管理", "资金使用合规性", 5, "全部符合5分，有1项不符扣2分。", "100%", 5);
        output(ind);
        int benefit = rng.between(16, 20);
        plain(ind, "效果", "履职尽责", "项目效益", 20, "根据项目效益目标的实现程度分档计分。", benefit == 20 ? "100%" : benefit * 5 + "%", benefit);

        y.line("department:");
        y.field(2, "reporting_unit", Yaml.text(d.name()));
        y.field(2, "score", total.stripTrailingZeros().toPlainString());
        y.line("  summaries:");
        y.item(4, "question: (一) 简要概述部门职能与职责");
        y.texts(6, "points", d.kind().duties().stream().map(d::localise).toList());
        y.item(4, "question: (二) 简要概述部门支出情况，按活动内容分类");
        y.texts(6, "points", List.of(spending()));
        y.item(4, "question: " + Yaml.text("(三) 简要概述当年" + d.place().government() + "下达的重点工作"));
        y.texts(6, "points", rng.choose(d.kind().projectNames(), 2).stream().map(p -> "做好" + p.replace("经费", "") + "相关工作。").toList());
        y.line("  indicators:");
        y.line(ind.toString().stripTrailing());
        y.texts(2, "notes", List.of("“项目产出”和“项目效益”直接细化成部门年初绩效目标中的指标，并根据重要程度赋权。"));
    }

    /** "2021 年本部门支出合计 240.48 万元，其中基本支出 …，占 42.58%，项目支出 …，占 57.42%。" — every number as check reads it. */
    private String spending() {
        String unit = " " + d.unit().label();
        long spent = f.spentTotal();
        return f.year() + " 年本部门支出合计 " + Yaml.money(spent) + unit + "，其中基本支出 " + Yaml.money(f.basicTotal()) + unit + "，占 "
                + PerformanceWriter.percent(f.basicTotal(), spent) + "%，项目支出 " + Yaml.money(f.projectTotal()) + unit + "，占 "
                + PerformanceWriter.percent(f.projectTotal(), spent) + "%。";
    }

    private void completion(Yaml ind) {
        long budget = f.general().values().stream().mapToLong(YearFigures.GeneralLine::adjusted).sum();
        BigDecimal actual = PerformanceWriter.percent(f.generalSpent(), budget);
        scored(ind, "投入", "预算执行", "预算完成率", 10, "预算完成率=100%，得10分。\n预算完成率≥95%的，得9分。\n预算完成率在90%（含）和95%之间，得8分。"
                        + "\n预算完成率在85%（含）和90%之间，得7分。\n预算完成率在80%（含）和85%之间，得6分。\n预算完成率在70%（含）和80%之间，得4分。\n预算完成率<70%，得0分。",
                "预算完成率 = 一般公共预算财政拨款支出决算数 / 调整预算数 × 100%", "100%", actual, COMPLETION,
                "  rubric:\n    bands:\n      - { min: 100, score: 10 }\n      - { min: 95, score: 9 }\n      - { min: 90, score: 8 }\n"
                        + "      - { min: 85, score: 7 }\n      - { min: 80, score: 6 }\n      - { min: 70, score: 4 }\n      - { score: 0 }");
    }

    private void adjustment(Yaml ind) {
        long initial = f.general().values().stream().mapToLong(YearFigures.GeneralLine::initial).sum();
        long adjusted = f.general().values().stream().mapToLong(YearFigures.GeneralLine::adjusted).sum();
        BigDecimal actual = PerformanceWriter.percent(adjusted - initial, initial);
        scored(ind, "投入", "预算执行", "预算调整率", 5, "预算调整率绝对值≤5%，得5分。预算调整率绝对值>5%的，每增加0.1个百分点扣0.1分，扣完为止。",
                "预算调整率 = (调整预算数 − 年初预算数) / 年初预算数 × 100%", "≤5%", actual, ADJUSTMENT,
                "  rubric: { deduct: { limit: 5, per: 0.1, points: 0.1, absolute: true } }");
    }

    private void progress(Yaml ind) {
        int half = rng.between(38, 60);
        int threeQuarters = rng.between(58, 90);
        int score = (half >= 45 ? 2 : half >= 40 ? 1 : 0) + (threeQuarters >= 75 ? 3 : threeQuarters >= 60 ? 2 : 0);
        plain(ind, "投入", "预算执行", "支出进度率", 5, "半年进度：进度率≥45%，得2分；进度率在40%（含）和45%之间，得1分；进度率<40%，得0分。\n"
                + "前三季度进度：进度率≥75%，得3分；进度率在60%（含）和75%之间，得2分；进度率<60%，得0分。",
                "半年进度：" + half + "%\n前三季度进度：" + threeQuarters + "%", score);
    }

    private void accuracy(Yaml ind) {
        int rate = rng.between(0, 45);
        plain(ind, "投入", "预算执行", "预算编制准确率", 5, "预算编制准确率≤20%，得5分。预算编制准确率在20%和40%（含）之间，得3分。\n预算编制准确率>40%，得0分。",
                rate + "%", rate <= 20 ? 5 : rate <= 40 ? 3 : 0);
    }

    private void threePublic(Yaml ind) {
        var t = f.threePublic();
        BigDecimal actual = PerformanceWriter.percent(t.actualTotal(), t.budgetTotal());
        scored(ind, "过程", "预算管理", "“三公经费”控制率", 5, "三公经费控制率≤100%，得5分，每增加0.1个百分点扣0.5分，扣完为止。",
                "“三公经费”控制率 = “三公经费”实际支出数 / “三公经费”预算安排数 × 100%", "≤100%", actual, THREE_PUBLIC,
                "  rubric: { deduct: { limit: 100, per: 0.1, points: 0.5 } }");
    }

    private void output(Yaml ind) {
        BigDecimal actual = BigDecimal.valueOf(rng.between(9000, 10000), 2);
        scored(ind, "效果", "履职尽责", "项目产出", 40, "完成值达到指标值记满分；未达到指标值的，按完成比率计分。", "项目产出完成率 = 实际完成值 / 年初目标值 × 100%",
                "100%", actual, OUTPUT, "  rubric: { ratio: 正向 }");
    }

    private void scored(Yaml ind, String level1, String level2, String name, int points, String criteria, String formula, String target,
                        BigDecimal actual, Rubric rubric, String rubricYaml) {
        BigDecimal targetValue = new BigDecimal(target.replaceAll("[^0-9.]", ""));
        BigDecimal score = PerformanceWriter.score(rubric, targetValue, actual, points);
        head(ind, level1, level2, name, points, criteria);
        ind.field(6, "formula", Yaml.text(formula));
        ind.field(6, "target", Yaml.text(target));
        ind.field(6, "actual", Yaml.text(actual.toPlainString() + "%"));
        ind.field(6, "score", score.stripTrailingZeros().toPlainString());
        if (score.compareTo(BigDecimal.valueOf(points)) < 0) ind.field(6, "reason", "部分支出未达到预期，下年度加强预算执行管理。");
        for (String l : rubricYaml.split("\n")) ind.line("    " + l);
        total = total.add(score);
    }

    private void plain(Yaml ind, String level1, String level2, String name, int points, String criteria, String actual, int score) {
        head(ind, level1, level2, name, points, criteria);
        if (actual.contains("\n")) ind.block(6, "actual", actual);
        else ind.field(6, "actual", Yaml.text(actual));
        ind.field(6, "score", Integer.toString(score));
        if (score < points) ind.field(6, "reason", "部分指标未达到预期，下年度加强管理。");
        total = total.add(BigDecimal.valueOf(score));
    }

    private void head(Yaml ind, String level1, String level2, String name, int points, String criteria) {
        ind.item(4, "level1: " + level1);
        ind.field(6, "level2", level2);
        ind.field(6, "name", Yaml.text(name));
        ind.field(6, "points", Integer.toString(points));
        if (criteria.contains("\n")) ind.block(6, "criteria", criteria);
        else ind.field(6, "criteria", Yaml.text(criteria));
    }
}
