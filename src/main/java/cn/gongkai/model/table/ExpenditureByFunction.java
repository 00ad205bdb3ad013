package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

/** 公开03 支出决算表: expenditure by function code and kind (基本/项目/…). */
public record ExpenditureByFunction(TableMeta meta, CodedTable<FunctionCode, ExpenditureColumn> body) implements ClassifiedTable {
}
