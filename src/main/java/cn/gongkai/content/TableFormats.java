package cn.gongkai.content;

import cn.gongkai.content.CodedTables.RowDraft;
import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ListShape;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.content.shape.Shape;
import cn.gongkai.content.shape.Values;
import cn.gongkai.model.Amount;
import cn.gongkai.model.ClassificationCode;
import cn.gongkai.model.EconomicCode;
import cn.gongkai.model.Finding;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.Text;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The YAML form of each standard table, under {@code tables:} in final-accounts.yaml. Adding a
 * table type means adding its model record, one entry here, and its view.
 */
final class TableFormats {

    private static final Field<Text> TITLE = Field.optional("title", "表名（不填则用标准表名）", Scalars.text());
    private static final Field<Text> NOTE = Field.optional("note", "表注（表下方的「注：」文字）", Scalars.text());
    private static final Field<Text> EMPTY_REASON = Field.optional("empty_reason", "表格为空的理由（空表必填）", Scalars.text())
            .describedAs("本表无数据时填写，印在表下方并列入「表格为空的理由」；有数据的表不得填写。");
    private static final Field<Text> NAME = Field.optional("name", "科目名称（不填则取分类目录中的名称）", Scalars.text());
    private static final Field<Text> REMARK = Field.optional("remark", "备注", Scalars.text());

    private static final Map<TableKind, ObjectShape<Draft<? extends DisclosureTable>>> FORMATS = new EnumMap<>(TableKind.class);

    static {
        FORMATS.put(TableKind.SUMMARY, summary());
        FORMATS.put(TableKind.INCOME, coded(TableKind.INCOME, Scalars.functionCode(), IncomeColumn.class, false,
                (m, t) -> new IncomeByFunction(m, t)));
        FORMATS.put(TableKind.EXPENDITURE, coded(TableKind.EXPENDITURE, Scalars.functionCode(), ExpenditureColumn.class, false,
                (m, t) -> new ExpenditureByFunction(m, t)));
        FORMATS.put(TableKind.FISCAL_SUMMARY, fiscalSummary());
        FORMATS.put(TableKind.GENERAL_BUDGET, coded(TableKind.GENERAL_BUDGET, Scalars.functionCode(), GeneralBudgetColumn.class, true,
                (m, t) -> new GeneralBudgetExpenditure(m, t)));
        FORMATS.put(TableKind.BASIC_EXPENDITURE, coded(TableKind.BASIC_EXPENDITURE, Scalars.economicCode(), BasicEconomicColumn.class, true,
                (m, t) -> new BasicExpenditureByEconomic(m, t)));
        FORMATS.put(TableKind.THREE_PUBLIC, threePublic());
        FORMATS.put(TableKind.GOVERNMENT_FUND, coded(TableKind.GOVERNMENT_FUND, Scalars.functionCode(), FundColumn.class, false,
                (m, t) -> new GovernmentFundTable(m, t)));
        FORMATS.put(TableKind.STATE_CAPITAL, coded(TableKind.STATE_CAPITAL, Scalars.functionCode(), StateCapitalColumn.class, false,
                (m, t) -> new StateCapitalTable(m, t)));
    }

    private TableFormats() {
    }

    /** The {@code tables:} map: one optional key per table kind. */
    static ObjectShape<List<Draft<? extends DisclosureTable>>> tables() {
        Map<TableKind, Field<Draft<? extends DisclosureTable>>> fields = new LinkedHashMap<>();
        for (TableKind k : TableKind.values()) {
            fields.put(k, Field.optional(k.key(), k.number() + " " + k.defaultTitle(), FORMATS.get(k)));
        }
        return new ObjectShape<>("决算表（tables）", new ArrayList<>(fields.values()), v -> {
            List<Draft<? extends DisclosureTable>> out = new ArrayList<>();
            fields.values().forEach(f -> v.opt(f).ifPresent(out::add));
            return out;
        });
    }

    private static List<Field<?>> withMeta(List<Field<?>> rest) {
        List<Field<?>> all = new ArrayList<>(List.of(TITLE, NOTE, EMPTY_REASON));
        all.addAll(rest);
        return all;
    }

