package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

import java.util.List;
import java.util.Optional;

/** 公开08 政府性基金预算财政拨款收入支出决算表: government-fund appropriations, by function code. */
public record GovernmentFundTable(TableMeta meta, CodedTable<FunctionCode, FundColumn> body) implements DisclosureTable {

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
