package cn.gongkai.model.table;

/** The income lines of 公开01 收入支出决算总表 (and the fiscal ones of 公开04), in published order. */
public enum IncomeSource implements Column {
    GENERAL_BUDGET("一般公共预算财政拨款"),
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    STATE_CAPITAL("国有资本经营预算财政拨款"),
    SUPERIOR_SUBSIDY("上级补助收入"),
    BUSINESS("事业收入"),
    OPERATING("经营收入"),
    AFFILIATED("附属单位上缴收入"),
    OTHER("其他收入");

    private final String label;

    IncomeSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
