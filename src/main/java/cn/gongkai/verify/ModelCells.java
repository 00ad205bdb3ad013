package cn.gongkai.verify;

import cn.gongkai.model.Amount;
import cn.gongkai.model.table.BasicExpenditureByEconomic;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.CodedTable;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.ExpenditureByFunction;
import cn.gongkai.model.table.FiscalAppropriationSummary;
import cn.gongkai.model.table.FiscalColumn;
import cn.gongkai.model.table.GeneralBudgetExpenditure;
import cn.gongkai.model.table.GovernmentFundTable;
import cn.gongkai.model.table.IncomeByFunction;
import cn.gongkai.model.table.IncomeExpenditureSummary;
import cn.gongkai.model.table.IncomeSource;
import cn.gongkai.model.table.StateCapitalTable;
import cn.gongkai.model.table.SummaryAmount;
import cn.gongkai.model.table.ThreePublicExpenses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every amount of a model table keyed by "row|col" — the {@code data-row} and {@code data-col} of
 * its published cell — written independently of the view code so verify (and the tests) can compare
 * a published page with the model it came from.
 */
public final class ModelCells {

    private ModelCells() {
    }

    public static Map<String, Amount> of(DisclosureTable table) {
        Map<String, Amount> out = new LinkedHashMap<>();
        switch (table.kind()) {
            case SUMMARY -> {
                IncomeExpenditureSummary s = (IncomeExpenditureSummary) table;
                s.income().asMap().forEach((c, a) -> out.put(c.key() + "|amount", a));
                s.totals().asMap().forEach((c, a) -> out.put(c.key() + "|amount", a));
                for (CodedRow<?, SummaryAmount> r : s.expenditure()) {
                    r.cells().get(SummaryAmount.AMOUNT).ifPresent(a -> out.put(r.code().digits() + "|amount", a));
                }
            }
            case FISCAL_SUMMARY -> {
                FiscalAppropriationSummary s = (FiscalAppropriationSummary) table;
                s.income().asMap().forEach((IncomeSource c, Amount a) -> out.put(c.key() + "|amount", a));
                s.incomeTotalOpt().ifPresent(a -> out.put("income_total|amount", a));
                s.incomeGrandTotalOpt().ifPresent(a -> out.put("income_grand_total|amount", a));
                s.openingBalance().asMap().forEach((FiscalColumn c, Amount a) -> out.put("opening_balance|" + c.key(), a));
                for (CodedRow<?, FiscalColumn> r : s.expenditure()) put(out, r.code().digits(), r.cells());
                put(out, "expenditure_total", s.expenditureTotal());
                put(out, "closing_balance", s.closingBalance());
                put(out, "expenditure_grand_total", s.expenditureGrandTotal());
            }
            case THREE_PUBLIC -> {
                ThreePublicExpenses s = (ThreePublicExpenses) table;
                put(out, "budget", s.budget());
                put(out, "actual", s.actual());
            }
            case INCOME -> coded(out, ((IncomeByFunction) table).body());
            case EXPENDITURE -> coded(out, ((ExpenditureByFunction) table).body());
            case GENERAL_BUDGET -> coded(out, ((GeneralBudgetExpenditure) table).body());
            case BASIC_EXPENDITURE -> coded(out, ((BasicExpenditureByEconomic) table).body());
            case GOVERNMENT_FUND -> coded(out, ((GovernmentFundTable) table).body());
            case STATE_CAPITAL -> coded(out, ((StateCapitalTable) table).body());
        }
        return out;
    }

    private static <C extends Enum<C> & Column> void coded(Map<String, Amount> out, CodedTable<?, C> body) {
        put(out, "total", body.total().cells());
        for (CodedRow<?, C> r : body.rows()) put(out, r.code().digits(), r.cells());
    }

    private static <C extends Enum<C> & Column> void put(Map<String, Amount> out, String row, Cells<C> cells) {
        cells.asMap().forEach((c, a) -> out.put(row + "|" + c.key(), a));
    }
}
