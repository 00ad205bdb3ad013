package cn.gongkai.validate;

import cn.gongkai.model.EconomicCode;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.BasicExpenditureByEconomic;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.CodedTable;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.ExpenditureByFunction;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.FiscalAppropriationSummary;
import cn.gongkai.model.table.FiscalColumn;
import cn.gongkai.model.table.FundColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.GeneralBudgetExpenditure;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.IncomeExpenditureSummary;
import cn.gongkai.model.table.IncomeSource;
import cn.gongkai.model.table.StateCapitalColumn;
import cn.gongkai.model.table.SummaryAmount;
import cn.gongkai.model.table.SummaryTotal;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.model.table.ThreePublicExpenses;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.gongkai.model.table.TableKind.BASIC_EXPENDITURE;
import static cn.gongkai.model.table.TableKind.EXPENDITURE;
import static cn.gongkai.model.table.TableKind.FISCAL_SUMMARY;
import static cn.gongkai.model.table.TableKind.GENERAL_BUDGET;
import static cn.gongkai.model.table.TableKind.INCOME;
import static cn.gongkai.model.table.TableKind.SUMMARY;
import static cn.gongkai.model.table.TableKind.THREE_PUBLIC;

/** The equalities between tables (X01–X13): the same figure must agree wherever it is published. */
final class CrossTableChecks implements Check {

    /** 公开06 basic-spending lines that 公开07 reports in full (basic + project), so 06 ≤ 07. */
    private static final Map<String, ThreePublicColumn> SIX_TO_SEVEN = Map.of(
            "30212", ThreePublicColumn.OVERSEAS, "30215", ThreePublicColumn.MEETING, "30216", ThreePublicColumn.TRAINING,
            "30217", ThreePublicColumn.RECEPTION, "30231", ThreePublicColumn.VEHICLE_OPERATION,
            "31013", ThreePublicColumn.VEHICLE_PURCHASE);

    @Override
    public void check(FinalAccounts fa, Report r) {
        var t = fa.tables();
        t.summary().ifPresent(s -> {
            t.income().ifPresent(i -> r.equal("X01", "公开01表 本年收入合计 = 公开02表 合计", summaryTotal(s, SummaryTotal.INCOME_TOTAL),
                    Refs.total(INCOME, i.body().total(), IncomeColumn.TOTAL)));
            t.expenditure().ifPresent(e -> summaryVsExpenditure(s, e, r));
            t.fiscalSummary().ifPresent(f -> {
                for (IncomeSource src : List.of(IncomeSource.GENERAL_BUDGET, IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL)) {
                    r.equal("X04", "公开01表与公开04表的财政拨款收入一致", Refs.line(SUMMARY, src.label(), s.income(), src, s.meta().at()),
                            Refs.line(FISCAL_SUMMARY, src.label(), f.income(), src, f.meta().at()));
                }
            });
        });
        t.fiscalSummary().ifPresent(f -> {
            t.income().ifPresent(i -> r.equal("X05", "公开02表 财政拨款收入合计 = 公开04表 本年收入合计",
                    new CellRef("公开04表 本年收入合计", f.incomeTotal(), f.meta().at()), Refs.total(INCOME, i.body().total(), IncomeColumn.FISCAL)));
            t.expenditure().ifPresent(e -> fiscalWithinAll(f, e, r));
            t.generalBudget().ifPresent(g -> generalBudgetVsFiscal(f, g, r));
            t.governmentFund().ifPresent(g -> fundVsFiscal(f, TableKind.GOVERNMENT_FUND, g.body(), FiscalColumn.GOVERNMENT_FUND,
                    FundColumn.EXPENDITURE, Optional.of(FundColumn.INCOME), Optional.of(FundColumn.OPENING), Optional.of(FundColumn.CLOSING), "X11", r));
            t.stateCapital().ifPresent(g -> fundVsFiscal(f, TableKind.STATE_CAPITAL, g.body(), FiscalColumn.STATE_CAPITAL,
                    StateCapitalColumn.TOTAL, Optional.empty(), Optional.empty(), Optional.empty(), "X12", r));
        });
        t.generalBudget().ifPresent(g -> {
            t.basicExpenditure().ifPresent(b -> basicVsGeneralBudget(g, b, r));
            t.expenditure().ifPresent(e -> generalBudgetWithinExpenditure(g, e, r));
        });
        t.basicExpenditure().ifPresent(b -> t.threePublic().ifPresent(tp -> basicVsThreePublic(b, tp, r)));
    }

    private static CellRef summaryTotal(IncomeExpenditureSummary s, SummaryTotal k) {
        return Refs.line(SUMMARY, k.label(), s.totals(), k, s.meta().at());
    }

