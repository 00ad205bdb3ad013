package cn.gongkai.model.table;

/** One of the standard tables of a final-accounts disclosure. */
public sealed interface DisclosureTable permits IncomeExpenditureSummary, IncomeByFunction, ExpenditureByFunction,
        FiscalAppropriationSummary, GeneralBudgetExpenditure, BasicExpenditureByEconomic, ThreePublicExpenses,
        GovernmentFundTable, StateCapitalTable {

    TableMeta meta();

    /** True when the table holds no amount other than zero (是否空表). */
    boolean isEmpty();

    default TableKind kind() {
        return meta().kind();
    }
}
