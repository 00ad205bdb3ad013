package cn.gongkai.validate;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.Location;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.FiscalAppropriationSummary;
import cn.gongkai.model.table.FiscalColumn;
import cn.gongkai.model.table.FundColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.IncomeExpenditureSummary;
import cn.gongkai.model.table.IncomeSource;
import cn.gongkai.model.table.StateCapitalColumn;
import cn.gongkai.model.table.SummaryAmount;
import cn.gongkai.model.table.SummaryTotal;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.model.table.ThreePublicExpenses;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static cn.gongkai.model.table.TableKind.FISCAL_SUMMARY;
import static cn.gongkai.model.table.TableKind.SUMMARY;
import static cn.gongkai.model.table.TableKind.THREE_PUBLIC;

/** The identities inside each table (T01xx–T09xx): totals of a row, of a side, carry-over balances. */
final class InTableChecks implements Check {

    @Override
    public void check(FinalAccounts fa, Report r) {
        fa.tables().summary().ifPresent(t -> summary(t, r));
        fa.tables().income().ifPresent(t -> {
            RowIdentities.check(r, "T0201", "公开02表 本年收入合计 = 各项收入之和", TableKind.INCOME, t.body(), IncomeColumn.TOTAL,
                    List.of(IncomeColumn.FISCAL, IncomeColumn.SUPERIOR_SUBSIDY, IncomeColumn.BUSINESS, IncomeColumn.OPERATING,
                            IncomeColumn.AFFILIATED, IncomeColumn.OTHER), null);
            for (CodedRow<?, IncomeColumn> row : t.body().rows()) {
                if (!row.computed()) {
                    r.atMost("T0202", null, "公开02表 其中：教育收费 ≤ 事业收入", Refs.row(TableKind.INCOME, row, IncomeColumn.BUSINESS_TUITION),
                            Refs.row(TableKind.INCOME, row, IncomeColumn.BUSINESS));
                }
            }
        });
        fa.tables().expenditure().ifPresent(t -> RowIdentities.check(r, "T0301",
                "公开03表 合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出", TableKind.EXPENDITURE, t.body(),
                ExpenditureColumn.TOTAL, List.of(ExpenditureColumn.BASIC, ExpenditureColumn.PROJECT, ExpenditureColumn.REMIT_SUPERIOR,
                        ExpenditureColumn.OPERATING, ExpenditureColumn.AFFILIATED_SUBSIDY), null));
        fa.tables().fiscalSummary().ifPresent(t -> fiscalSummary(t, r));
        fa.tables().generalBudget().ifPresent(t -> {
            RowIdentities.check(r, "T0501", "公开05表 基本支出 = 人员经费 + 公用经费", TableKind.GENERAL_BUDGET, t.body(),
                    GeneralBudgetColumn.BASIC, List.of(GeneralBudgetColumn.PERSONNEL, GeneralBudgetColumn.PUBLIC), null);
            RowIdentities.check(r, "T0502", "公开05表 本年支出合计 = 基本支出 + 项目支出", TableKind.GENERAL_BUDGET, t.body(),
                    GeneralBudgetColumn.TOTAL, List.of(GeneralBudgetColumn.BASIC, GeneralBudgetColumn.PROJECT), null);
        });
        fa.tables().basicExpenditure().ifPresent(t -> RowIdentities.check(r, "T0601", "公开06表 本年支出合计 = 人员经费 + 公用经费",
                TableKind.BASIC_EXPENDITURE, t.body(), BasicEconomicColumn.TOTAL,
                List.of(BasicEconomicColumn.PERSONNEL, BasicEconomicColumn.PUBLIC), null));
        fa.tables().threePublic().ifPresent(t -> threePublic(t, r));
        fa.tables().governmentFund().ifPresent(t -> {
            RowIdentities.check(r, "T0801", "公开08表 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出", TableKind.GOVERNMENT_FUND,
                    t.body(), FundColumn.CLOSING, List.of(FundColumn.OPENING, FundColumn.INCOME, FundColumn.EXPENDITURE), new int[]{1, 1, -1});
            RowIdentities.check(r, "T0802", "公开08表 本年支出 = 基本支出 + 项目支出", TableKind.GOVERNMENT_FUND, t.body(),
                    FundColumn.EXPENDITURE, List.of(FundColumn.BASIC, FundColumn.PROJECT), null);
        });
        fa.tables().stateCapital().ifPresent(t -> RowIdentities.check(r, "T0901", "公开09表 本年支出合计 = 基本支出 + 项目支出",
                TableKind.STATE_CAPITAL, t.body(), StateCapitalColumn.TOTAL, List.of(StateCapitalColumn.BASIC, StateCapitalColumn.PROJECT), null));
    }