    private static void summaryVsExpenditure(IncomeExpenditureSummary s, ExpenditureByFunction e, Report r) {
        r.equal("X02", "公开01表 本年支出合计 = 公开03表 合计", summaryTotal(s, SummaryTotal.EXPENDITURE_TOTAL),
                Refs.total(EXPENDITURE, e.body().total(), ExpenditureColumn.TOTAL));
        Set<FunctionCode> classes = new LinkedHashSet<>();
        s.expenditure().forEach(l -> classes.add(l.code()));
        e.body().topLevel().forEach(row -> classes.add(row.code()));
        for (FunctionCode c : classes) {
            Optional<CodedRow<FunctionCode, SummaryAmount>> line = s.expenditure().stream().filter(l -> l.code().equals(c)).findFirst();
            Optional<CodedRow<FunctionCode, ExpenditureColumn>> row = e.body().row(c);
            CellRef lineRef = line.map(l -> Refs.row(SUMMARY, l, SummaryAmount.AMOUNT))
                    .orElse(new CellRef(SUMMARY.number() + " " + c.digits() + "（未列出）", null, s.meta().at()));
            CellRef rowRef = row.map(x -> Refs.row(EXPENDITURE, x, ExpenditureColumn.TOTAL))
                    .orElse(new CellRef(EXPENDITURE.number() + " " + c.digits() + "（未列出）", null, e.meta().at()));
            r.equal("X03", "公开01表 各类支出 = 公开03表 同一类级科目的合计", rowRef, lineRef);
        }
    }

    private static void fiscalWithinAll(FiscalAppropriationSummary f, ExpenditureByFunction e, Report r) {
        r.atMost("X06", null, "公开04表 财政拨款支出 ≤ 公开03表 全部支出",
                Refs.line(FISCAL_SUMMARY, "本年支出合计", f.expenditureTotal(), FiscalColumn.TOTAL, f.meta().at()),
                Refs.total(EXPENDITURE, e.body().total(), ExpenditureColumn.TOTAL));
        for (CodedRow<FunctionCode, FiscalColumn> line : f.expenditure()) {
            CellRef all = e.body().row(line.code()).map(x -> Refs.row(EXPENDITURE, x, ExpenditureColumn.TOTAL))
                    .orElse(new CellRef(EXPENDITURE.number() + " " + line.code().digits() + "（未列出）", null, e.meta().at()));
            r.atMost("X06", null, "公开04表 财政拨款支出 ≤ 公开03表 全部支出", Refs.row(FISCAL_SUMMARY, line, FiscalColumn.TOTAL), all);
        }
    }

    private static void generalBudgetVsFiscal(FiscalAppropriationSummary f, GeneralBudgetExpenditure g, Report r) {
        CellRef fiscalTotal = Refs.line(FISCAL_SUMMARY, "本年支出合计", f.expenditureTotal(), FiscalColumn.GENERAL_BUDGET, f.meta().at());
        if (!fiscalTotal.blank()) {
            r.equal("X07", "公开05表 合计 = 公开04表 一般公共预算财政拨款支出", fiscalTotal,
                    Refs.total(GENERAL_BUDGET, g.body().total(), GeneralBudgetColumn.TOTAL));
        }
        Set<FunctionCode> classes = new LinkedHashSet<>();
        f.expenditure().forEach(l -> classes.add(l.code()));
        g.body().topLevel().forEach(row -> classes.add(row.code()));
        for (FunctionCode c : classes) {
            CellRef line = f.expenditure().stream().filter(l -> l.code().equals(c)).findFirst()
                    .map(l -> Refs.row(FISCAL_SUMMARY, l, FiscalColumn.GENERAL_BUDGET))
                    .orElse(new CellRef(FISCAL_SUMMARY.number() + " " + c.digits() + "（未列出）", null, f.meta().at()));
            CellRef row = g.body().row(c).map(x -> Refs.row(GENERAL_BUDGET, x, GeneralBudgetColumn.TOTAL))
                    .orElse(new CellRef(GENERAL_BUDGET.number() + " " + c.digits() + "（未列出）", null, g.meta().at()));
            r.equal("X07", "公开05表 各类 = 公开04表 同一类的一般公共预算财政拨款支出", line, row);
        }
    }

