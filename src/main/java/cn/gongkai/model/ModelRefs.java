package cn.gongkai.model;

import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.FiscalAppropriationSummary;
import cn.gongkai.model.table.IncomeExpenditureSummary;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.ThreePublicExpenses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A name for every figure of a disclosure, so text can cite the model: {@code gk03.total.basic}
 * (公开03表 合计行 基本支出), {@code gk06.30101.personnel}, {@code gk01.income_total},
 * {@code gk07.actual.meeting}, {@code facts.budgets.2010301.adjusted}. Chinese spellings resolve to
 * the same figures: {@code 公开03.合计.基本支出}, {@code 公开01表.本年收入合计}. A blank cell has a name
 * and a null amount (sentences print it as 0).
 */
public final class ModelRefs {

    /** A named figure: its canonical name, how a person reads it, and its amount (null when blank). */
    public static final class Ref {
        private final String name;
        private final Amount amount;
        /** The label's parts (the last may be null): joined only when asked, as messages alone need it. */
        private final String table;
        private final String row;
        private final String column;

        Ref(String name, Amount amount, String table, String row, String column) {
            this.name = name;
            this.amount = amount;
            this.table = table;
            this.row = row;
            this.column = column;
        }

        public String name() {
            return name;
        }

        public Amount amount() {
            return amount;
        }

        /** How a person reads it: 公开03表 30101 基本工资 基本支出. */
        public String label() {
            String l = table == null ? row : table + " " + row;
            return column == null ? l : l + " " + column;
        }

        public boolean blank() {
            return amount == null;
        }

        @Override
        public String toString() {
            return name + " (" + label() + ") = " + amount;
        }
    }

    /**
     * The figures of one table (or of the facts), named when a reference first asks for that table:
     * a comparison page needs four tables of each disclosure, a page's sentences a few, and only
     * the number check reads them all.
     */
    private static final class Section {
        final DisclosureTable table;
        final Map<String, Ref> byName = new LinkedHashMap<>();
        boolean named;

        Section(DisclosureTable table) {
            this.table = table;
        }
    }

    private static final String FACTS = "facts";

    private final FinalAccounts of;
    /** Each table's section by its canonical name, in the disclosure's table order, then the facts. */
    private final Map<String, Section> sections = new LinkedHashMap<>();
    /** Other names of a table (公开05, 公开05表), of a row within its table (合计 → total), of a column within its table. */
    private final Map<String, String> tables = new HashMap<>();
    private final Map<String, String> rows = new HashMap<>();
    private final Map<String, String> columns = new HashMap<>();
    /** The section being named, and the columns of its table whose other names are recorded (under this object's lock). */
    private Map<String, Ref> naming;
    private final java.util.Set<Column> columnsNamed = new java.util.HashSet<>();

    private ModelRefs(FinalAccounts of) {
        this.of = of;
        for (DisclosureTable t : of.tables().all()) {
            String gk = t.kind().slug();
            sections.put(gk, new Section(t));
            for (String name : List.of(gk, "公开" + gk.substring(2), "公开" + gk.substring(2) + "表")) {
                tables.putIfAbsent(normalise(name), gk);
            }
        }
        sections.put(FACTS, new Section(null));
    }

    /**
     * The names of {@code fa}'s figures. The last few are kept by identity: the checks of one
     * disclosure ask for them one after another, and each costs a map entry per cell.
     */
    public static ModelRefs of(FinalAccounts fa) {
        synchronized (RECENT) {
            for (ModelRefs r : RECENT) if (r.of == fa) return r;
        }
        ModelRefs refs = new ModelRefs(fa);
        synchronized (RECENT) {
            RECENT.addFirst(refs);
            if (RECENT.size() > RECENT_SIZE) RECENT.removeLast();
        }
        return refs;
    }

    private static final int RECENT_SIZE = 16;
    private static final java.util.ArrayDeque<ModelRefs> RECENT = new java.util.ArrayDeque<>();

    /** Every figure: each table's in the disclosure's order, then the facts. */
    public synchronized Collection<Ref> all() {
        List<Ref> out = new ArrayList<>();
        for (Section s : sections.values()) out.addAll(named(s).byName.values());
        return out;
    }