    private static void summary(IncomeExpenditureSummary s, Report r) {
        Location at = s.meta().at();
        List<CellRef> income = new ArrayList<>();
        for (IncomeSource src : IncomeSource.values()) income.add(Refs.line(SUMMARY, src.label(), s.income(), src, at));
        r.breakdown("T0104", "公开01表 本年收入合计 = 各项收入之和", total(s, SummaryTotal.INCOME_TOTAL), income);
        r.sum("T0101", "公开01表 收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余", total(s, SummaryTotal.INCOME_GRAND_TOTAL),
                List.of(total(s, SummaryTotal.INCOME_TOTAL), total(s, SummaryTotal.BUSINESS_FUND_OFFSET), total(s, SummaryTotal.OPENING_BALANCE)), null);
        List<CellRef> lines = new ArrayList<>();
        for (CodedRow<?, SummaryAmount> row : s.expenditure()) lines.add(Refs.row(SUMMARY, row, SummaryAmount.AMOUNT));
        r.breakdown("T0105", "公开01表 本年支出合计 = 各类支出之和", total(s, SummaryTotal.EXPENDITURE_TOTAL), lines);
        r.sum("T0102", "公开01表 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", total(s, SummaryTotal.EXPENDITURE_GRAND_TOTAL),
                List.of(total(s, SummaryTotal.EXPENDITURE_TOTAL), total(s, SummaryTotal.SURPLUS_DISTRIBUTION), total(s, SummaryTotal.CLOSING_BALANCE)), null);
        r.equal("T0103", "公开01表 收入总计 = 支出总计", total(s, SummaryTotal.INCOME_GRAND_TOTAL), total(s, SummaryTotal.EXPENDITURE_GRAND_TOTAL));
    }

    private static CellRef total(IncomeExpenditureSummary s, SummaryTotal t) {
        return Refs.line(SUMMARY, t.label(), s.totals(), t, s.meta().at());
    }

