package cn.gongkai.model.table;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tables of one final-accounts disclosure, by kind; a table the editor did not give is absent.
 *
 * <p>Or, in a large build, tables let go once checked: the cells of 10,000 disclosures are 300 MB,
 * more than a build may hold beside everything else. Released tables know how to read themselves
 * again ({@link #reread()}); asking one for a table is a programming error.
 */
public final class FinalAccountsTables {

    /** Null once released. */
    private final Map<TableKind, DisclosureTable> tables;
    /** Null while held. */
    private final Supplier<FinalAccountsTables> reread;

    public FinalAccountsTables(Collection<? extends DisclosureTable> tables) {
        EnumMap<TableKind, DisclosureTable> map = new EnumMap<>(TableKind.class);
        for (DisclosureTable t : tables) {
            if (map.put(t.kind(), t) != null) {
                throw new IllegalArgumentException("two tables of kind " + t.kind());
            }
        }
        this.tables = Collections.unmodifiableMap(map);
        this.reread = null;
    }

    private FinalAccountsTables(Supplier<FinalAccountsTables> reread) {
        this.tables = null;
        this.reread = Objects.requireNonNull(reread, "reread");
    }

    /** Tables not held in memory: {@code reread} reads them again (each call anew; nothing is kept). */
    public static FinalAccountsTables released(Supplier<FinalAccountsTables> reread) {
        return new FinalAccountsTables(reread);
    }

    public boolean isReleased() {
        return tables == null;
    }

    /** These tables when held; read again when released. */
    public FinalAccountsTables reread() {
        return tables != null ? this : reread.get();
    }

    private Map<TableKind, DisclosureTable> tables() {
        if (tables == null) throw new IllegalStateException("tables released: read them again with FinalAccounts.withTablesRead()");
        return tables;
    }

    /** The tables present, in published order. */
    public Collection<DisclosureTable> all() {
        return tables().values();
    }

    public Optional<DisclosureTable> get(TableKind kind) {
        return Optional.ofNullable(tables().get(kind));
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
        return Optional.ofNullable(tables().get(kind)).map(type::cast);
    }
}
