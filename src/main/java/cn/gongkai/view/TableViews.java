package cn.gongkai.view;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Catalog;
import cn.gongkai.model.ClassificationCode;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.BasicExpenditureByEconomic;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.CodedTable;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.ExpenditureByFunction;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.FiscalAppropriationSummary;
import cn.gongkai.model.table.FiscalColumn;
import cn.gongkai.model.table.FundColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.GeneralBudgetExpenditure;
import cn.gongkai.model.table.GovernmentFundTable;
import cn.gongkai.model.table.IncomeByFunction;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.IncomeExpenditureSummary;
import cn.gongkai.model.table.IncomeSource;
import cn.gongkai.model.table.StateCapitalColumn;
import cn.gongkai.model.table.StateCapitalTable;
import cn.gongkai.model.table.SummaryAmount;
import cn.gongkai.model.table.SummaryTotal;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.TableMeta;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.model.table.ThreePublicExpenses;
import cn.gongkai.view.TableView.Cell;
import cn.gongkai.view.TableView.HeaderCell;
import cn.gongkai.view.TableView.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lays out each standard table as it is published (rows, column groups, labels), from the typed
 * model. The layouts follow the 2019 Shaanxi templates of seed 002.
 */
public final class TableViews {

    /** Downloads sit in data/ beside the disclosure page (see SitePaths.tableData). */
    static final String DOWNLOADS = "data/";

    private final Catalog catalog;
    private final AmountFormat format;
    private final MoneyUnit fileUnit;
    private final String preparer;

    public TableViews(Catalog catalog, AmountFormat format, MoneyUnit fileUnit, String preparer) {
        this.catalog = catalog;
        this.format = format;
        this.fileUnit = fileUnit;
        this.preparer = preparer;
    }

    public TableView view(DisclosureTable table) {
        return switch (table.kind()) {
            case SUMMARY -> summary((IncomeExpenditureSummary) table);
            case INCOME -> coded(table, ((IncomeByFunction) table).body(), "功能", "功能分类科目编码", List.of(
                    one(IncomeColumn.TOTAL), one(IncomeColumn.FISCAL), one(IncomeColumn.SUPERIOR_SUBSIDY),
                    group("事业收入", "business-group", sub(IncomeColumn.BUSINESS, "小计"), sub(IncomeColumn.BUSINESS_TUITION, "其中：教育收费")),
                    one(IncomeColumn.OPERATING), one(IncomeColumn.AFFILIATED), one(IncomeColumn.OTHER)), false);
            case EXPENDITURE -> coded(table, ((ExpenditureByFunction) table).body(), "功能", "功能科目编码", List.of(
                    one(ExpenditureColumn.TOTAL), one(ExpenditureColumn.BASIC), one(ExpenditureColumn.PROJECT),
                    one(ExpenditureColumn.REMIT_SUPERIOR), one(ExpenditureColumn.OPERATING),
                    one(ExpenditureColumn.AFFILIATED_SUBSIDY)), false);
            case FISCAL_SUMMARY -> fiscalSummary((FiscalAppropriationSummary) table);
            case GENERAL_BUDGET -> coded(table, ((GeneralBudgetExpenditure) table).body(), "项目", "功能分类科目编码", List.of(
                    one(GeneralBudgetColumn.TOTAL),
                    group("基本支出", "basic-group", sub(GeneralBudgetColumn.BASIC, "小计"), sub(GeneralBudgetColumn.PERSONNEL),
                            sub(GeneralBudgetColumn.PUBLIC)),
                    one(GeneralBudgetColumn.PROJECT)), true);
            case BASIC_EXPENDITURE -> coded(table, ((BasicExpenditureByEconomic) table).body(), "项目", "经济分类科目", List.of(
                    one(BasicEconomicColumn.TOTAL), one(BasicEconomicColumn.PERSONNEL), one(BasicEconomicColumn.PUBLIC)), true);
            case THREE_PUBLIC -> threePublic((ThreePublicExpenses) table);
            case GOVERNMENT_FUND -> coded(table, ((GovernmentFundTable) table).body(), "项目", "功能分类科目编码", List.of(
                    one(FundColumn.OPENING), one(FundColumn.INCOME),
                    group("本年支出", "expenditure-group", sub(FundColumn.EXPENDITURE, "小计"), sub(FundColumn.BASIC), sub(FundColumn.PROJECT)),
                    one(FundColumn.CLOSING)), false);
            case STATE_CAPITAL -> coded(table, ((StateCapitalTable) table).body(), "项目", "功能分类科目编码", List.of(
                    group("本年支出", "expenditure-group", sub(StateCapitalColumn.TOTAL, "合计"), sub(StateCapitalColumn.BASIC),
                            sub(StateCapitalColumn.PROJECT))), false);
        };
    }

