package cn.gongkai.model.table;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The tables of one final-accounts disclosure, by kind; a table the editor did not give is absent. */
public final class FinalAccountsTables {

    private final Map<TableKind, DisclosureTable> tables;

    public FinalAccountsTables(Collection<? extends DisclosureTable> tables) {
        EnumMap<TableKind, DisclosureTable> map = new EnumMap<>(TableKind.class);
        for (DisclosureTable t : tables) {
            if (map.put(t.kind(), t) != null) {
                throw new IllegalArgumentException("two tables of kind " + t.kind());
            }
        }
        this.tables = Collections.unmodifiableMap(map);
    }

    /** The tables present, in published order. */
    public Collection<DisclosureTable> all() {
        return tables.values();
    }

    public Optional<DisclosureTable> get(TableKind kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    public Optional<IncomeExpenditureSummary> summary() {
        return typed(TableKind.SUMMARY, IncomeExpenditureSummary.class);
    }

    public Optional<IncomeByFunction> income() {
        return typed(TableKind.INCOME, IncomeByFunction.class);
    }

    public Optional<ExpenditureByFunction> expenditure() {
        return typed(TableKind.EXPENDITURE, ExpenditureByFunction.class);
    }

    public Optional<FiscalAppropriationSummary> fiscalSummary() {
        return typed(TableKind.FISCAL_SUMMARY, FiscalAppropriationSummary.class);
    }

    public Optional<GeneralBudgetExpenditure> generalBudget() {
        return typed(TableKind.GENERAL_BUDGET, GeneralBudgetExpenditure.class);
    }

    public Optional<BasicExpenditureByEconomic> basicExpenditure() {
        return typed(TableKind.BASIC_EXPENDITURE, BasicExpenditureByEconomic.class);
    }

    public Optional<ThreePublicExpenses> threePublic() {
        return typed(TableKind.THREE_PUBLIC, ThreePublicExpenses.class);
    }

    public Optional<GovernmentFundTable> governmentFund() {
        return typed(TableKind.GOVERNMENT_FUND, GovernmentFundTable.class);
    }

    public Optional<StateCapitalTable> stateCapital() {
        return typed(TableKind.STATE_CAPITAL, StateCapitalTable.class);
    }

    private <T extends DisclosureTable> Optional<T> typed(TableKind kind, Class<T> type) {
        return Optional.ofNullable(tables.get(kind)).map(type::cast);
    }
}
