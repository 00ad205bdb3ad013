package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

import java.util.List;
import java.util.Optional;

/** 公开09 国有资本经营预算财政拨款支出决算表: state-capital appropriations spent, by function code. */
public record StateCapitalTable(TableMeta meta, CodedTable<FunctionCode, StateCapitalColumn> body) implements DisclosureTable {

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
