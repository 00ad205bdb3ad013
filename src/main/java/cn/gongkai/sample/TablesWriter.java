package cn.gongkai.sample;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.sample.YearFigures.Item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code tables:} of final-accounts.yaml, 公开01 to 公开09, every total and parent row written out
 * (as published tables print them) and summed from the same leaves, so each identity of check holds.
 */
final class TablesWriter {

    private static final String ROUNDING = "本表金额转换为万元时，因四舍五入可能存在尾差。";

    private final YearFigures f;
    private final Catalog catalog;
    private final Yaml y;
    private final String rounding;
    /** Names of the 项 the catalog lacks, written on their rows in every table (else CODE01). */
    private final Map<String, String> names = new TreeMap<>();

    TablesWriter(YearFigures f, MoneyUnit unit, Catalog catalog, Yaml y) {
        this.f = f;
        this.catalog = catalog;
        this.y = y;
        this.rounding = unit == MoneyUnit.WAN_YUAN ? ROUNDING : "";
        f.capital().forEach((code, l) -> {
            if (l.name() != null) names.put(code, l.name());
        });
    }

    void write() {
        ClassifiedRows expenditure = expenditure();
        y.line("tables:");
        summary(expenditure);
        coded("income", "本表反映部门本年度取得的各项收入情况。", List.of("total", "fiscal", "business", "other"), income());
        coded("expenditure", "本表反映部门本年度各项支出情况。", List.of("total", "basic", "project"), expenditure);
        fiscalSummary();
        coded("general_budget", "本表反映部门本年度一般公共预算财政拨款实际支出情况。", List.of("total", "basic", "personnel", "public", "project"),
                generalBudget());
        coded("basic_expenditure", "本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", List.of("total", "personnel", "public"),
                basicExpenditure());
        threePublic();
        if (f.fund().isEmpty()) {
            empty("government_fund", "本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。", "本部门无政府性基金预算财政拨款收入支出");
        } else {
            coded("government_fund", "本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
                    List.of("opening", "income", "expenditure", "project", "closing"), governmentFund());
        }
        if (f.year() >= TableKind.NINE_TABLES_FROM) {
            if (f.capital().isEmpty()) {
                empty("state_capital", "本表反映部门本年度国有资本经营预算财政拨款支出情况。", "本部门无国有资本经营预算财政拨款支出");
            } else {
                coded("state_capital", "本表反映部门本年度国有资本经营预算财政拨款支出情况。", List.of("total", "project"), stateCapital());
            }
        }
    }

    // ---- the leaves of each classified table ---------------------------------------------------

    private ClassifiedRows income() {
        Map<String, long[]> leaves = new TreeMap<>();
        f.general().forEach((code, l) -> add(leaves, code, l.income(), l.income(), 0, 0));
        f.fund().forEach((code, l) -> add(leaves, code, l.income(), l.income(), 0, 0));
        f.capital().forEach((code, l) -> add(leaves, code, l.spent(), l.spent(), 0, 0));
        f.own().forEach((code, l) -> add(leaves, code, l.business() + l.other(), 0, l.business(), l.other()));
        return new ClassifiedRows(leaves, 4);
    }

    private ClassifiedRows expenditure() {
        Map<String, long[]> leaves = new TreeMap<>();
        f.general().forEach((code, l) -> add(leaves, code, l.spent(), l.basic(), l.project()));
        f.fund().forEach((code, l) -> add(leaves, code, l.spent(), 0, l.spent()));
        f.capital().forEach((code, l) -> add(leaves, code, l.spent(), 0, l.spent()));
        f.own().forEach((code, l) -> add(leaves, code, l.basic() + l.project(), l.basic(), l.project()));
        return new ClassifiedRows(leaves, 3);
    }

    private ClassifiedRows generalBudget() {
        Map<String, long[]> leaves = new TreeMap<>();
        f.general().forEach((code, l) -> add(leaves, code, l.spent(), l.basic(), l.personnel(), l.publicCost(), l.project()));
        return new ClassifiedRows(leaves, 5);
    }