    /** The figure a reference names (canonical or Chinese), ignoring spaces. */
    public synchronized Optional<Ref> resolve(String reference) {
        String key = normalise(reference);
        String[] parts = key.split("\\.", -1);
        String table = parts[0].equals(FACTS) ? FACTS : tables.get(parts[0]);
        if (table == null) return Optional.empty();
        Map<String, Ref> byName = named(sections.get(table)).byName;
        Ref r = byName.get(key);
        if (r != null) return Optional.of(r);
        if (parts.length < 2 || parts.length > 3 || table.equals(FACTS)) return Optional.empty();
        String row = rows.getOrDefault(table + "." + parts[1], parts[1]);
        if (parts.length == 3) {
            String column = columns.getOrDefault(table + "." + parts[2], parts[2]);
            return Optional.ofNullable(byName.get(table + "." + row + "." + column));
        }
        r = byName.get(table + "." + row);
        return Optional.ofNullable(r != null ? r : byName.get(table + "." + row + ".amount"));
    }

    /** The canonical names closest to {@code reference}, to suggest when it does not resolve. */
    public synchronized List<String> suggestions(String reference) {
        String key = normalise(reference);
        String[] parts = key.split("\\.", -1);
        if (parts.length >= 2 && tables.containsKey(parts[0])) {
            String table = tables.get(parts[0]);
            parts[0] = table;
            named(sections.get(table));
            if (parts.length == 3) parts[1] = rows.getOrDefault(table + "." + parts[1], parts[1]);
            key = String.join(".", parts);
        }
        String prefix = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : key;
        List<String> out = new ArrayList<>();
        for (Section s : sections.values()) {
            for (String n : named(s).byName.keySet()) {
                if (n.startsWith(prefix) && out.size() < 6) out.add(n);
            }
        }
        return out;
    }

    /** {@code s}, its figures named (the first time it is asked for). */
    private Section named(Section s) {
        if (!s.named) {
            naming = s.byName;
            if (s.table != null) table(s.table);
            else facts(of.facts());
            naming = null;
            s.named = true;
        }
        return s;
    }

    private void table(DisclosureTable t) {
        columnsNamed.clear();
        TableKind k = t.kind();
        String gk = k.slug();
        List<String> tableNames = List.of(gk, "公开" + gk.substring(2), "公开" + gk.substring(2) + "表");
        switch (k) {
            case SUMMARY -> {
                IncomeExpenditureSummary s = (IncomeExpenditureSummary) t;
                single(tableNames, k, s.income());
                single(tableNames, k, s.totals());
                for (CodedRow<?, ?> r : s.expenditure()) line(tableNames, k, r);
            }
            case FISCAL_SUMMARY -> {
                FiscalAppropriationSummary s = (FiscalAppropriationSummary) t;
                single(tableNames, k, s.income());
                add(tableNames, k, List.of("income_total", "本年收入合计"), "本年收入合计", null, s.incomeTotal());
                add(tableNames, k, List.of("income_grand_total", "收入总计"), "收入总计", null, s.incomeGrandTotal());
                row(tableNames, k, List.of("opening_balance", "年初财政拨款结转和结余"), "年初财政拨款结转和结余", s.openingBalance());
                row(tableNames, k, List.of("expenditure_total", "本年支出合计"), "本年支出合计", s.expenditureTotal());
                row(tableNames, k, List.of("closing_balance", "年末财政拨款结转和结余"), "年末财政拨款结转和结余", s.closingBalance());
                row(tableNames, k, List.of("expenditure_grand_total", "支出总计"), "支出总计", s.expenditureGrandTotal());
                for (CodedRow<?, ?> r : s.expenditure()) coded(tableNames, k, r);
            }
            case THREE_PUBLIC -> {
                ThreePublicExpenses s = (ThreePublicExpenses) t;
                row(tableNames, k, List.of("budget", "预算数"), "预算数", s.budget());
                row(tableNames, k, List.of("actual", "决算数"), "决算数", s.actual());
            }
            default -> {
                t.totalRow().ifPresent(total -> totalRow(tableNames, k, total));
                for (CodedRow<?, ?> r : t.rows()) coded(tableNames, k, r);
            }
        }
    }

    private <C extends Enum<C> & Column> void totalRow(List<String> tableNames, TableKind k, cn.gongkai.model.table.TotalRow<C> total) {
        row(tableNames, k, List.of("total", "合计", "合计行"), "合计行", total.cells());
    }

