package cn.gongkai.model.table;

/** The columns of 公开09 国有资本经营预算财政拨款支出决算表 (from the 2020 accounts). */
public enum StateCapitalColumn implements Column {
    TOTAL("本年支出合计"),
    BASIC("基本支出"),
    PROJECT("项目支出");

    private final String label;

    StateCapitalColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