    private ClassifiedRows basicExpenditure() {
        Map<String, long[]> leaves = new TreeMap<>();
        f.economic().forEach((code, e) -> add(leaves, code, e.personnel() + e.publicCost(), e.personnel(), e.publicCost()));
        return new ClassifiedRows(leaves, 3);
    }

    private ClassifiedRows governmentFund() {
        Map<String, long[]> leaves = new TreeMap<>();
        f.fund().forEach((code, l) -> add(leaves, code, l.opening(), l.income(), l.spent(), l.spent(), l.closing()));
        return new ClassifiedRows(leaves, 5);
    }

    private ClassifiedRows stateCapital() {
        Map<String, long[]> leaves = new TreeMap<>();
        f.capital().forEach((code, l) -> add(leaves, code, l.spent(), l.spent()));
        return new ClassifiedRows(leaves, 2);
    }

    /** Adds a leaf's columns to {@code leaves}: two sources may book under the same 项. */
    private static void add(Map<String, long[]> leaves, String code, long... columns) {
        long[] row = leaves.computeIfAbsent(code, c -> new long[columns.length]);
        for (int i = 0; i < columns.length; i++) row[i] += columns[i];
    }

    // ---- writing -------------------------------------------------------------------------------

    private void coded(String key, String note, List<String> columns, ClassifiedRows rows) {
        y.line("  " + key + ":");
        y.field(4, "note", Yaml.text(note + rounding));
        y.field(4, "total", cells(new Yaml.Flow(), columns, rows.total()).toString());
        y.line("    rows:");
        rows.rows().forEach((code, v) -> {
            Yaml.Flow row = new Yaml.Flow().code(code);
            if (names.containsKey(code)) row.put("name", Yaml.text(names.get(code)));
            y.item(6, cells(row, columns, v).toString());
        });
    }

    private static Yaml.Flow cells(Yaml.Flow flow, List<String> columns, long[] values) {
        for (int i = 0; i < columns.size(); i++) flow.money(columns.get(i), values[i]);
        return flow;
    }

    private void empty(String key, String note, String reason) {
        y.line("  " + key + ":");
        y.field(4, "note", Yaml.text(note));
        y.field(4, "empty_reason", Yaml.text(reason));
    }

    /** The 类 lines of 公开01 and 公开04: every line the year's catalog prints there, and any other 类 spent under. */
    private SortedSet<String> summaryClasses(ClassifiedRows expenditure) {
        SortedSet<String> out = new TreeSet<>();
        for (FunctionCode c : catalog.summaryClasses()) out.add(c.digits());
        out.addAll(expenditure.classes().keySet());
        return out;
    }

    private void summary(ClassifiedRows expenditure) {
        y.line("  summary:");
        y.field(4, "note", Yaml.text("本表反映部门本年度的总收支和年末结转结余情况。" + rounding));
        Yaml.Flow income = new Yaml.Flow().money("general_budget", f.generalIncome()).money("government_fund", f.fundIncome())
                .money("state_capital", f.capitalSpent());
        long business = f.own().values().stream().mapToLong(YearFigures.OwnLine::business).sum();
        income.money("business", business).money("other", f.ownIncome() - business);
        y.field(4, "income", income.toString());
        y.line("    expenditure:");
        for (String code : summaryClasses(expenditure)) {
            long[] v = expenditure.classes().get(code);
            y.item(6, new Yaml.Flow().code(code).money("amount", v == null ? 0 : v[0]).toString());
        }
        y.field(4, "income_total", Yaml.money(f.incomeTotal()));
        if (f.openingTotal() > 0) y.field(4, "opening_balance", Yaml.money(f.openingTotal()));
        y.field(4, "income_grand_total", Yaml.money(f.incomeTotal() + f.openingTotal()));
        y.field(4, "expenditure_total", Yaml.money(f.spentTotal()));
        if (f.closingTotal() > 0) y.field(4, "closing_balance", Yaml.money(f.closingTotal()));
        y.field(4, "expenditure_grand_total", Yaml.money(f.spentTotal() + f.closingTotal()));
    }

