package cn.gongkai.model.table;

/** The total and balance lines of 公开01 收入支出决算总表. */
public enum SummaryTotal implements Column {
    INCOME_TOTAL("本年收入合计"),
    BUSINESS_FUND_OFFSET("用事业基金弥补收支差额"),
    OPENING_BALANCE("年初结转和结余"),
    INCOME_GRAND_TOTAL("收入总计"),
    EXPENDITURE_TOTAL("本年支出合计"),
    SURPLUS_DISTRIBUTION("结余分配"),
    CLOSING_BALANCE("年末结转和结余"),
    EXPENDITURE_GRAND_TOTAL("支出总计");

    private final String label;

    SummaryTotal(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
