package cn.gongkai.validate;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.ModelRefs;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.ReasonKeys;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.SummaryTotal;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What {@link NumberLint} compares hand-written numbers with, in the file's unit: every figure of
 * the model, the figures the common labels of 情况说明 name (基本工资, 商品和服务支出, 调整预算,
 * 会议费 …), and the wholes that shares are taken of (总收入, 总支出, “三公”经费总支出 …).
 */
record LintModel(List<Value> values, Map<String, Label> labels, Map<String, Value> denominators) {

    /**
     * A model figure and how a person would name it. The name is made when a message asks for it: a
     * disclosure has some 1,500 figures and its messages name a few.
     */
    record Value(BigDecimal value, Supplier<String> naming) {
        Value(BigDecimal value, String label) {
            this(value, () -> label);
        }

        String label() {
            return naming.get();
        }
    }

    /** A label an editor writes before a number, the figures it can mean, and a hint for mismatches. */
    record Label(String text, List<Value> values, String note) {
    }

    /** Words between a label and its number (compiled once: every written number is looked up). */
    private static final Pattern LINKING_WORD = Pattern.compile("(为|是|达到|达|共计|共|合计|决算数|决算|支出决算)$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

    /** 公开06 is basic spending only, while text often quotes whole-year spending by economic class. */
    private static final String BASIC_ONLY = "公开06表只含基本支出，此处的数字可能包含项目支出中的同类支出；请核对口径并在文中写明";

    static LintModel of(FinalAccounts fa) {
        MoneyUnit u = fa.unit();
        List<Value> values = new ArrayList<>();
        for (ModelRefs.Ref r : ModelRefs.of(fa).all()) {
            if (!r.blank()) values.add(new Value(r.amount().valueIn(u), r::label));
        }
        Map<String, Label> labels = new LinkedHashMap<>();
        for (DisclosureTable t : fa.tables().all()) {
            for (CodedRow<?, ?> row : t.rows()) {
                String note = t.kind() == TableKind.BASIC_EXPENDITURE ? BASIC_ONLY : null;
                rowValues(t.kind(), row, u).forEach(v -> label(labels, row.name(), v, note));
            }
        }
        var tables = fa.tables();
        tables.expenditure().ifPresent(e -> {
            Cells<ExpenditureColumn> c = e.body().total().cells();
            label(labels, "基本支出", v(c, ExpenditureColumn.BASIC, u, "公开03表 合计行 基本支出"), null);
            label(labels, "项目支出", v(c, ExpenditureColumn.PROJECT, u, "公开03表 合计行 项目支出"), null);
        });
        tables.generalBudget().ifPresent(g -> {
            Cells<GeneralBudgetColumn> c = g.body().total().cells();
            label(labels, "基本支出", v(c, GeneralBudgetColumn.BASIC, u, "公开05表 合计行 基本支出"), null);
            label(labels, "项目支出", v(c, GeneralBudgetColumn.PROJECT, u, "公开05表 合计行 项目支出"), null);
            label(labels, "人员经费", v(c, GeneralBudgetColumn.PERSONNEL, u, "公开05表 合计行 人员经费"), null);
            label(labels, "公用经费", v(c, GeneralBudgetColumn.PUBLIC, u, "公开05表 合计行 公用经费"), null);
        });
        tables.basicExpenditure().ifPresent(b -> {
            Cells<BasicEconomicColumn> c = b.body().total().cells();
            label(labels, "基本支出", v(c, BasicEconomicColumn.TOTAL, u, "公开06表 合计"), null);
            label(labels, "人员经费", v(c, BasicEconomicColumn.PERSONNEL, u, "公开06表 人员经费"), null);
            label(labels, "公用经费", v(c, BasicEconomicColumn.PUBLIC, u, "公开06表 公用经费"), null);
        });
        tables.income().ifPresent(i -> label(labels, "财政拨款收入", v(i.body().total().cells(), IncomeColumn.FISCAL, u, "公开02表 财政拨款收入"), null));
        Map<String, Value> denominators = new LinkedHashMap<>();
        tables.summary().ifPresent(s -> {
            Value income = v(s.totals(), SummaryTotal.INCOME_TOTAL, u, "公开01表 本年收入合计");
            Value spent = v(s.totals(), SummaryTotal.EXPENDITURE_TOTAL, u, "公开01表 本年支出合计");
            for (String l : List.of("总收入", "收入合计", "本年收入合计")) {
                label(labels, l, income, null);
                denominators.put(l, income);
            }
            for (String l : List.of("总支出", "支出合计", "本年支出合计")) {
                label(labels, l, spent, null);
                denominators.put(l, spent);
            }
            label(labels, "收入总计", v(s.totals(), SummaryTotal.INCOME_GRAND_TOTAL, u, "公开01表 收入总计"), null);
            label(labels, "支出总计", v(s.totals(), SummaryTotal.EXPENDITURE_GRAND_TOTAL, u, "公开01表 支出总计"), null);
            label(labels, "年末结转和结余", v(s.totals(), SummaryTotal.CLOSING_BALANCE, u, "公开01表 年末结转和结余"), null);
        });
        tables.threePublic().ifPresent(t -> {
            for (ThreePublicColumn c : ReasonKeys.THREE_PUBLIC_ITEMS) {
                label(labels, ReasonKeys.threePublic(c), v(t.budget(), c, u, "公开07表 预算数 " + c.label()), null);
                label(labels, ReasonKeys.threePublic(c), v(t.actual(), c, u, "公开07表 决算数 " + c.label()), null);
            }
            Value total = v(t.actual(), ThreePublicColumn.TOTAL, u, "公开07表 “三公”经费决算数");
            denominators.put("三公经费总支出", total);
            denominators.put("“三公”经费总支出", total);
        });
        tables.generalBudget().ifPresent(g -> denominators.put("一般公共预算项目支出总额",
                v(g.body().total().cells(), GeneralBudgetColumn.PROJECT, u, "公开05表 项目支出")));
        var f = fa.facts();
        BigDecimal initial = BigDecimal.ZERO;
        BigDecimal adjusted = BigDecimal.ZERO;
        for (var b : f.budgets()) {
            label(labels, "年初预算", new Value(value(b.initial(), u), b.code().digits() + " 年初预算"), null);
            label(labels, "调整预算", new Value(value(b.adjusted(), u), b.code().digits() + " 调整预算"), null);
            initial = initial.add(value(b.initial(), u));
            adjusted = adjusted.add(value(b.adjusted(), u));
        }
        if (!f.budgets().isEmpty()) {
            label(labels, "年初预算", new Value(initial, "各项年初预算合计"), null);
            label(labels, "调整预算", new Value(adjusted, "各项调整预算合计"), null);
            values.add(new Value(initial, "各项年初预算合计"));
            values.add(new Value(adjusted, "各项调整预算合计"));
        }
        Optional.ofNullable(f.operatingCosts()).ifPresent(o -> {
            for (Amount a : java.util.Arrays.asList(o.initial(), o.carriedOver(), o.adjusted(), o.actual())) {
                if (a != null) label(labels, ReasonKeys.OPERATING_COSTS, new Value(a.valueIn(u), "机关运行经费"), null);
            }
        });
        Optional.ofNullable(f.procurement()).ifPresent(p -> {
            if (p.total() != null) denominators.put("政府采购支出总额", new Value(p.total().valueIn(u), "政府采购支出总额"));
        });
        fa.performanceOpt().ifPresent(p -> p.projects().forEach(e -> e.fund(FundSource.TOTAL).ifPresent(c -> {
            for (ExecutionColumn col : ExecutionColumn.values()) {
                c.get(col).ifPresent(a -> values.add(new Value(a.valueIn(u), (e.name() == null ? "项目" : e.name().value()) + " " + col.label())));
            }
        })));
        return new LintModel(values, labels, denominators);
    }

    private static List<Value> rowValues(TableKind kind, CodedRow<?, ?> row, MoneyUnit u) {
        List<Value> out = new ArrayList<>();
        for (Map.Entry<? extends Column, Amount> e : row.cells().asMap().entrySet()) {
            Column column = e.getKey();
            out.add(new Value(e.getValue().valueIn(u), () -> kind.number() + " " + row.code().digits() + " " + row.name() + " " + column.label()));
        }
        return out;
    }

    private static <C extends Enum<C> & Column> Value v(Cells<C> cells, C c, MoneyUnit u, String label) {
        return new Value(cells.valueOrZero(c, u), label);
    }

    private static BigDecimal value(Amount a, MoneyUnit u) {
        return a == null ? BigDecimal.ZERO : a.valueIn(u);
    }

    private static void label(Map<String, Label> labels, String text, Value v, String note) {
        Label old = labels.get(text);
        List<Value> values = new ArrayList<>(old == null ? List.of() : old.values());
        values.add(v);
        labels.put(text, new Label(text, values, old != null && old.note() != null ? old.note() : note));
    }

    /** The longest known label that ends the clause before a number (after 为/是/支出/决算…). */
    Optional<Label> labelBefore(String before) {
        String c = NumberLint.clause(before).strip();
        for (int i = 0; i < 3; i++) c = LINKING_WORD.matcher(c).replaceAll("").strip();
        Label best = null;
        for (Label l : labels.values()) {
            boolean ends = c.endsWith(l.text()) || c.endsWith(l.text() + "支出");
            if (ends && (best == null || l.text().length() > best.text().length())) best = l;
        }
        return Optional.ofNullable(best);
    }

    /** The whole a share is taken of, by the longest known name that ends the words after 占. */
    Optional<Value> denominator(String label) {
        String l = WHITE_SPACE.matcher(label).replaceAll("");
        return denominators.entrySet().stream().filter(e -> l.endsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue);
    }
}
