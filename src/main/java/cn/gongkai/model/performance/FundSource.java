package cn.gongkai.model.performance;

import cn.gongkai.model.table.Column;

/** The fund lines of a project self-evaluation form (项目资金). */
public enum FundSource implements Column {
    TOTAL("年度资金总额"),
    PROVINCIAL("其中：省级财政资金"),
    LOCAL("市县财政资金"),
    OTHER("其他资金");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
