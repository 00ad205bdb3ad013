package cn.gongkai.model.table;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FunctionCode;

import java.util.List;
import java.util.Optional;

/**
 * 公开04 财政拨款收入支出决算总表: fiscal appropriations received by fund (income side) and spent by
 * function 类 and fund (expenditure side), with carry-over balances. Amounts absent from the
 * published table are null.
 */
public record FiscalAppropriationSummary(TableMeta meta,
                                         Cells<IncomeSource> income,
                                         Amount incomeTotal,
                                         Cells<FiscalColumn> openingBalance,
                                         Amount incomeGrandTotal,
                                         List<CodedRow<FunctionCode, FiscalColumn>> expenditure,
                                         Cells<FiscalColumn> expenditureTotal,
                                         Cells<FiscalColumn> closingBalance,
                                         Cells<FiscalColumn> expenditureGrandTotal) implements DisclosureTable {

    public FiscalAppropriationSummary {
        expenditure = List.copyOf(expenditure);
    }

    public Optional<Amount> incomeTotalOpt() {
        return Optional.ofNullable(incomeTotal);
    }

    public Optional<Amount> incomeGrandTotalOpt() {
        return Optional.ofNullable(incomeGrandTotal);
    }

    @Override
    public boolean isEmpty() {
        return !income.hasNonZero() && !openingBalance.hasNonZero() && !expenditureTotal.hasNonZero()
                && !closingBalance.hasNonZero() && !expenditureGrandTotal.hasNonZero()
                && (incomeTotal == null || incomeTotal.isZero())
                && expenditure.stream().noneMatch(r -> r.cells().hasNonZero());
    }

    @Override
    public List<? extends CodedRow<?, ?>> rows() {
        return expenditure;
    }
}
