package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

import java.util.List;
import java.util.Optional;

/** 公开02 收入决算表: income by function code and source. */
public record IncomeByFunction(TableMeta meta, CodedTable<FunctionCode, IncomeColumn> body) implements DisclosureTable {

    @Override
    public boolean isEmpty() {
        return !body.hasNonZero();
    }

    @Override
    public List<? extends CodedRow<?, ?>> rows() {
        return body.rows();
    }

    @Override
    public Optional<TotalRow<?>> totalRow() {
        return Optional.of(body.total());
    }
}
