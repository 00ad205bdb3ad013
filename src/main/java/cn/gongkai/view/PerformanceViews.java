package cn.gongkai.view;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Quantity;
import cn.gongkai.model.Text;
import cn.gongkai.model.performance.DepartmentEvaluation;
import cn.gongkai.model.performance.DepartmentIndicator;
import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;
import cn.gongkai.model.performance.Performance;
import cn.gongkai.model.performance.ProjectEvaluation;
import cn.gongkai.model.performance.ProjectIndicator;
import cn.gongkai.model.table.Cells;
import cn.gongkai.view.PerformanceView.DepartmentForm;
import cn.gongkai.view.PerformanceView.FundRow;
import cn.gongkai.view.PerformanceView.IndicatorRow;
import cn.gongkai.view.PerformanceView.ProjectForm;
import cn.gongkai.view.PerformanceView.Summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Lays out the self-evaluation forms: fund lines with 执行率, indicator trees with merged level cells. */
public final class PerformanceViews {

    private final AmountFormat format;
    private final int year;

    public PerformanceViews(AmountFormat format, int year) {
        this.format = format;
        this.year = year;
    }

    /** {@code projectSpending} is 公开03表 项目支出 (null when not published), the base of the coverage figure. */
    public PerformanceView view(Performance p, Amount projectSpending) {
        List<ProjectForm> projects = new ArrayList<>();
        int n = 1;
        for (ProjectEvaluation e : p.projects()) {
            projects.add(project("project-" + n++, e, p));
        }
        String coverage = coverage(p, projectSpending);
        DepartmentForm dept = p.departmentOpt().map(d -> department(d, coverage)).orElse(null);
        return new PerformanceView(projects, p.formNotes().stream().map(Text::value).toList(), dept);
    }

    private ProjectForm project(String id, ProjectEvaluation e, Performance p) {
        List<FundRow> funds = new ArrayList<>();
        for (FundSource s : FundSource.values()) {
            Cells<ExecutionColumn> c = e.fund(s).orElse(Cells.empty(ExecutionColumn.class));
            Amount budget = c.get(ExecutionColumn.BUDGET).orElse(null);
            Amount actual = c.get(ExecutionColumn.ACTUAL).orElse(null);
            String[] rate = executionRate(budget, actual);
            funds.add(new FundRow(s.key(), s.label(), format.format(budget), format.format(actual), rate[0], rate[1]));
        }
        List<IndicatorRow> rows = merged(e.indicators(), ProjectIndicator::level1, ProjectIndicator::level2,
                i -> List.of(lines(i.name()), lines(i.target()), lines(i.actual()), lines(i.reason())));
        return new ProjectForm(id, e.form().value(), yearLabel(), str(e.name()), str(e.supervisor()), str(e.implementer()),
                format.unitFor(p.unit()).label(), funds, str(e.plannedGoal()), str(e.achievedGoal()), rows, str(e.remark()));
    }

    /**
     * 执行率 = B / A as a percentage with 2 decimals, HALF_UP. With no A (blank or 0) and some B it
     * cannot be computed: "—" with a note, never "0%".
     */
    static String[] executionRate(Amount budget, Amount actual) {
        if (actual == null && (budget == null || budget.isZero())) return new String[]{"", null};
        if (budget == null || budget.isZero()) {
            return new String[]{"—", "全年预算数为 0 或未填写，执行率无法计算"};
        }
        BigDecimal b = actual == null ? BigDecimal.ZERO : actual.valueIn(budget.unit());
        BigDecimal pct = b.multiply(BigDecimal.valueOf(100)).divide(budget.value(), 2, RoundingMode.HALF_UP);
        return new String[]{pct.toPlainString() + "%", null};
    }

