package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

import java.util.List;
import java.util.Optional;

/** 公开05 一般公共预算财政拨款支出决算表: general-budget appropriations spent, by function code. */
public record GeneralBudgetExpenditure(TableMeta meta, CodedTable<FunctionCode, GeneralBudgetColumn> body) implements DisclosureTable {

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