    private void fiscalSummary() {
        Map<String, long[]> leaves = new TreeMap<>();
        f.general().forEach((code, l) -> add(leaves, code, l.spent(), l.spent(), 0, 0));
        f.fund().forEach((code, l) -> add(leaves, code, l.spent(), 0, l.spent(), 0));
        f.capital().forEach((code, l) -> add(leaves, code, l.spent(), 0, 0, l.spent()));
        ClassifiedRows spent = new ClassifiedRows(leaves, 4);
        long fundClosing = f.fundOpening() + f.fundIncome() - f.fundSpent();
        Map<String, long[]> lines = new LinkedHashMap<>();
        lines.put("expenditure_total", spent.total());
        lines.put("closing_balance", new long[]{f.generalClosing() + fundClosing, f.generalClosing(), fundClosing, 0});
        long[] grand = new long[4];
        for (long[] l : lines.values()) for (int i = 0; i < 4; i++) grand[i] += l[i];
        lines.put("expenditure_grand_total", grand);
        List<String> columns = List.of("total", "general_budget", "government_fund", "state_capital");

        y.line("  fiscal_summary:");
        y.field(4, "note", Yaml.text("本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。" + rounding));
        y.field(4, "income", new Yaml.Flow().money("general_budget", f.generalIncome()).money("government_fund", f.fundIncome())
                .money("state_capital", f.capitalSpent()).toString());
        y.field(4, "income_total", Yaml.money(f.fiscalIncome()));
        long opening = f.generalOpening() + f.fundOpening();
        if (opening > 0) {
            y.field(4, "opening_balance", cells(new Yaml.Flow(), columns, new long[]{opening, f.generalOpening(), f.fundOpening(), 0}).toString());
        }
        y.field(4, "income_grand_total", Yaml.money(f.fiscalIncome() + opening));
        y.line("    expenditure:");
        SortedMap<String, long[]> classes = spent.classes();
        for (String code : summaryClasses(spent)) {
            long[] v = classes.getOrDefault(code, new long[4]);
            y.item(6, cells(new Yaml.Flow().code(code), columns, v).toString());
        }
        lines.forEach((key, v) -> {
            if (v[0] > 0) y.field(4, key, cells(new Yaml.Flow(), columns, v).toString());
        });
    }

    private void threePublic() {
        var t = f.threePublic();
        y.line("  three_public:");
        String note = "本表反映部门本年度一般公共预算财政拨款“三公”经费、会议费、培训费的预算数和实际支出。预算数为调整预算数。";
        if (t.isEmpty()) {
            y.field(4, "note", Yaml.text(note));
            y.field(4, "empty_reason", Yaml.text("本部门无一般公共预算财政拨款“三公”经费及会议费、培训费支出"));
            return;
        }
        y.field(4, "note", Yaml.text(note + rounding));
        row("budget", threePublicRow(t.budgetTotal(), t.budget(Item.OVERSEAS), t.budget(Item.RECEPTION), t.budget(Item.VEHICLE_PURCHASE),
                t.budget(Item.VEHICLE_OPERATION), t.budget(Item.MEETING), t.budget(Item.TRAINING)));
        row("actual", threePublicRow(t.actualTotal(), t.actual(Item.OVERSEAS), t.actual(Item.RECEPTION), t.actual(Item.VEHICLE_PURCHASE),
                t.actual(Item.VEHICLE_OPERATION), t.actual(Item.MEETING), t.actual(Item.TRAINING)));
    }

    /** A row of 公开07; a row with no amount at all is left out rather than written empty. */
    private void row(String key, Yaml.Flow cells) {
        if (!cells.isEmpty()) y.field(4, key, cells.toString());
    }

    private static Yaml.Flow threePublicRow(long total, long overseas, long reception, long purchase, long operation, long meeting, long training) {
        return new Yaml.Flow().money("total", total).money("overseas", overseas).money("reception", reception)
                .money("vehicles", purchase + operation).money("vehicle_purchase", purchase).money("vehicle_operation", operation)
                .money("meeting", meeting).money("training", training);
    }
}