    private static TableMeta meta(TableKind kind, Values v) {
        String title = v.opt(TITLE).map(Text::value).orElse(kind.defaultTitle());
        return new TableMeta(kind, title, v.at(), v.get(NOTE), v.get(EMPTY_REASON));
    }

    private static <K extends ClassificationCode, C extends Enum<C> & Column> ObjectShape<RowDraft<K, C>> row(
            String title, Shape<K> code, ColumnFields<C> columns, boolean remark) {
        Field<K> codeField = Field.required("code", "科目编码", code);
        List<Field<?>> fields = new ArrayList<>(List.of(codeField, NAME));
        if (remark) fields.add(REMARK);
        fields.addAll(columns.fields());
        return new ObjectShape<>(title, fields,
                v -> new RowDraft<>(v.get(codeField), v.get(NAME), columns.cells(v), v.get(REMARK), v.at()));
    }

    private static <K extends ClassificationCode & Comparable<K>, C extends Enum<C> & Column, T extends DisclosureTable>
    ObjectShape<Draft<? extends DisclosureTable>> coded(TableKind kind, Shape<K> code, Class<C> type, boolean remark,
                                                        BiFunction<TableMeta, CodedTable<K, C>, T> make) {
        ColumnFields<C> columns = ColumnFields.of(type);
        Field<Cells<C>> total = Field.optional("total", "合计行（不填则由各类汇总）", columns.shape(kind.number() + "合计行"));
        Field<List<RowDraft<K, C>>> rows = Field.optional("rows", "科目行（类、款、项）",
                new ListShape<>(row(kind.number() + "科目行", code, columns, remark)));
        return new ObjectShape<>(kind.number() + " " + kind.defaultTitle(), withMeta(List.of(total, rows)),
                v -> r -> make.apply(meta(kind, v), CodedTables.build(type, v.opt(rows).orElse(List.of()),
                        v.get(total), v.at(total), v.at(), r)));
    }

    private static ObjectShape<Draft<? extends DisclosureTable>> summary() {
        TableKind kind = TableKind.SUMMARY;
        ColumnFields<IncomeSource> income = ColumnFields.of(IncomeSource.class);
        ColumnFields<SummaryTotal> totals = ColumnFields.of(SummaryTotal.class);
        Field<Cells<IncomeSource>> incomeField = Field.optional("income", "收入（按来源）", income.shape("公开01表收入"));
        Field<List<RowDraft<FunctionCode, SummaryAmount>>> lines = Field.optional("expenditure", "支出（按功能分类类级科目，逐行列出表上印出的行）",
                new ListShape<>(row("公开01表支出行", Scalars.functionCode(), ColumnFields.of(SummaryAmount.class), false)));
        List<Field<?>> fields = new ArrayList<>(List.of(incomeField, lines));
        fields.addAll(totals.fields());
        return new ObjectShape<>(kind.number() + " " + kind.defaultTitle(), withMeta(fields),
                v -> r -> new IncomeExpenditureSummary(meta(kind, v),
                        v.opt(incomeField).orElse(Cells.empty(IncomeSource.class)), totals.cells(v),
                        resolveLines(v.opt(lines).orElse(List.of()), r)));
    }

