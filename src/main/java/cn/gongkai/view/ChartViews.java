package cn.gongkai.view;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.ReasonKeys;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.performance.DepartmentIndicator;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartKind;
import cn.gongkai.view.chart.ChartSeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The charts of a final-accounts disclosure, by the section of 情况说明 they illustrate: income by
 * source (二), spending 基本/项目 (三), general-budget spending by 项 and budget vs actual per 项 (五),
 * basic spending by economic 款 (六), 三公/会议/培训 budget vs actual (七), and the department
 * self-evaluation's 得分 vs 分值 (十).
 */
public final class ChartViews {

    private final AmountFormat format;

    public ChartViews(AmountFormat format) {
        this.format = format;
    }

    public Map<StandardSection, List<ChartView>> charts(FinalAccounts fa) {
        Map<StandardSection, List<ChartView>> out = new EnumMap<>(StandardSection.class);
        MoneyUnit unit = format.unitFor(fa.unit());
        String axis = "金额（" + unit.label() + "）";
        fa.tables().income().ifPresent(t -> composition(out, StandardSection.INCOME, "chart-income", "收入构成", "gk02", "公开02表 收入决算表",
                t.body().total().cells(), List.of(IncomeColumn.FISCAL, IncomeColumn.SUPERIOR_SUBSIDY, IncomeColumn.BUSINESS,
                        IncomeColumn.OPERATING, IncomeColumn.AFFILIATED, IncomeColumn.OTHER), unit, axis));
        fa.tables().expenditure().ifPresent(t -> composition(out, StandardSection.EXPENDITURE, "chart-expenditure", "支出构成", "gk03",
                "公开03表 支出决算表", t.body().total().cells(), List.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT,
                        ExpenditureColumn.REMIT_SUPERIOR, ExpenditureColumn.OPERATING, ExpenditureColumn.AFFILIATED_SUBSIDY), unit, axis));
        fa.tables().generalBudget().ifPresent(t -> {
            var items = t.body().rows().stream().filter(r -> r.code().level() == 3).toList();
            List<String> cats = items.stream().map(r -> r.code().digits() + " " + r.name()).toList();
            add(out, StandardSection.GENERAL_BUDGET, single("chart-general-budget", "一般公共预算财政拨款支出（按功能分类项级科目）",
                    "gk05", "公开05表", cats, items.stream().map(r -> value(r.cells(), GeneralBudgetColumn.TOTAL, unit)).toList(), "决算数", axis));
            List<BigDecimal> budget = new ArrayList<>();
            List<BigDecimal> actual = new ArrayList<>();
            List<String> budgeted = new ArrayList<>();
            for (var r : items) {
                fa.facts().budget(r.code()).ifPresent(b -> {
                    budgeted.add(r.code().digits() + " " + r.name());
                    budget.add(b.adjusted() == null ? null : b.adjusted().valueIn(unit));
                    actual.add(value(r.cells(), GeneralBudgetColumn.TOTAL, unit));
                });
            }
            if (!budgeted.isEmpty()) {
                add(out, StandardSection.GENERAL_BUDGET, versus("chart-budget-vs-actual", "各项级科目：调整预算（全年预算）与决算",
                        "gk05", "公开05表", budgeted, "调整预算", budget, "决算数", actual, axis));
            }
        });
        fa.tables().basicExpenditure().ifPresent(t -> {
            var items = t.body().rows().stream().filter(r -> r.code().level() == 2).toList();
            add(out, StandardSection.BASIC_EXPENDITURE, single("chart-basic-economic", "基本支出（按经济分类款级科目）", "gk06", "公开06表",
                    items.stream().map(r -> r.name()).toList(), items.stream().map(r -> value(r.cells(), BasicEconomicColumn.TOTAL, unit)).toList(),
                    "决算数", axis));
        });
        fa.tables().threePublic().ifPresent(t -> {
            List<ThreePublicColumn> items = ReasonKeys.THREE_PUBLIC_ITEMS.stream()
                    .filter(c -> c != ThreePublicColumn.TOTAL).toList();
            add(out, StandardSection.THREE_PUBLIC, versus("chart-three-public", "“三公”经费及会议费、培训费：预算数与决算数", "gk07", "公开07表",
                    items.stream().map(ReasonKeys::threePublic).toList(), "预算数", items.stream().map(c -> blankable(t.budget(), c, unit)).toList(),
                    "决算数", items.stream().map(c -> blankable(t.actual(), c, unit)).toList(), axis));
        });
        fa.performanceOpt().flatMap(p -> p.departmentOpt()).ifPresent(d -> {
            List<DepartmentIndicator> ind = d.indicators().stream().filter(i -> i.score() != null).toList();
            if (ind.isEmpty()) return;
            add(out, StandardSection.PERFORMANCE, scores(ind));
        });
        return out;
    }

    private <C extends Enum<C> & Column> void composition(Map<StandardSection, List<ChartView>> out, StandardSection s, String id,
                                                          String caption, String table, String tableName, Cells<C> cells,
                                                          List<C> parts, MoneyUnit unit, String axis) {
        List<C> present = parts.stream().filter(c -> cells.get(c).map(a -> !a.isZero()).orElse(false)).toList();
        if (present.isEmpty()) return;
        add(out, s, single(id, caption, table, tableName, present.stream().map(Column::label).toList(),
                present.stream().map(c -> value(cells, c, unit)).toList(), "决算数", axis));
    }

    ChartView single(String id, String caption, String table, String tableName, List<String> cats, List<BigDecimal> values,
                             String series, String axis) {
        BigDecimal total = values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        int top = 0;
        for (int i = 1; i < values.size(); i++) if (values.get(i).compareTo(values.get(top)) > 0) top = i;
        String u = " " + unitLabel(axis);
        String summary = cats.size() == 1 ? cats.get(0) + " " + format.format(values.get(0)) + u + "，为全部。"
                : "共 " + cats.size() + " 项，合计 " + format.format(total) + u + "；其中「" + cats.get(top) + "」最多，为 " + format.format(values.get(top)) + u
                + Shares.percent(values.get(top), total).map(p -> "，占 " + p.toPlainString() + "%").orElse("") + "。";
        ChartData data = new ChartData(id, ChartKind.HORIZONTAL_BAR, caption, summary, axis, cats, List.of(new ChartSeries(series, values)));
        return view(data, caption, summary, table, tableName, format.decimals(), List.of(series), cats, List.of(values), format::format);
    }

    private ChartView versus(String id, String caption, String table, String tableName, List<String> cats, String planName,
                             List<BigDecimal> plan, String actualName, List<BigDecimal> actual, String axis) {
        int above = 0;
        int below = 0;
        int equal = 0;
        int none = 0;
        for (int i = 0; i < cats.size(); i++) {
            if (zero(actual.get(i)).signum() == 0 && zero(plan.get(i)).signum() == 0) {
                none++;
                continue;
            }
            int c = zero(actual.get(i)).compareTo(zero(plan.get(i)));
            if (c > 0) above++;
            else if (c < 0) below++;
            else equal++;
        }
        int shown = cats.size() - none;
        String summary = (shown == 0 ? "各项均无" + planName + "和" + actualName
                : shown + " 项中，" + actualName + "高于" + planName + "的 " + above + " 项，低于的 " + below + " 项，持平的 " + equal + " 项")
                + (none > 0 && shown > 0 ? "；另有 " + none + " 项无" + planName + "和" + actualName : "") + "。";
        ChartData data = new ChartData(id, ChartKind.GROUPED_HORIZONTAL_BAR, caption, summary, axis, cats,
                List.of(new ChartSeries(planName, plan), new ChartSeries(actualName, actual)));
        return view(data, caption, summary, table, tableName, format.decimals(), List.of(planName, actualName), cats, List.of(plan, actual),
                format::format);
    }

    private ChartView scores(List<DepartmentIndicator> ind) {
        List<String> cats = ind.stream().map(i -> i.name().value()).toList();
        List<BigDecimal> points = ind.stream().map(i -> i.points().value()).toList();
        List<BigDecimal> scores = ind.stream().map(i -> i.score().value()).toList();
        BigDecimal got = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal full = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            if (scores.get(i).compareTo(points.get(i)) < 0) lost.add(cats.get(i) + "（" + plain(scores.get(i)) + "/" + plain(points.get(i)) + "）");
        }
        String summary = cats.size() + " 项指标共得 " + plain(got) + " 分（满分 " + plain(full) + " 分）"
                + (lost.isEmpty() ? "，各项均得满分。" : "；未得满分的有：" + String.join("、", lost) + "。");
        ChartData data = new ChartData("chart-department-scores", ChartKind.GROUPED_HORIZONTAL_BAR, "部门整体支出绩效：得分与分值",
                summary, "分", cats, List.of(new ChartSeries("分值", points), new ChartSeries("得分", scores)));
        return view(data, data.title(), summary, "department-evaluation", "部门整体支出绩效自评表", -1, List.of("分值", "得分"), cats,
                List.of(points, scores), ChartViews::plain);
    }

    static ChartView view(ChartData data, String caption, String summary, String table, String tableName, int decimals,
                                  List<String> series, List<String> cats, List<List<BigDecimal>> values, Function<BigDecimal, String> fmt) {
        List<ChartView.Row> rows = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (List<BigDecimal> s : values) cells.add(s.get(i) == null ? "" : fmt.apply(s.get(i)));
            rows.add(new ChartView.Row(cats.get(i), cells));
        }
        return new ChartView(data.id(), caption, summary, new Link("#" + table, tableName), data, decimals, series, rows);
    }

    private static void add(Map<StandardSection, List<ChartView>> out, StandardSection s, ChartView c) {
        out.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
    }

    /** "万元" from an axis label "金额（万元）". */
    private static String unitLabel(String axis) {
        int open = axis.indexOf('（');
        return open < 0 ? axis : axis.substring(open + 1, axis.length() - 1);
    }

    private static <C extends Enum<C> & Column> BigDecimal value(Cells<C> cells, C c, MoneyUnit unit) {
        return cells.valueOrZero(c, unit);
    }

    /** A 公开07 cell as the chart shows it: null (no bar, no label) when blank. */
    private static BigDecimal blankable(Cells<ThreePublicColumn> cells, ThreePublicColumn c, MoneyUnit unit) {
        return cells.get(c).map((Amount a) -> a.valueIn(unit)).orElse(null);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