    private void coded(List<String> tableNames, TableKind k, CodedRow<?, ?> r) {
        codedRow(tableNames, k, r);
    }

    private <C extends Enum<C> & Column> void codedRow(List<String> tableNames, TableKind k, CodedRow<?, C> r) {
        row(tableNames, k, List.of(r.code().digits()), r.code().digits() + " " + r.name(), r.cells());
    }

    /** An expenditure line of 公开01: one amount, named without a column. */
    private void line(List<String> tableNames, TableKind k, CodedRow<?, ?> r) {
        Amount a = r.cells().asMap().values().stream().findFirst().orElse(null);
        add(tableNames, k, List.of(r.code().digits(), r.name()), r.code().digits() + " " + r.name(), null, a);
    }

    /** Lines of one amount each (公开01 收入、总计), named by the line. */
    private <C extends Enum<C> & Column> void single(List<String> tableNames, TableKind k, Cells<C> cells) {
        for (C c : cells.type().getEnumConstants()) {
            add(tableNames, k, List.of(c.key(), c.label()), c.label(), null, cells.get(c).orElse(null));
        }
    }

    private <C extends Enum<C> & Column> void row(List<String> tableNames, TableKind k, List<String> rowNames, String rowLabel, Cells<C> cells) {
        for (C c : cells.type().getEnumConstants()) {
            add(tableNames, k, rowNames, rowLabel, c, cells.get(c).orElse(null));
        }
    }

    /** Names the figure {@code a}: row {@code rowNames} (canonical first), {@code column} (null for a line of one amount). */
    private void add(List<String> tableNames, TableKind k, List<String> rowNames, String rowLabel, Column column, Amount a) {
        String table = tableNames.get(0);
        String canonical = table + "." + rowNames.get(0) + (column == null ? "" : "." + column.key());
        naming.put(normalise(canonical), new Ref(canonical, a, k.number(), rowLabel, column == null ? null : column.label()));
        // Other names of rows and columns are recorded once per row and column, not once per cell.
        if (rowNames.size() > 1) {
            String row = normalise(rowNames.get(0));
            if (rows.putIfAbsent(table + "." + row, row) == null) {
                for (String rn : rowNames) rows.putIfAbsent(table + "." + normalise(rn), row);
            }
        }
        if (column != null && columnsNamed.add(column)) {
            String key = column.key();
            columns.putIfAbsent(table + "." + key, key);
            columns.putIfAbsent(table + "." + normalise(column.label()), key);
        }
    }

    private void facts(Facts f) {
        for (Facts.LineBudget b : f.budgets()) {
            fact("facts.budgets." + b.code().digits() + ".initial", b.code().digits() + " 年初预算", b.initial());
            fact("facts.budgets." + b.code().digits() + ".adjusted", b.code().digits() + " 调整预算", b.adjusted());
        }
        if (f.operatingCosts() != null) {
            Facts.OperatingCosts o = f.operatingCosts();
            fact("facts.operating_costs.initial", "机关运行经费 年初预算", o.initial());
            fact("facts.operating_costs.carried_over", "机关运行经费 上年结转", o.carriedOver());
            fact("facts.operating_costs.adjusted", "机关运行经费 调整预算", o.adjusted());
            fact("facts.operating_costs.actual", "机关运行经费 支出决算", o.actual());
        }
        if (f.procurement() != null) {
            Facts.Procurement p = f.procurement();
            fact("facts.procurement.total", "政府采购支出总额", p.total());
            fact("facts.procurement.goods", "政府采购货物支出", p.goods());
            fact("facts.procurement.works", "政府采购工程支出", p.works());
            fact("facts.procurement.services", "政府采购服务支出", p.services());
            fact("facts.procurement.sme_awarded", "授予中小企业合同金额", p.smeAwarded());
        }
    }

    private void fact(String name, String label, Amount a) {
        naming.put(normalise(name), new Ref(name, a, null, label, null));
    }

    /** Without white space, with 。 and ． read as ".", lower case; called for every figure, so without a regex. */
    private static String normalise(String s) {
        if (plain(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            b.append(c == '。' || c == '．' ? '.' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Already normal: lower-case ASCII letters, digits and punctuation without spaces (every canonical name). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7e || c <= ' ' || (c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }
}