    private static ObjectShape<Draft<? extends DisclosureTable>> fiscalSummary() {
        TableKind kind = TableKind.FISCAL_SUMMARY;
        ColumnFields<IncomeSource> income = ColumnFields.of(IncomeSource.class,
                List.of(IncomeSource.GENERAL_BUDGET, IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL));
        ColumnFields<FiscalColumn> fund = ColumnFields.of(FiscalColumn.class);
        Field<Cells<IncomeSource>> incomeField = Field.optional("income", "本年收入（按资金性质）", income.shape("公开04表收入"));
        Field<Amount> incomeTotal = Field.optional("income_total", "本年收入合计", Scalars.amount());
        Field<Cells<FiscalColumn>> opening = Field.optional("opening_balance", "年初财政拨款结转和结余（合计及分资金性质）",
                fund.shape("公开04表年初财政拨款结转和结余"));
        Field<Amount> incomeGrand = Field.optional("income_grand_total", "收入总计", Scalars.amount());
        Field<List<RowDraft<FunctionCode, FiscalColumn>>> lines = Field.optional("expenditure", "本年支出（按功能分类类级科目）",
                new ListShape<>(row("公开04表支出行", Scalars.functionCode(), fund, false)));
        Field<Cells<FiscalColumn>> expTotal = Field.optional("expenditure_total", "本年支出合计", fund.shape("公开04表本年支出合计"));
        Field<Cells<FiscalColumn>> closing = Field.optional("closing_balance", "年末财政拨款结转和结余", fund.shape("公开04表年末财政拨款结转和结余"));
        Field<Cells<FiscalColumn>> expGrand = Field.optional("expenditure_grand_total", "支出总计", fund.shape("公开04表支出总计"));
        return new ObjectShape<>(kind.number() + " " + kind.defaultTitle(),
                withMeta(List.of(incomeField, incomeTotal, opening, incomeGrand, lines, expTotal, closing, expGrand)),
                v -> r -> new FiscalAppropriationSummary(meta(kind, v),
                        v.opt(incomeField).orElse(Cells.empty(IncomeSource.class)), v.get(incomeTotal),
                        v.opt(opening).orElse(Cells.empty(FiscalColumn.class)), v.get(incomeGrand),
                        resolveLines(v.opt(lines).orElse(List.of()), r),
                        v.opt(expTotal).orElse(Cells.empty(FiscalColumn.class)),
                        v.opt(closing).orElse(Cells.empty(FiscalColumn.class)),
                        v.opt(expGrand).orElse(Cells.empty(FiscalColumn.class))));
    }

    private static ObjectShape<Draft<? extends DisclosureTable>> threePublic() {
        TableKind kind = TableKind.THREE_PUBLIC;
        ColumnFields<ThreePublicColumn> columns = ColumnFields.of(ThreePublicColumn.class);
        Field<Cells<ThreePublicColumn>> budget = Field.optional("budget", "预算数", columns.shape("公开07表预算数"));
        Field<Cells<ThreePublicColumn>> actual = Field.optional("actual", "决算数", columns.shape("公开07表决算数"));
        return new ObjectShape<>(kind.number() + " " + kind.defaultTitle(), withMeta(List.of(budget, actual)),
                v -> r -> new ThreePublicExpenses(meta(kind, v),
                        v.opt(budget).orElse(Cells.empty(ThreePublicColumn.class)),
                        v.opt(actual).orElse(Cells.empty(ThreePublicColumn.class))));
    }

    /** Lines of a summary table (公开01/04): 类 codes only, names resolved, in code order. */
    private static <C extends Enum<C> & Column> List<CodedRow<FunctionCode, C>> resolveLines(
            List<RowDraft<FunctionCode, C>> drafts, Resolver r) {
        Map<FunctionCode, CodedRow<FunctionCode, C>> out = new LinkedHashMap<>();
        for (RowDraft<FunctionCode, C> d : drafts) {
            if (!d.code().isTopLevel()) {
                r.report(Finding.error("CODE04", d.at(), "总表的支出行只列类级科目（3 位编码），实际为 "
                        + d.code().levelName() + "级科目 " + d.code().digits(), "3 位类级编码", d.code().digits()));
                continue;
            }
            if (out.containsKey(d.code())) {
                r.report(Finding.error("CODE03", d.at(), "科目编码 " + d.code().digits() + " 在本表中重复出现（第一次在第 "
                        + out.get(d.code()).at().line() + " 行）；每个科目只能写一行"));
                continue;
            }
            out.put(d.code(), new CodedRow<>(d.code(), r.name(d.code(), d.name(), d.at()), d.name(), d.cells(), null, d.at(), false));
        }
        return out.values().stream().sorted(Comparator.comparing(CodedRow::code)).toList();
    }
}
