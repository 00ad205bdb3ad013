package cn.gongkai.view.chart;

/**
 * The three chart shapes a disclosure needs; horizontal bars come first because Chinese category
 * labels such as「2010301 行政运行」are long and read best beside their bar.
 */
public enum ChartKind {

    /** One series, one bar per category, categories listed top to bottom. */
    HORIZONTAL_BAR(1, 1),

    /** Two or three series side by side per category, e.g. 预算数 and 决算数, or 得分 and 分值. */
    GROUPED_HORIZONTAL_BAR(2, 3),

    /** One series of upright bars, e.g. how many projects scored 60–70, 70–80 and so on. */
    VERTICAL_BAR(1, 1);

    private final int minSeries;
    private final int maxSeries;

    ChartKind(int minSeries, int maxSeries) {
        this.minSeries = minSeries;
        this.maxSeries = maxSeries;
    }

    /** Whether a chart of this kind can show {@code count} series. */
    public boolean allowsSeries(int count) {
        return count >= minSeries && count <= maxSeries;
    }

    public boolean horizontal() {
        return this != VERTICAL_BAR;
    }
}
