package cn.gongkai.model.table;

import java.util.List;
import java.util.Optional;

/** One of the standard tables of a final-accounts disclosure. */
public sealed interface DisclosureTable permits IncomeExpenditureSummary, FiscalAppropriationSummary, ThreePublicExpenses,
        ClassifiedTable {

    TableMeta meta();

    /** True when the table holds no amount other than zero (是否空表). */
    boolean isEmpty();

    /** The rows keyed by classification code (for 公开01/04 the expenditure lines; none for 公开07). */
    List<? extends CodedRow<?, ?>> rows();

    /** The 合计 row of a classified table; empty for 公开01, 04 and 07, whose totals are lines. */
    default Optional<TotalRow<?>> totalRow() {
        return Optional.empty();
    }

    default TableKind kind() {
        return meta().kind();
    }
}