    private static <C extends Enum<C> & Column> void fundVsFiscal(FiscalAppropriationSummary f, TableKind kind, CodedTable<FunctionCode, C> body,
                                                                  FiscalColumn fund, C spent, Optional<C> income, Optional<C> opening,
                                                                  Optional<C> closing, String code, Report r) {
        String what = kind.number() + " 合计 = 公开04表 " + fund.label() + "栏";
        r.equal(code, what, Refs.line(FISCAL_SUMMARY, "本年支出合计", f.expenditureTotal(), fund, f.meta().at()), Refs.total(kind, body.total(), spent));
        income.ifPresent(c -> r.equal(code, what, Refs.line(FISCAL_SUMMARY, fund.label() + "收入", f.income(),
                fund == FiscalColumn.GOVERNMENT_FUND ? IncomeSource.GOVERNMENT_FUND : IncomeSource.STATE_CAPITAL, f.meta().at()),
                Refs.total(kind, body.total(), c)));
        opening.ifPresent(c -> r.equal(code, what, Refs.line(FISCAL_SUMMARY, "年初财政拨款结转和结余", f.openingBalance(), fund, f.meta().at()),
                Refs.total(kind, body.total(), c)));
        closing.ifPresent(c -> r.equal(code, what, Refs.line(FISCAL_SUMMARY, "年末财政拨款结转和结余", f.closingBalance(), fund, f.meta().at()),
                Refs.total(kind, body.total(), c)));
        for (CodedRow<FunctionCode, C> row : body.topLevel()) {
            CellRef line = f.expenditure().stream().filter(l -> l.code().equals(row.code())).findFirst()
                    .map(l -> Refs.row(FISCAL_SUMMARY, l, fund))
                    .orElse(new CellRef(FISCAL_SUMMARY.number() + " " + row.code().digits() + "（未列出）", null, f.meta().at()));
            r.equal(code, kind.number() + " 各类 = 公开04表 同一类的" + fund.label(), line, Refs.row(kind, row, spent));
        }
    }

    private static void basicVsGeneralBudget(GeneralBudgetExpenditure g, BasicExpenditureByEconomic b, Report r) {
        var gt = g.body().total();
        var bt = b.body().total();
        r.equal("X08", "公开06表 合计 = 公开05表 基本支出", Refs.total(GENERAL_BUDGET, gt, GeneralBudgetColumn.BASIC),
                Refs.total(BASIC_EXPENDITURE, bt, BasicEconomicColumn.TOTAL));
        r.equal("X08", "公开06表 人员经费 = 公开05表 人员经费", Refs.total(GENERAL_BUDGET, gt, GeneralBudgetColumn.PERSONNEL),
                Refs.total(BASIC_EXPENDITURE, bt, BasicEconomicColumn.PERSONNEL));
        r.equal("X08", "公开06表 公用经费 = 公开05表 公用经费", Refs.total(GENERAL_BUDGET, gt, GeneralBudgetColumn.PUBLIC),
                Refs.total(BASIC_EXPENDITURE, bt, BasicEconomicColumn.PUBLIC));
    }

    private static void generalBudgetWithinExpenditure(GeneralBudgetExpenditure g, ExpenditureByFunction e, Report r) {
        for (CodedRow<FunctionCode, GeneralBudgetColumn> row : g.body().rows()) {
            Optional<CodedRow<FunctionCode, ExpenditureColumn>> all = e.body().row(row.code());
            CellRef missing = new CellRef(EXPENDITURE.number() + " " + row.code().digits() + "（未列出）", null, e.meta().at());
            r.atMost("X13", null, "公开05表 一般公共预算支出 ≤ 公开03表 全部支出（基本支出）", Refs.row(GENERAL_BUDGET, row, GeneralBudgetColumn.BASIC),
                    all.map(x -> Refs.row(EXPENDITURE, x, ExpenditureColumn.BASIC)).orElse(missing));
            r.atMost("X13", null, "公开05表 一般公共预算支出 ≤ 公开03表 全部支出（项目支出）", Refs.row(GENERAL_BUDGET, row, GeneralBudgetColumn.PROJECT),
                    all.map(x -> Refs.row(EXPENDITURE, x, ExpenditureColumn.PROJECT)).orElse(missing));
        }
    }

    private static void basicVsThreePublic(BasicExpenditureByEconomic b, ThreePublicExpenses tp, Report r) {
        for (Map.Entry<String, ThreePublicColumn> e : new java.util.TreeMap<>(SIX_TO_SEVEN).entrySet()) {
            Optional<CodedRow<EconomicCode, BasicEconomicColumn>> row = b.body().row(EconomicCode.of(e.getKey()));
            if (row.isEmpty()) continue;
            CellRef basic = Refs.row(BASIC_EXPENDITURE, row.get(), BasicEconomicColumn.TOTAL);
            CellRef all = Refs.line(THREE_PUBLIC, "决算数", tp.actual(), e.getValue(), tp.meta().at());
            r.atMost("X09", "X10", "公开06表 基本支出中的" + e.getValue().label() + " ≤ 公开07表 决算数（公开07含项目支出）", basic, all);
        }
    }
}
