package cn.gongkai.validate;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Severity;
import cn.gongkai.model.Text;
import cn.gongkai.model.performance.DepartmentEvaluation;
import cn.gongkai.model.performance.DepartmentIndicator;
import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;
import cn.gongkai.model.performance.ProjectEvaluation;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.ExpenditureColumn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-evaluations (PERF01–PERF07): a score within its points and recomputed from its rubric,
 * the scores adding up to 自评得分, project fund lines adding up, and the evaluated projects' 执行数
 * not exceeding 公开03 项目支出.
 */
final class PerformanceChecks implements Check {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    @Override
    public void check(FinalAccounts fa, Report r) {
        fa.performanceOpt().ifPresent(p -> {
            p.departmentOpt().ifPresent(d -> department(d, r));
            for (ProjectEvaluation e : p.projects()) funds(e, p.unit(), r);
            coverage(fa, p.projects(), p.unit(), r);
        });
    }

    private static void department(DepartmentEvaluation d, Report r) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean allScored = true;
        for (DepartmentIndicator i : d.indicators()) {
            if (i.score() == null) {
                allScored = false;
                continue;
            }
            sum = sum.add(i.score().value());
            if (i.score().value().compareTo(i.points().value()) > 0) {
                r.error("PERF01", i.score().at(), "「" + i.name().value() + "」得分 " + plain(i.score().value()) + " 超过分值 " + plain(i.points().value()));
            }
            if (i.rubric() != null) rubric(i, r);
        }
        if (d.score() != null && allScored && sum.compareTo(d.score().value()) != 0) {
            r.add(new Finding("PERF02", Severity.ERROR, d.score().at(), "自评得分 " + plain(d.score().value()) + " ≠ 各项指标得分之和 " + plain(sum),
                    plain(sum), plain(d.score().value()), d.indicators().stream().map(i -> i.score().at()).toList()));
        }
    }

    private static void rubric(DepartmentIndicator i, Report r) {
        if (i.rubric().kinds() != 1) {
            r.error("PERF05", i.at(), "「" + i.name().value() + "」的评分规则应只写一种（bands、deduct 或 ratio），实际写了 " + i.rubric().kinds() + " 种");
            return;
        }
        Optional<BigDecimal> actual = first(i.actual());
        if (actual.isEmpty()) {
            r.error("PERF04", i.actual() == null ? i.at() : i.actual().at(), "「" + i.name().value() + "」有评分规则，但实际完成值「"
                    + (i.actual() == null ? "" : i.actual().value()) + "」中没有可计算的数字");
            return;
        }
        Optional<BigDecimal> expected = i.rubric().score(first(i.target()).orElse(null), actual.get(), i.points().value());
        if (expected.isPresent() && expected.get().compareTo(i.score().value()) != 0) {
            List<Location> related = new ArrayList<>();
            related.add(i.score().at());
            if (i.actual() != null) related.add(i.actual().at());
            r.add(new Finding("PERF03", Severity.ERROR, i.score().at(), "「" + i.name().value() + "」按评分规则，实际完成值 "
                    + i.actual().value() + " 应得 " + plain(expected.get()) + " 分，填写的得分为 " + plain(i.score().value()),
                    plain(expected.get()), plain(i.score().value()), related));
        }
    }

    private static void funds(ProjectEvaluation e, MoneyUnit unit, Report r) {
        Optional<Cells<ExecutionColumn>> total = e.fund(FundSource.TOTAL);
        if (total.isEmpty()) return;
        String name = e.name() == null ? e.form().value() : e.name().value();
        for (ExecutionColumn c : ExecutionColumn.values()) {
            List<CellRef> parts = new ArrayList<>();
            for (FundSource s : List.of(FundSource.PROVINCIAL, FundSource.LOCAL, FundSource.OTHER)) {
                parts.add(new CellRef("「" + name + "」" + s.label() + " " + c.label(), e.fund(s).flatMap(x -> x.get(c)).orElse(null), e.at()));
            }
            r.breakdown("PERF06", "项目资金：年度资金总额 = 省级 + 市县 + 其他资金",
                    new CellRef("「" + name + "」年度资金总额 " + c.label(), total.get().get(c).orElse(null), e.at()), parts);
        }
    }

    /** Σ 执行数 of the evaluated projects against 公开03 项目支出: more than 100% cannot be. */
    private static void coverage(FinalAccounts fa, List<ProjectEvaluation> projects, MoneyUnit unit, Report r) {
        fa.tables().expenditure().ifPresent(t -> {
            Amount project = t.body().total().cells().get(ExpenditureColumn.PROJECT).orElse(null);
            BigDecimal covered = BigDecimal.ZERO;
            List<Location> where = new ArrayList<>();
            for (ProjectEvaluation e : projects) {
                Optional<Amount> a = e.fund(FundSource.TOTAL).flatMap(c -> c.get(ExecutionColumn.ACTUAL));
                if (a.isPresent()) {
                    covered = covered.add(a.get().valueIn(fa.unit()));
                    where.add(a.get().at());
                }
            }
            BigDecimal spent = project == null ? BigDecimal.ZERO : project.valueIn(fa.unit());
            if (covered.compareTo(spent) > 0) {
                Location at = where.isEmpty() ? fa.at() : where.get(0);
                List<Location> related = new ArrayList<>(where);
                if (project != null) related.add(project.at());
                r.add(new Finding("PERF07", Severity.ERROR, at, "绩效自评项目的全年执行数合计 " + Report.fmt(covered) + " " + fa.unit().label()
                        + "，超过公开03表项目支出 " + Report.fmt(spent) + " " + fa.unit().label() + "；自评覆盖的资金不能多于项目支出",
                        "≤ " + Report.fmt(spent), Report.fmt(covered), related));
            }
        });
    }

    /** The first number written in a value such as "90.50%", "≤5%" or "半年进度：45.25%". */
    static Optional<BigDecimal> first(Text t) {
        if (t == null) return Optional.empty();
        Matcher m = NUMBER.matcher(t.value());
        return m.find() ? Optional.of(new BigDecimal(m.group())) : Optional.empty();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
