package cn.gongkai.model.table;

import java.util.List;
import java.util.Optional;

/**
 * A disclosure table that is one {@link CodedTable}: rows keyed by classification code under a 合计 row
 * (公开02, 03, 05, 06, 08 and 09). Emptiness, rows and total all come from that body.
 */
public sealed interface ClassifiedTable extends DisclosureTable permits IncomeByFunction, ExpenditureByFunction,
        GeneralBudgetExpenditure, BasicExpenditureByEconomic, GovernmentFundTable, StateCapitalTable {

    CodedTable<?, ?> body();

    @Override
    default boolean isEmpty() {
        return !body().hasNonZero();
    }

    @Override
    default List<? extends CodedRow<?, ?>> rows() {
        return body().rows();
    }

    @Override
    default Optional<TotalRow<?>> totalRow() {
        return Optional.of(body().total());
    }
}