    // ---- column layout of the classified tables -------------------------------------------------

    /** A column header under a group, with the label printed there. */
    private record Sub<C extends Enum<C> & Column>(C column, String label) {
    }

    /** A header over one column (two rows high) or a group label over several. */
    private record Group<C extends Enum<C> & Column>(String label, String key, List<Sub<C>> subs) {
        boolean single() {
            return label == null;
        }
    }

    private static <C extends Enum<C> & Column> Group<C> one(C c) {
        return new Group<>(null, null, List.of(new Sub<>(c, c.label())));
    }

    @SafeVarargs
    private static <C extends Enum<C> & Column> Group<C> group(String label, String key, Sub<C>... subs) {
        return new Group<>(label, key, List.of(subs));
    }

    private static <C extends Enum<C> & Column> Sub<C> sub(C c, String label) {
        return new Sub<>(c, label);
    }

    private static <C extends Enum<C> & Column> Sub<C> sub(C c) {
        return new Sub<>(c, c.label());
    }

    private <K extends ClassificationCode, C extends Enum<C> & Column> TableView coded(
            DisclosureTable table, CodedTable<K, C> body, String corner, String codeHeader, List<Group<C>> groups, boolean remark) {
        String t = table.kind().slug();
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> second = new ArrayList<>();
        top.add(new HeaderCell(t + "-h-item", corner, 2, 1, false));
        second.add(new HeaderCell(t + "-h-code", codeHeader, 1, 1, false));
        second.add(new HeaderCell(t + "-h-name", "科目名称", 1, 1, false));
        List<Sub<C>> order = new ArrayList<>();
        List<String> headerIds = new ArrayList<>();
        for (Group<C> g : groups) {
            if (g.single()) {
                Sub<C> s = g.subs().get(0);
                String id = t + "-h-" + s.column().key();
                top.add(new HeaderCell(id, s.label(), 1, 2, false));
                order.add(s);
                headerIds.add(id);
            } else {
                String gid = t + "-h-" + g.key();
                top.add(new HeaderCell(gid, g.label(), g.subs().size(), 1, false));
                for (Sub<C> s : g.subs()) {
                    String id = t + "-h-" + s.column().key();
                    second.add(new HeaderCell(id, s.label(), 1, 1, false));
                    order.add(s);
                    headerIds.add(gid + " " + id);
                }
            }
        }
        if (remark) top.add(new HeaderCell(t + "-h-remark", "备注", 1, 2, false));

        List<Row> rows = new ArrayList<>();
        List<Cell> totalCells = new ArrayList<>();
        String totalId = t + "-r-total";
        totalCells.add(Cell.rowHeader(totalId, "合计", 2));
        addAmounts(totalCells, body.total().cells(), order, headerIds, totalId, "total");
        if (remark) totalCells.add(Cell.blank());
        rows.add(new Row(totalCells, "total"));
        for (CodedRow<K, C> r : body.rows()) {
            String rid = t + "-r-" + r.code().digits();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.rowHeader(rid + "-code", r.code().digits()));
            cells.add(Cell.rowHeader(rid, r.name()));
            addAmounts(cells, r.cells(), order, headerIds, rid + "-code " + rid, r.code().digits());
            if (remark) cells.add(Cell.text(r.remarkOpt().map(Object::toString).orElse("")));
            rows.add(new Row(cells, "level-" + level(r.code())));
        }
        return table(table, List.of(top, second), rows);
    }

    private <C extends Enum<C> & Column> void addAmounts(List<Cell> out, Cells<C> cells, List<Sub<C>> order,
                                                         List<String> headerIds, String rowHeaders, String rowKey) {
        for (int i = 0; i < order.size(); i++) {
            C c = order.get(i).column();
            out.add(amountCell(cells.get(c).orElse(null), headerIds.get(i) + " " + rowHeaders, rowKey, c.key()));
        }
    }

    private Cell amountCell(Amount a, String headers, String row, String col) {
        return Cell.amount(format.format(a), headers, row, col);
    }

    private static int level(ClassificationCode code) {
        return code instanceof FunctionCode f ? f.level() : ((cn.gongkai.model.EconomicCode) code).level();
    }

    // ---- 公开01 and 公开04: two-sided summaries ---------------------------------------------------

    /** One side of a row in a two-sided summary: its label and its amount cells. */
    private record Side(String id, String label, List<Cell> amounts) {
    }

    private TableView summary(IncomeExpenditureSummary s) {
        String t = s.kind().slug();
        List<HeaderCell> top = List.of(new HeaderCell(t + "-h-income", "收入", 2, 1, false),
                new HeaderCell(t + "-h-expenditure", "支出", 2, 1, false));
        List<HeaderCell> second = List.of(new HeaderCell(t + "-h-income-item", "项目", 1, 1, false),
                new HeaderCell(t + "-h-income-amount", "决算数", 1, 1, false),
                new HeaderCell(t + "-h-expenditure-item", "项目", 1, 1, false),
                new HeaderCell(t + "-h-expenditure-amount", "决算数", 1, 1, false));
        String inCols = t + "-h-income " + t + "-h-income-amount";
        String outCols = t + "-h-expenditure " + t + "-h-expenditure-amount";

        List<Side> left = incomeSides(t, List.of(IncomeSource.values()), s.income(), inCols);
        List<Side> right = new ArrayList<>();
        for (CodedRow<FunctionCode, SummaryAmount> r : s.expenditure()) {
            String id = t + "-r-" + r.code().digits();
            right.add(new Side(id, numbered(r.code(), r.name()),
                    List.of(amountCell(r.cells().get(SummaryAmount.AMOUNT).orElse(null), outCols + " " + id, r.code().digits(), "amount"))));
        }
        List<Row> rows = pair(left, right, 1, "line");
        SummaryTotal[][] closing = {
                {SummaryTotal.INCOME_TOTAL, SummaryTotal.EXPENDITURE_TOTAL},
                {SummaryTotal.BUSINESS_FUND_OFFSET, SummaryTotal.SURPLUS_DISTRIBUTION},
                {SummaryTotal.OPENING_BALANCE, SummaryTotal.CLOSING_BALANCE},
                {SummaryTotal.INCOME_GRAND_TOTAL, SummaryTotal.EXPENDITURE_GRAND_TOTAL}};
        for (SummaryTotal[] pair : closing) {
            Function<SummaryTotal, Side> side = k -> {
                String id = t + "-r-" + k.key();
                String cols = k.ordinal() < SummaryTotal.EXPENDITURE_TOTAL.ordinal() ? inCols : outCols;
                return new Side(id, k.label(), List.of(amountCell(s.totals().get(k).orElse(null), cols + " " + id, k.key(), "amount")));
            };
            boolean total = pair[0] == SummaryTotal.INCOME_TOTAL || pair[0] == SummaryTotal.INCOME_GRAND_TOTAL;
            rows.addAll(pair(List.of(side.apply(pair[0])), List.of(side.apply(pair[1])), 1, total ? "total" : "line"));
        }
        return table(s, List.of(top, second), rows);
    }

    private TableView fiscalSummary(FiscalAppropriationSummary s) {
        String t = s.kind().slug();
        List<FiscalColumn> funds = new ArrayList<>(List.of(FiscalColumn.TOTAL, FiscalColumn.GENERAL_BUDGET, FiscalColumn.GOVERNMENT_FUND));
        boolean stateCapital = catalog.year() >= TableKind.NINE_TABLES_FROM || hasStateCapital(s);
        if (stateCapital) funds.add(FiscalColumn.STATE_CAPITAL);
        List<HeaderCell> top = List.of(new HeaderCell(t + "-h-income", "收入", 2, 1, false),
                new HeaderCell(t + "-h-expenditure", "支出", 1 + funds.size(), 1, false));
        List<HeaderCell> second = new ArrayList<>(List.of(new HeaderCell(t + "-h-income-item", "项目", 1, 1, false),
                new HeaderCell(t + "-h-income-amount", "决算数", 1, 1, false),
                new HeaderCell(t + "-h-expenditure-item", "项目", 1, 1, false)));
        for (FiscalColumn f : funds) second.add(new HeaderCell(t + "-h-" + f.key(), f.label(), 1, 1, false));
        String inCols = t + "-h-income " + t + "-h-income-amount";

        List<Side> left = incomeSides(t, List.of(IncomeSource.GENERAL_BUDGET, IncomeSource.GOVERNMENT_FUND,
                IncomeSource.STATE_CAPITAL), s.income(), inCols);
        List<Side> right = new ArrayList<>();
        for (CodedRow<FunctionCode, FiscalColumn> r : s.expenditure()) {
            String id = t + "-r-" + r.code().digits();
            right.add(new Side(id, numbered(r.code(), r.name()), fundCells(t, r.cells(), funds, id, r.code().digits())));
        }
        List<Row> rows = pair(left, right, funds.size(), "line");
        rows.addAll(pair(List.of(single(t, "income_total", "本年收入合计", s.incomeTotal(), inCols)),
                List.of(new Side(t + "-r-expenditure_total", "本年支出合计",
                        fundCells(t, s.expenditureTotal(), funds, t + "-r-expenditure_total", "expenditure_total"))), funds.size(), "total"));
        String openId = t + "-r-opening_balance";
        rows.addAll(pair(List.of(new Side(openId, "年初财政拨款结转和结余",
                        List.of(amountCell(s.openingBalance().get(FiscalColumn.TOTAL).orElse(null), inCols + " " + openId, "opening_balance", "total")))),
                List.of(new Side(t + "-r-closing_balance", "年末财政拨款结转和结余",
                        fundCells(t, s.closingBalance(), funds, t + "-r-closing_balance", "closing_balance"))), funds.size(), "line"));
        String[] numerals = {"一", "二", "三"};
        List<Side> openingFunds = new ArrayList<>();
        for (int i = 1; i < funds.size(); i++) {
            FiscalColumn f = funds.get(i);
            String id = openId + "-" + f.key();
            openingFunds.add(new Side(id, numerals[i - 1] + "、" + f.label(),
                    List.of(amountCell(s.openingBalance().get(f).orElse(null), inCols + " " + openId + " " + id, "opening_balance", f.key()))));
        }
        rows.addAll(pair(openingFunds, List.of(), funds.size(), "line sub"));
        rows.addAll(pair(List.of(single(t, "income_grand_total", "收入总计", s.incomeGrandTotal(), inCols)),
                List.of(new Side(t + "-r-expenditure_grand_total", "支出总计",
                        fundCells(t, s.expenditureGrandTotal(), funds, t + "-r-expenditure_grand_total", "expenditure_grand_total"))),
                funds.size(), "total"));
        return table(s, List.of(top, second), rows);
    }

    /** The numbered income lines of a summary table: "1、一般公共预算财政拨款" and its amount. */
    private List<Side> incomeSides(String t, List<IncomeSource> sources, Cells<IncomeSource> income, String inCols) {
        List<Side> out = new ArrayList<>();
        for (IncomeSource src : sources) {
            String id = t + "-r-" + src.key();
            out.add(new Side(id, (out.size() + 1) + "、" + src.label(),
                    List.of(amountCell(income.get(src).orElse(null), inCols + " " + id, src.key(), "amount"))));
        }
        return out;
    }

    private static boolean hasStateCapital(FiscalAppropriationSummary s) {
        return s.expenditure().stream().anyMatch(r -> !r.cells().isBlank(FiscalColumn.STATE_CAPITAL))
                || !s.expenditureTotal().isBlank(FiscalColumn.STATE_CAPITAL) || !s.closingBalance().isBlank(FiscalColumn.STATE_CAPITAL)
                || !s.openingBalance().isBlank(FiscalColumn.STATE_CAPITAL) || !s.expenditureGrandTotal().isBlank(FiscalColumn.STATE_CAPITAL);
    }

    private Side single(String t, String key, String label, Amount a, String cols) {
        String id = t + "-r-" + key;
        return new Side(id, label, List.of(amountCell(a, cols + " " + id, key, "amount")));
    }

    private List<Cell> fundCells(String t, Cells<FiscalColumn> cells, List<FiscalColumn> funds, String rowId, String rowKey) {
        List<Cell> out = new ArrayList<>();
        for (FiscalColumn f : funds) {
            out.add(amountCell(cells.get(f).orElse(null), t + "-h-expenditure " + t + "-h-" + f.key() + " " + rowId, rowKey, f.key()));
        }
        return out;
    }

    /** Lays two lists of sides next to each other; the shorter side is padded with blank cells. */
    private static List<Row> pair(List<Side> left, List<Side> right, int rightAmounts, String kind) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Cell> cells = new ArrayList<>();
            addSide(cells, i < left.size() ? left.get(i) : null, 1);
            addSide(cells, i < right.size() ? right.get(i) : null, rightAmounts);
            rows.add(new Row(cells, kind));
        }
        return rows;
    }

    private static void addSide(List<Cell> cells, Side side, int amounts) {
        if (side == null) {
            for (int k = 0; k <= amounts; k++) cells.add(Cell.blank());
            return;
        }
        cells.add(Cell.rowHeader(side.id(), side.label()));
        cells.addAll(side.amounts());
    }

    /** "1、一般公共服务支出": the line number the 类 takes on the summary tables, when the catalog has one. */
    private String numbered(FunctionCode code, String name) {
        return catalog.summaryLine(code).stream().mapToObj(n -> n + "、" + name).findFirst().orElse(name);
    }

    // ---- 公开07 ----------------------------------------------------------------------------------

    private TableView threePublic(ThreePublicExpenses s) {
        String t = s.kind().slug();
        String g = t + "-h-three-public";
        String v = t + "-h-vehicles-group";
        List<HeaderCell> r1 = List.of(new HeaderCell(t + "-h-item", "项目", 1, 3, false),
                new HeaderCell(g, "一般公共预算财政拨款安排的“三公”经费", 6, 1, false),
                new HeaderCell(t + "-h-meeting", "会议费", 1, 3, false),
                new HeaderCell(t + "-h-training", "培训费", 1, 3, false));
        List<HeaderCell> r2 = List.of(new HeaderCell(t + "-h-total", "小计", 1, 2, false),
                new HeaderCell(t + "-h-overseas", "因公出国（境）费用", 1, 2, false),
                new HeaderCell(t + "-h-reception", "公务接待费", 1, 2, false),
                new HeaderCell(v, "公务用车购置及运行维护费", 3, 1, false));
        List<HeaderCell> r3 = List.of(new HeaderCell(t + "-h-vehicles", "小计", 1, 1, false),
                new HeaderCell(t + "-h-vehicle_purchase", "公务用车购置费", 1, 1, false),
                new HeaderCell(t + "-h-vehicle_operation", "公务用车运行维护费", 1, 1, false));
        List<HeaderCell> numbers = new ArrayList<>();
        numbers.add(new HeaderCell(null, "", 1, 1, true));
        for (int i = 1; i <= 6; i++) numbers.add(new HeaderCell(null, String.valueOf(i), 1, 1, true));
        numbers.add(new HeaderCell(null, "", 1, 1, true));
        numbers.add(new HeaderCell(null, "", 1, 1, true));
        List<Row> rows = new ArrayList<>();
        rows.add(threePublicRow(t, "budget", "预算数", s.budget(), g, v));
        rows.add(threePublicRow(t, "actual", "决算数", s.actual(), g, v));
        return table(s, List.of(r1, r2, r3, numbers), rows);
    }

    private Row threePublicRow(String t, String key, String label, Cells<ThreePublicColumn> cells, String group, String vehicles) {
        String id = t + "-r-" + key;
        List<Cell> out = new ArrayList<>();
        out.add(Cell.rowHeader(id, label));
        for (ThreePublicColumn c : ThreePublicColumn.values()) {
            String colHeaders = switch (c) {
                case MEETING, TRAINING -> t + "-h-" + c.key();
                case VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION -> group + " " + vehicles + " " + t + "-h-" + c.key();
                default -> group + " " + t + "-h-" + c.key();
            };
            out.add(amountCell(cells.get(c).orElse(null), colHeaders + " " + id, key, c.key()));
        }
        return new Row(out, "line");
    }

    private TableView table(DisclosureTable t, List<List<HeaderCell>> head, List<Row> rows) {
        TableMeta meta = t.meta();
        String heading = ChineseNumerals.of(meta.kind().ordinal1()) + "、" + meta.title();
        String id = meta.kind().slug();
        return new TableView(id, meta.kind().number(), meta.title(), heading, preparer, format.unitFor(fileUnit).label(),
                head, rows, meta.noteOpt().map(Object::toString).orElse(null),
                meta.emptyReasonOpt().map(Object::toString).orElse(null), t.isEmpty(),
                DOWNLOADS + id + ".csv", DOWNLOADS + id + ".json");
    }
}
