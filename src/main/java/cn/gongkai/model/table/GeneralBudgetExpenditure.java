package cn.gongkai.model.table;

import cn.gongkai.model.FunctionCode;

/** 公开05 一般公共预算财政拨款支出决算表: general-budget appropriations spent, by function code. */
public record GeneralBudgetExpenditure(TableMeta meta, CodedTable<FunctionCode, GeneralBudgetColumn> body) implements ClassifiedTable {
}
