package cn.gongkai.model.performance;

import cn.gongkai.model.table.Column;

/** The amount columns of a project's funds: 全年预算数 (A) and 全年执行数 (B). */
public enum ExecutionColumn implements Column {
    BUDGET("全年预算数（A）"),
    ACTUAL("全年执行数（B）");

    private final String label;

    ExecutionColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