    private static void fiscalSummary(FiscalAppropriationSummary s, Report r) {
        Location at = s.meta().at();
        List<FiscalColumn> funds = List.of(FiscalColumn.GENERAL_BUDGET, FiscalColumn.GOVERNMENT_FUND, FiscalColumn.STATE_CAPITAL);
        List<CellRef> income = new ArrayList<>();
        for (IncomeSource src : List.of(IncomeSource.GENERAL_BUDGET, IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL)) {
            income.add(Refs.line(FISCAL_SUMMARY, src.label(), s.income(), src, at));
        }
        CellRef incomeTotal = new CellRef("公开04表 本年收入合计", s.incomeTotal(), at);
        CellRef incomeGrand = new CellRef("公开04表 收入总计", s.incomeGrandTotal(), at);
        r.sum("T0402", "公开04表 本年收入合计 = 各项财政拨款收入之和", incomeTotal, income, null);
        r.sum("T0403", "公开04表 收入总计 = 本年收入合计 + 年初财政拨款结转和结余", incomeGrand,
                List.of(incomeTotal, line(s, "年初财政拨款结转和结余", s.openingBalance(), FiscalColumn.TOTAL)), null);
        r.equal("T0405", "公开04表 收入总计 = 支出总计", incomeGrand, line(s, "支出总计", s.expenditureGrandTotal(), FiscalColumn.TOTAL));
        r.breakdown("T0406", "公开04表 年初财政拨款结转和结余 = 各资金性质之和", line(s, "年初财政拨款结转和结余", s.openingBalance(), FiscalColumn.TOTAL),
                funds.stream().map(f -> line(s, "年初财政拨款结转和结余", s.openingBalance(), f)).toList());
        for (CodedRow<?, FiscalColumn> row : s.expenditure()) {
            r.breakdown("T0401", "公开04表 合计 = 各资金性质之和", Refs.row(FISCAL_SUMMARY, row, FiscalColumn.TOTAL),
                    Refs.rowCells(FISCAL_SUMMARY, row, funds));
        }
        record Line(String label, Cells<FiscalColumn> cells) { }
        List<Line> totals = List.of(new Line("本年支出合计", s.expenditureTotal()), new Line("年末财政拨款结转和结余", s.closingBalance()),
                new Line("支出总计", s.expenditureGrandTotal()));
        for (Line l : totals) {
            r.breakdown("T0401", "公开04表 合计 = 各资金性质之和", line(s, l.label(), l.cells(), FiscalColumn.TOTAL),
                    funds.stream().map(f -> line(s, l.label(), l.cells(), f)).toList());
        }
        for (FiscalColumn c : FiscalColumn.values()) {
            List<CellRef> lines = new ArrayList<>();
            for (CodedRow<?, FiscalColumn> row : s.expenditure()) lines.add(Refs.row(FISCAL_SUMMARY, row, c));
            r.breakdown("T0408", "公开04表 本年支出合计 = 各支出行之和", line(s, "本年支出合计", s.expenditureTotal(), c), lines);
            r.sum("T0404", "公开04表 支出总计 = 本年支出合计 + 年末财政拨款结转和结余", line(s, "支出总计", s.expenditureGrandTotal(), c),
                    List.of(line(s, "本年支出合计", s.expenditureTotal(), c), line(s, "年末财政拨款结转和结余", s.closingBalance(), c)), null);
        }
        for (int i = 0; i < funds.size(); i++) {
            FiscalColumn f = funds.get(i);
            CellRef spent = line(s, "本年支出合计", s.expenditureTotal(), f);
            if (spent.blank()) continue; // reported as a blank total (B01) by T0408
            r.sum("T0407", "公开04表 " + f.label() + "：年末结转和结余 = 年初 + 本年收入 − 本年支出", line(s, "年末财政拨款结转和结余", s.closingBalance(), f),
                    List.of(line(s, "年初财政拨款结转和结余", s.openingBalance(), f), income.get(i), spent), new int[]{1, 1, -1});
        }
    }

    private static CellRef line(FiscalAppropriationSummary s, String label, Cells<FiscalColumn> cells, FiscalColumn c) {
        return Refs.line(FISCAL_SUMMARY, label, cells, c, s.meta().at());
    }

    private static void threePublic(ThreePublicExpenses t, Report r) {
        record Row(String label, Cells<ThreePublicColumn> cells) { }
        for (Row row : List.of(new Row("预算数", t.budget()), new Row("决算数", t.actual()))) {
            Function<ThreePublicColumn, CellRef> cell =
                    c -> Refs.line(THREE_PUBLIC, row.label(), row.cells(), c, t.meta().at());
            r.breakdown("T0701", "公开07表 “三公”经费小计 = 因公出国（境）费用 + 公务接待费 + 公务用车购置及运行维护费（" + row.label() + "）",
                    cell.apply(ThreePublicColumn.TOTAL), List.of(cell.apply(ThreePublicColumn.OVERSEAS), cell.apply(ThreePublicColumn.RECEPTION),
                            cell.apply(ThreePublicColumn.VEHICLES)));
            r.breakdown("T0702", "公开07表 公务用车购置及运行维护费 = 购置费 + 运行维护费（" + row.label() + "）", cell.apply(ThreePublicColumn.VEHICLES),
                    List.of(cell.apply(ThreePublicColumn.VEHICLE_PURCHASE), cell.apply(ThreePublicColumn.VEHICLE_OPERATION)));
        }
    }
}
