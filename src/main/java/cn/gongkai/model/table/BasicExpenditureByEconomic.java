package cn.gongkai.model.table;

import cn.gongkai.model.EconomicCode;

import java.util.List;
import java.util.Optional;

/** 公开06 一般公共预算财政拨款基本支出决算表: basic expenditure by economic code, 人员经费 and 公用经费. */
public record BasicExpenditureByEconomic(TableMeta meta, CodedTable<EconomicCode, BasicEconomicColumn> body)
        implements DisclosureTable {

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
