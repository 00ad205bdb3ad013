package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

import java.util.List;
import java.util.Optional;

/** 公开03 支出决算表: expenditure by function code and kind (基本/项目/…). */
public record ExpenditureByFunction(TableMeta meta, CodedTable<FunctionCode, ExpenditureColumn> body) implements DisclosureTable {

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
