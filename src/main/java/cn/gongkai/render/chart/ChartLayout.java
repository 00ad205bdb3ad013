package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartSeries;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Where everything goes, worked out from measured text before JFreeChart draws: the room category
 * labels need decides the left margin (horizontal bars) or the bottom margin (vertical bars), the
 * widest value label decides how far the value axis runs past the longest bar, so no label is cut off.
 * All lengths are in SVG px.
 */
record ChartLayout(int width, int height, double padTop, double padLeft, double padBottom, double padRight,
                   double labelSpace, double rangeAxisSpace, List<LabelLines> labels,
                   double lower, double upper, double categoryGap, double itemMargin, boolean integerTicks) {

    static final int WIDTH = 720;
    static final float LABEL_SIZE = 14f;
    static final float TICK_SIZE = 12f;
    static final float AXIS_LABEL_SIZE = 13f;
    static final double LINE_SPACING = 1.3;
    static final double PAD = 12;
    static final double LABEL_GAP = 8;
    static final double VALUE_OFFSET = 4;
    static final double TICK_OUTSIDE = 2;
    static final double TICK_LABEL_INSET = 3;
    static final double AXIS_LABEL_INSET = 3;
    static final double LEGEND_GAP = 8;

    private static final double BAR = 18;
    private static final double ITEM_GAP = 2;
    private static final double MIN_BAND_GAP = 12;
    private static final double MAX_LABEL_SHARE = 0.4;
    private static final int MAX_LINES = 2;
    private static final double VERTICAL_PLOT_HEIGHT = 240;
    private static final double VERTICAL_CATEGORY_GAP = 0.2;
    private static final double MIN_BAR_SHARE = 0.3;
    /** Extra room beside a value label, for the browser's font being a little wider than the one measured. */
    private static final double VALUE_SLACK = 4;

    ChartLayout {
        labels = List.copyOf(labels);
    }

    static double lineStep() {
        return LINE_SPACING * LABEL_SIZE;
    }

    static ChartLayout plan(ChartData chart, ValueFormat format, TextMetrics metrics) {
        Objects.requireNonNull(format, "format");
        return chart.kind().horizontal() ? horizontal(chart, format, metrics) : vertical(chart, format, metrics);
    }

    private static ChartLayout horizontal(ChartData chart, ValueFormat format, TextMetrics metrics) {
        double column = Math.min(MAX_LABEL_SHARE * WIDTH,
                chart.categories().stream().mapToDouble(c -> metrics.width(c, LABEL_SIZE)).max().orElse(0));
        List<LabelLines> labels = wrapAll(chart.categories(), column, metrics);
        double labelSpace = widest(labels, metrics) + LABEL_GAP;

        int series = chart.series().size();
        double bars = series * BAR + (series - 1) * ITEM_GAP;
        double band = Math.max(bars + MIN_BAND_GAP, maxLines(labels) * lineStep() + MIN_BAND_GAP / 2);
        double plotHeight = chart.categories().size() * band;

        double rangeAxisSpace = TICK_OUTSIDE + 2 * TICK_LABEL_INSET + metrics.lineHeight(TICK_SIZE)
                + 2 * AXIS_LABEL_INSET + metrics.lineHeight(AXIS_LABEL_SIZE);
        double legend = series > 1 ? metrics.lineHeight(LABEL_SIZE) + LEGEND_GAP : 0;
        // the last tick label is centred on the end of the axis: half of it stands in the right margin
        double padRight = PAD + metrics.width(tickFormat().format(magnitude(chart)), TICK_SIZE) / 2;
        double plotWidth = WIDTH - PAD - padRight - labelSpace;

        Extent extent = Extent.of(chart, format, v -> metrics.width(v, LABEL_SIZE) + VALUE_OFFSET + VALUE_SLACK, plotWidth);
        int height = (int) Math.ceil(PAD + legend + plotHeight + rangeAxisSpace + PAD);
        return new ChartLayout(WIDTH, height, PAD, PAD, PAD, padRight, labelSpace, rangeAxisSpace, labels,
                extent.lower, extent.upper, 1 - bars / band, (series - 1) * ITEM_GAP / band, integral(chart));
    }

    private static ChartLayout vertical(ChartData chart, ValueFormat format, TextMetrics metrics) {
        double valueRoom = metrics.lineHeight(LABEL_SIZE) + VALUE_OFFSET + VALUE_SLACK;
        Extent extent = Extent.of(chart, format, v -> valueRoom, VERTICAL_PLOT_HEIGHT);
        NumberFormat ticks = tickFormat();
        double tickWidth = Math.max(metrics.width(ticks.format(extent.lower), TICK_SIZE),
                metrics.width(ticks.format(extent.upper), TICK_SIZE));
        double rangeAxisSpace = 2 * TICK_LABEL_INSET + tickWidth + TICK_OUTSIDE;
        // the axis label stands level above the axis: Chinese turned on its side is hard to read
        double padTop = PAD + LINE_SPACING * AXIS_LABEL_SIZE + LEGEND_GAP;

        double plotWidth = WIDTH - 2 * PAD - rangeAxisSpace;
        double slot = plotWidth / chart.categories().size();
        List<LabelLines> labels = wrapAll(chart.categories(), slot - 4, metrics);
        double labelSpace = LABEL_GAP + maxLines(labels) * lineStep();
        int height = (int) Math.ceil(padTop + VERTICAL_PLOT_HEIGHT + labelSpace + PAD);
        return new ChartLayout(WIDTH, height, padTop, PAD, PAD, PAD, labelSpace, rangeAxisSpace, labels,
                extent.lower, extent.upper, VERTICAL_CATEGORY_GAP, 0, integral(chart));
    }

    /** What JFreeChart formats the value axis ticks with (Locale.ROOT tick units), to measure them. */
    private static NumberFormat tickFormat() {
        return NumberFormat.getNumberInstance(Locale.ROOT);
    }

    private static List<LabelLines> wrapAll(List<String> categories, double width, TextMetrics metrics) {
        List<LabelLines> labels = new ArrayList<>(categories.size());
        for (String c : categories) labels.add(LabelLines.wrap(c, width, MAX_LINES, LABEL_SIZE, metrics));
        return labels;
    }

    private static double widest(List<LabelLines> labels, TextMetrics metrics) {
        return labels.stream().flatMap(l -> l.lines().stream())
                .mapToDouble(line -> metrics.width(line, LABEL_SIZE)).max().orElse(0);
    }

    private static int maxLines(List<LabelLines> labels) {
        return labels.stream().mapToInt(l -> l.lines().size()).max().orElse(1);
    }

    /** Ten times the largest value: an upper bound on how wide the last tick label can be. */
    private static double magnitude(ChartData chart) {
        return values(chart).stream().mapToDouble(v -> Math.abs(v.doubleValue())).max().orElse(1) * 10;
    }

    private static boolean integral(ChartData chart) {
        return values(chart).stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
    }

    private static List<BigDecimal> values(ChartData chart) {
        List<BigDecimal> values = new ArrayList<>();
        for (ChartSeries s : chart.series()) {
            for (BigDecimal v : s.values()) if (v != null) values.add(v);
        }
        return values;
    }

    /**
     * The value axis range: the data (always including zero, bars grow from it) plus, at each end, the
     * room the value labels standing beyond the bars need.
     */
    private record Extent(double lower, double upper) {

        /** {@code room} is how much of the axis a formatted value's label needs beyond its bar. */
        static Extent of(ChartData chart, ValueFormat format, ToDoubleFunction<String> room, double length) {
            double low = 0, high = 0, lowRoom = 0, highRoom = 0;
            for (BigDecimal v : values(chart)) {
                double d = v.doubleValue();
                double r = room.applyAsDouble(format.format(v));
                low = Math.min(low, d);
                high = Math.max(high, d);
                if (d < 0) lowRoom = Math.max(lowRoom, r);
                else highRoom = Math.max(highRoom, r);
            }
            if (high == low) high = low + 1;
            double usable = Math.max(length - lowRoom - highRoom, MIN_BAR_SHARE * length);
            double perUnit = usable / (high - low);
            return new Extent(low - lowRoom / perUnit, high + highRoom / perUnit);
        }
    }
}
