package cn.gongkai.model.table;

/** The columns of 公开02 收入决算表. */
public enum IncomeColumn implements Column {
    TOTAL("本年收入合计"),
    FISCAL("财政拨款收入"),
    SUPERIOR_SUBSIDY("上级补助收入"),
    BUSINESS("事业收入"),
    BUSINESS_TUITION("其中：教育收费"),
    OPERATING("经营收入"),
    AFFILIATED("附属单位上缴收入"),
    OTHER("其他收入");

    private final String label;

    IncomeColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
