package cn.gongkai.model.table;

import cn.gongkai.model.EconomicCode;

/** 公开06 一般公共预算财政拨款基本支出决算表: basic expenditure by economic code, 人员经费 and 公用经费. */
public record BasicExpenditureByEconomic(TableMeta meta, CodedTable<EconomicCode, BasicEconomicColumn> body)
        implements ClassifiedTable {
}
