package cn.gongkai.model.table;

/** The columns of 公开05 一般公共预算财政拨款支出决算表 (按功能分类科目). */
public enum GeneralBudgetColumn implements Column {
    TOTAL("本年支出合计"),
    BASIC("基本支出小计"),
    PERSONNEL("人员经费"),
    PUBLIC("公用经费"),
    PROJECT("项目支出");

    private final String label;

    GeneralBudgetColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
