package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

/** 公开02 收入决算表: income by function code and source. */
public record IncomeByFunction(TableMeta meta, CodedTable<FunctionCode, IncomeColumn> body) implements ClassifiedTable {
}
