package cn.gongkai.sample;

import cn.gongkai.model.performance.Rubric;
import cn.gongkai.sample.YearFigures.Project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * performance.yaml: a 项目绩效目标自评表 per evaluated project, whose funds are the project's budget
 * and spending, and the 部门整体支出绩效自评表, whose indicators are computed from the year's figures
 * and scored by the rubrics they publish (so check recomputes the same scores).
 */
final class PerformanceWriter {

    private static final List<String> GOALS = List.of("按计划完成年度工作任务，保障各项工作顺利开展。", "提升服务质量和工作效能，满足服务对象需求。",
            "规范资金管理和使用，提高财政资金使用效益。");
    private static final List<String> EFFECTS = List.of("通过项目实施，年度工作任务全部完成，服务质量和工作效能进一步提高。",
            "通过项目实施，保障了本部门重点工作顺利开展，社会效益明显。", "通过项目实施，基础工作得到加强，服务对象满意度较高。");

    private PerformanceWriter() {
    }

    static String write(DepartmentPlan d, YearFigures f, Rng rng) {
        Yaml y = new Yaml();
        y.line("# " + d.name() + " " + f.year() + " 年度绩效自评（gongkai sample 生成的虚构内容）");
        y.field(0, "unit", d.unit().label());
        y.blank();
        y.line("projects:");
        String form = d.place().level() + "级预算（项目）绩效目标自评表";
        for (Project p : f.projects()) project(y, form, p, rng);
        y.blank();
        y.texts(0, "form_notes", List.of("其他资金包括和财政资金共同投入到同一项目的自有资金、社会资金，以及以前年度的结转结余资金等。",
                "定量指标，资金使用单位填写本地区实际完成数；定性指标根据指标完成情况分档填写完成比例。"));
        y.blank();
        new DepartmentEvaluationWriter(d, f, rng, y).write();
        return y.toString();
    }

    private static void project(Yaml y, String form, Project p, Rng rng) {
        y.item(2, "form: " + Yaml.text(form));
        y.field(4, "name", Yaml.text(p.name()));
        y.field(4, "implementer", Yaml.text(p.implementer()));
        int done = p.actual() < p.budget() ? rng.between(85, 99) : 100;
        y.field(4, "score", Integer.toString(done == 100 ? rng.between(92, 100) : rng.between(80, 91)));
        y.line("    funds:");
        y.field(6, "total", funds(p.budget(), p.actual()));
        long provincialBudget = p.budget() * p.provincialPercent() / 100;
        long provincialActual = p.actual() * p.provincialPercent() / 100;
        if (p.provincialPercent() > 0) y.field(6, "provincial", funds(provincialBudget, provincialActual));
        y.field(6, "local", funds(p.budget() - provincialBudget, p.actual() - provincialActual));
        y.line("    goals:");
        y.field(6, "planned", Yaml.text(rng.pick(GOALS)));
        y.field(6, "achieved", done < 100 ? "基本完成年度目标，部分工作结转下年继续实施。" : "全面完成年度目标。");
        y.line("    indicators:");
        indicator(y, "产出指标", "数量指标", "完成年度工作任务", "100%", done + "%",
                done < 100 ? "部分工作受客观因素影响延期，下年度加快推进" : null);
        indicator(y, "产出指标", "质量指标", "工作质量达标率", "≥95%", rng.between(95, 100) + "%", null);
        indicator(y, "产出指标", "时效指标", "按时完成率", "100%", "100%", null);
        indicator(y, "效益指标", "社会效益指标", "服务效能", "有效提升", "有效提升", null);
        indicator(y, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", rng.between(90, 99) + "%", null);
        y.field(4, "remark", "无");
        y.field(4, "summary", Yaml.text("主要产出和效果：" + rng.pick(EFFECTS)));
    }

    private static String funds(long budget, long actual) {
        return new Yaml.Flow().amount("budget", budget).amount("actual", actual).toString();
    }

    private static void indicator(Yaml y, String level1, String level2, String name, String target, String actual, String reason) {
        Yaml.Flow f = new Yaml.Flow().put("level1", level1).put("level2", level2).put("name", Yaml.text(name))
                .put("target", Yaml.text(target)).put("actual", Yaml.text(actual));
        if (reason != null) f.put("reason", Yaml.text(reason));
        y.item(6, f.toString());
    }

    /** {@code part} ÷ {@code whole} in percent, two decimals, as the indicators publish it. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) return BigDecimal.ZERO.setScale(2);
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The score {@code rubric} gives {@code actual} (in percent) out of {@code points}, as check recomputes it. */
    static BigDecimal score(Rubric rubric, BigDecimal target, BigDecimal actual, int points) {
        return rubric.score(target, actual, BigDecimal.valueOf(points)).orElseThrow();
    }
}
