package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

import java.util.List;

/**
 * 公开01 收入支出决算总表: income by source, expenditure by function 类, and the totals and
 * balances that close the two sides.
 */
public record IncomeExpenditureSummary(TableMeta meta, Cells<IncomeSource> income, Cells<SummaryTotal> totals,
                                       List<CodedRow<FunctionCode, SummaryAmount>> expenditure)
        implements DisclosureTable {

    public IncomeExpenditureSummary {
        expenditure = List.copyOf(expenditure);
    }

    @Override
    public boolean isEmpty() {
        return !income.hasNonZero() && !totals.hasNonZero()
                && expenditure.stream().noneMatch(r -> r.cells().hasNonZero());
    }

    @Override
    public List<? extends CodedRow<?, ?>> rows() {
        return expenditure;
    }
}
