package cn.gongkai.model.table;

/** The amount columns of the expenditure side of 公开04 财政拨款收入支出决算总表. */
public enum FiscalColumn implements Column {
    TOTAL("合计"),
    GENERAL_BUDGET("一般公共预算财政拨款"),
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    STATE_CAPITAL("国有资本经营预算财政拨款");

    private final String label;

    FiscalColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
