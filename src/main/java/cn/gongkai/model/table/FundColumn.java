package cn.gongkai.model.table;

/** The columns of 公开08 政府性基金预算财政拨款收入支出决算表. */
public enum FundColumn implements Column {
    OPENING("年初结转和结余"),
    INCOME("本年收入"),
    EXPENDITURE("本年支出小计"),
    BASIC("基本支出"),
    PROJECT("项目支出"),
    CLOSING("年末结转和结余");

    private final String label;

    FundColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
