package cn.gongkai.model.table;

/** The columns of 公开03 支出决算表. */
public enum ExpenditureColumn implements Column {
    TOTAL("合计"),
    BASIC("基本支出"),
    PROJECT("项目支出"),
    REMIT_SUPERIOR("上缴上级支出"),
    OPERATING("经营支出"),
    AFFILIATED_SUBSIDY("对附属单位补助支出");

    private final String label;

    ExpenditureColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
