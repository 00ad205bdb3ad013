package cn.gongkai.model.table;

/** The single amount column of an expenditure line on 公开01 收入支出决算总表. */
public enum SummaryAmount implements Column {
    AMOUNT("决算数");

    private final String label;

    SummaryAmount(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