    /** "自评项目全年执行数合计 138.09 万元，占项目支出（公开03表）138.09 万元的 100.00%。" */
    private String coverage(Performance p, Amount projectSpending) {
        List<Amount> done = p.projects().stream().map(e -> e.fund(FundSource.TOTAL).flatMap(c -> c.get(ExecutionColumn.ACTUAL)).orElse(null))
                .filter(a -> a != null).toList();
        if (done.isEmpty() || projectSpending == null) return null;
        cn.gongkai.model.MoneyUnit unit = format.unitFor(p.unit());
        BigDecimal covered = done.stream().map(a -> a.valueIn(unit)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = projectSpending.valueIn(unit);
        Prose prose = new Prose(format, unit).text("项目绩效自评覆盖情况：自评项目全年执行数合计 ").money(covered, "sum(performance.projects.actual)")
                .text("，占项目支出（公开03表）").money(spent, "gk03.total.project");
        Shares.percent(covered, spent).ifPresent(pct -> prose.text("的 ").percent(pct, "share(sum(performance.projects.actual),gk03.total.project)"));
        return prose.end().html();
    }

    private DepartmentForm department(DepartmentEvaluation d, String coverage) {
        List<IndicatorRow> rows = merged(d.indicators(), DepartmentIndicator::level1,
                i -> level2WithPoints(i, d.indicators()),
                i -> List.of(List.of(i.name().value() + "(" + points(i.points()) + "分)"), List.of(points(i.points())),
                        lines(i.description()), lines(i.criteria()), lines(i.formula()), lines(i.target()),
                        lines(i.actual()), i.score() == null ? List.of() : List.of(points(i.score())),
                        lines(i.reason()), lines(i.suggestion())));
        List<Summary> summaries = d.summaries().stream()
                .map(s -> new Summary(s.question().value(), s.points().stream().map(Text::value).toList())).toList();
        return new DepartmentForm("department-evaluation", yearLabel(), str(d.reportingUnit()),
                d.score() == null ? "" : points(d.score()), coverage, summaries, rows, d.notes().stream().map(Text::value).toList());
    }

    /** "预算执行(25分)": the 二级指标 with the sum of its indicators' 分值. */
    private static Text level2WithPoints(DepartmentIndicator i, List<DepartmentIndicator> all) {
        if (i.level2() == null) return null;
        BigDecimal sum = all.stream()
                .filter(o -> Objects.equals(str(o.level1()), str(i.level1())) && Objects.equals(str(o.level2()), str(i.level2())))
                .map(o -> o.points().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Text(i.level2().value() + "(" + sum.stripTrailingZeros().toPlainString() + "分)", i.level2().at());
    }

    /** Rows with 一级/二级 cells merged over consecutive rows that share them. */
    private static <I> List<IndicatorRow> merged(List<I> items, Function<I, Text> level1, Function<I, Text> level2,
                                                 Function<I, List<List<String>>> cells) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            I item = items.get(i);
            String l1 = str(level1.apply(item));
            String l2 = str(level2.apply(item));
            int span1 = 0;
            if (i == 0 || !l1.equals(str(level1.apply(items.get(i - 1))))) {
                span1 = 1;
                while (i + span1 < items.size() && l1.equals(str(level1.apply(items.get(i + span1))))) span1++;
            }
            int span2 = 0;
            boolean sameGroupAsPrevious = i > 0 && l1.equals(str(level1.apply(items.get(i - 1))))
                    && l2.equals(str(level2.apply(items.get(i - 1))));
            if (!sameGroupAsPrevious) {
                span2 = 1;
                while (i + span2 < items.size() && l1.equals(str(level1.apply(items.get(i + span2))))
                        && l2.equals(str(level2.apply(items.get(i + span2))))) span2++;
            }
            rows.add(new IndicatorRow(l1, span1, l2, span2, cells.apply(item)));
        }
        return rows;
    }

    private String yearLabel() {
        return "（" + year + " 年度）";
    }

    private static String points(Quantity q) {
        return q.value().stripTrailingZeros().toPlainString();
    }

    static List<String> lines(Text t) {
        return t == null ? List.of() : t.value().lines().toList();
    }

    static String str(Text t) {
        return t == null ? "" : t.value();
    }
}
