package cn.gongkai.model.table;

/** The columns of 公开06 一般公共预算财政拨款基本支出决算表 (按经济分类科目). */
public enum BasicEconomicColumn implements Column {
    TOTAL("本年支出合计"),
    PERSONNEL("人员经费"),
    PUBLIC("公用经费");

    private final String label;

    BasicEconomicColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
