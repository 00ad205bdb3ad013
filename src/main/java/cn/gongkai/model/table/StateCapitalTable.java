package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

/** 公开09 国有资本经营预算财政拨款支出决算表: state-capital appropriations spent, by function code. */
public record StateCapitalTable(TableMeta meta, CodedTable<FunctionCode, StateCapitalColumn> body) implements ClassifiedTable {
}
