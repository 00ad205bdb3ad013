package cn.gongkai.view;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.ModelRefs;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.site.SitePaths;
import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartKind;
import cn.gongkai.view.chart.ChartSeries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the comparison of a jurisdiction's departments for one year: totals, 基本/项目, “三公”经费,
 * 机关运行经费, 会议费 and 培训费, all read through {@link ModelRefs} so the page shows exactly what each
 * disclosure publishes, converted to one unit (the site's display unit, or 万元).
 */
public final class ComparisonViews {

    /** The figures compared, in column order. */
    static final List<ComparisonView.Column> COLUMNS = List.of(
            new ComparisonView.Column("income", "收入合计", "gk02.total.total"),
            new ComparisonView.Column("expenditure", "支出合计", "gk03.total.total"),
            new ComparisonView.Column("basic", "基本支出", "gk03.total.basic"),
            new ComparisonView.Column("project", "项目支出", "gk03.total.project"),
            new ComparisonView.Column("three-public", "“三公”经费", "gk07.actual.total"),
            new ComparisonView.Column("operating", "机关运行经费", "facts.operating_costs.actual"),
            new ComparisonView.Column("meeting", "会议费", "gk07.actual.meeting"),
            new ComparisonView.Column("training", "培训费", "gk07.actual.training"));

    private final AmountFormat format;
    private final MoneyUnit unit;

    public ComparisonViews(AmountFormat format, MoneyUnit displayUnit) {
        this.format = format;
        this.unit = unit(displayUnit);
    }

    /**
     * {@code accounts}: one jurisdiction's final accounts of one year; {@code figures}: each one's
     * {@link #figures}, as computed or as kept ({@link DisclosureDigest}); {@code page}: where the
     * comparison is published.
     */
    public ComparisonView view(String jurisdiction, int year, List<FinalAccounts> accounts,
                               Function<FinalAccounts, List<Optional<BigDecimal>>> figures, String page) {
        List<Values> all = new ArrayList<>();
        for (FinalAccounts fa : accounts) all.add(new Values(fa, figures.apply(fa)));
        // Largest spender first: what a reader comparing departments looks for.
        all.sort(Comparator.comparing((Values v) -> v.get(1).orElse(BigDecimal.ZERO)).reversed()
                .thenComparing(v -> v.fa().department().slug()));
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (Values v : all) {
            List<ComparisonView.Cell> cells = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) cells.add(cell(v.get(c)));
            FinalAccounts fa = v.fa();
            rows.add(new ComparisonView.Row(new Link(SitePaths.relative(page, SitePaths.finalAccounts(fa)), fa.department().name().value()),
                    fa.department().slug(), cells));
        }
        ComparisonView.Row total = null;
        if (all.size() > 1) {
            List<ComparisonView.Cell> cells = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                final int col = c;
                List<BigDecimal> known = all.stream().map(v -> v.get(col)).flatMap(Optional::stream).toList();
                cells.add(known.isEmpty() ? new ComparisonView.Cell("", true)
                        : cell(Optional.of(known.stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
            }
            total = new ComparisonView.Row(null, null, cells);
        }
        List<String> notes = new ArrayList<>();
        notes.add("各部门按支出合计从高到低排列；金额取自各部门" + year
                + " 年部门决算的公开01—07表和情况说明，以元为单位公开的已换算为" + unit.label() + "。");
        notes.add("“三公”经费、会议费、培训费为一般公共预算财政拨款决算数（公开07表）；机关运行经费见各部门情况说明。");
        if (rows.stream().anyMatch(r -> r.cells().stream().anyMatch(ComparisonView.Cell::missing))) {
            notes.add("“—”表示该部门的公开文件中没有这一项（未公开相应的表或数字），合计只加有数字的部门。");
        }
        String intro = jurisdiction + "共有 " + accounts.size() + " 个部门公开了 " + year + " 年部门决算。";
        return new ComparisonView(heading(jurisdiction, year), intro, unit.label(), COLUMNS, rows, total,
                charts(all), notes);
    }

    static String heading(String jurisdiction, int year) {
        return jurisdiction + " " + year + " 年部门决算对比";
    }

    /** One department's figures, in column order; empty where its disclosure does not have the figure. */
    private record Values(FinalAccounts fa, List<Optional<BigDecimal>> figures) {
        Optional<BigDecimal> get(int column) {
            return figures.get(column);
        }
    }

    /** The unit of the comparison pages: the site's display unit, or 万元. */
    static MoneyUnit unit(MoneyUnit displayUnit) {
        return displayUnit == null ? MoneyUnit.WAN_YUAN : displayUnit;
    }

    /** The figures this page compares, in column order, converted to the page's unit. */
    public List<Optional<BigDecimal>> figures(FinalAccounts fa) {
        return figures(fa, unit);
    }

    /** {@code fa}'s figures, in column order, in {@code unit}; empty where it does not publish the figure. */
    static List<Optional<BigDecimal>> figures(FinalAccounts fa, MoneyUnit unit) {
        ModelRefs refs = ModelRefs.of(fa);
        List<Optional<BigDecimal>> figures = new ArrayList<>();
        for (ComparisonView.Column c : COLUMNS) {
            // A blank cell of a published table counts as 0, as the 情况说明 sentences print it; an absent table is missing.
            figures.add(refs.resolve(c.ref()).map(r -> r.blank() ? BigDecimal.ZERO : r.amount().valueIn(unit)));
        }
        return figures;
    }

    private ComparisonView.Cell cell(Optional<BigDecimal> v) {
        return v.map(x -> new ComparisonView.Cell(format.format(x), false)).orElse(new ComparisonView.Cell("", true));
    }

    /** A chart of more bars than this cannot be read; the table above still lists every department. */
    static final int CHARTED = 20;

    /** 基本支出 and 项目支出 per department; “三公”经费, 会议费 and 培训费 per department (the largest spenders when there are many). */
    private List<ChartView> charts(List<Values> all) {
        List<ChartView> out = new ArrayList<>();
        if (all.isEmpty()) return out;
        List<Values> shown = all.size() > CHARTED ? all.subList(0, CHARTED) : all;
        String which = all.size() > CHARTED ? "支出合计最多的 " + CHARTED + " 个部门" : "各部门";
        List<String> names = shown.stream().map(v -> v.fa().department().name().value()).toList();
        String axis = "金额（" + unit.label() + "）";
        out.add(grouped("chart-compare-spending", which + "支出：基本支出与项目支出", names, shown, List.of(2, 3), axis));
        out.add(grouped("chart-compare-three-public", which + "“三公”经费、会议费、培训费", names, shown, List.of(4, 6, 7), axis));
        return out;
    }

    private ChartView grouped(String id, String caption, List<String> names, List<Values> all, List<Integer> columns, String axis) {
        List<ChartSeries> series = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        List<String> seriesNames = new ArrayList<>();
        for (int c : columns) {
            List<BigDecimal> v = all.stream().map(x -> x.get(c).orElse(null)).toList();
            series.add(new ChartSeries(COLUMNS.get(c).label(), v));
            values.add(v);
            seriesNames.add(COLUMNS.get(c).label());
        }
        String summary = summary(names, values, seriesNames);
        ChartData data = new ChartData(id, ChartKind.GROUPED_HORIZONTAL_BAR, caption, summary, axis, names, series);
        return ChartViews.view(data, caption, summary, "compare-table", "部门决算对比表", format.decimals(), seriesNames, names, values,
                format::format);
    }

    /** "2 个部门中，基本支出最多的是「…」（…万元）；项目支出最多的是「…」（…万元）。" */
    private String summary(List<String> names, List<List<BigDecimal>> values, List<String> seriesNames) {
        if (names.size() == 1) {
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < seriesNames.size(); s++) {
                BigDecimal v = values.get(s).get(0);
                parts.add(seriesNames.get(s) + (v == null ? "未公开" : " " + format.format(v) + " " + unit.label()));
            }
            return "本年度只有「" + names.get(0) + "」一个部门：" + String.join("，", parts) + "。";
        }
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < seriesNames.size(); s++) {
            int top = -1;
            List<BigDecimal> v = values.get(s);
            for (int i = 0; i < v.size(); i++) {
                if (v.get(i) != null && (top < 0 || v.get(i).compareTo(v.get(top)) > 0)) top = i;
            }
            parts.add(top < 0 ? seriesNames.get(s) + "均未公开"
                    : seriesNames.get(s) + "最多的是「" + names.get(top) + "」（" + format.format(v.get(top)) + " " + unit.label() + "）");
        }
        return names.size() + " 个部门中，" + String.join("；", parts) + "。";
    }
}
