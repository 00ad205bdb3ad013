package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

/** 公开08 政府性基金预算财政拨款收入支出决算表: government-fund appropriations, by function code. */
public record GovernmentFundTable(TableMeta meta, CodedTable<FunctionCode, FundColumn> body) implements ClassifiedTable {
}
