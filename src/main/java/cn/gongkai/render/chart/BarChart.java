package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import cn.gongkai.render.chart.ChartPalette.BarPattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import static cn.gongkai.render.chart.ChartLayout.AXIS_LABEL_INSET;
import static cn.gongkai.render.chart.ChartLayout.AXIS_LABEL_SIZE;
import static cn.gongkai.render.chart.ChartLayout.LABEL_SIZE;
import static cn.gongkai.render.chart.ChartLayout.LEGEND_GAP;
import static cn.gongkai.render.chart.ChartLayout.TICK_LABEL_INSET;
import static cn.gongkai.render.chart.ChartLayout.TICK_OUTSIDE;
import static cn.gongkai.render.chart.ChartLayout.TICK_SIZE;
import static cn.gongkai.render.chart.ChartLayout.VALUE_OFFSET;

/**
 * The JFreeChart for one chart and its layout. JFreeChart draws the bars, value labels, value axis,
 * grid and legend; category labels are left out here and written by {@link SvgDocument}, which can
 * anchor them at their right edge so they line up whatever font the browser picks.
 */
final class BarChart {

    private static final double LEGEND_SWATCH = 14;
    private static final BasicStroke AXIS_LINE = new BasicStroke(1f);

    private BarChart() {
    }

    static JFreeChart build(ChartData chart, ChartLayout layout, ValueFormat format, TextMetrics metrics) {
        boolean horizontal = chart.kind().horizontal();
        CategoryPlot plot = new CategoryPlot(dataset(chart), categoryAxis(chart, layout), valueAxis(chart, layout, metrics),
                bars(horizontal, layout, format, metrics));
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        // below horizontal bars, left of vertical ones: where readers look for the scale
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(ChartPalette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartPalette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeZeroBaselineVisible(layout.lower() < 0);
        plot.setRangeZeroBaselinePaint(ChartPalette.AXIS);
        AxisSpace labels = new AxisSpace();
        AxisSpace values = new AxisSpace();
        if (horizontal) {
            labels.setLeft(layout.labelSpace());
            values.setBottom(layout.rangeAxisSpace());
        } else {
            labels.setBottom(layout.labelSpace());
            values.setLeft(layout.rangeAxisSpace());
        }
        plot.setFixedDomainAxisSpace(labels);
        plot.setFixedRangeAxisSpace(values);

        JFreeChart result = new JFreeChart(null, null, plot, false);
        result.setBackgroundPaint(ChartPalette.BACKGROUND);
        result.setBorderVisible(false);
        result.setPadding(new RectangleInsets(layout.padTop(), layout.padLeft(), layout.padBottom(), layout.padRight()));
        if (chart.series().size() > 1) result.addLegend(legend(chart, plot, metrics));
        return result;
    }

    /** Keys are positions, so two categories or series with the same label stay two. */
    private static DefaultCategoryDataset dataset(ChartData chart) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < chart.series().size(); s++) {
            for (int c = 0; c < chart.categories().size(); c++) {
                dataset.addValue(chart.series().get(s).values().get(c), Integer.valueOf(s), Integer.valueOf(c));
            }
        }
        return dataset;
    }

    /** Margins that give every category the same band, with half a gap above the first and below the last. */
    private static CategoryAxis categoryAxis(ChartData chart, ChartLayout layout) {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelsVisible(false);
        axis.setTickMarksVisible(false);
        axis.setAxisLinePaint(ChartPalette.AXIS);
        axis.setAxisLineStroke(AXIS_LINE);
        int n = chart.categories().size();
        double gap = layout.categoryGap();
        axis.setLowerMargin(gap / (2 * n));
        axis.setUpperMargin(gap / (2 * n));
        axis.setCategoryMargin(gap * (n - 1) / n);
        return axis;
    }

    private static NumberAxis valueAxis(ChartData chart, ChartLayout layout, TextMetrics metrics) {
        // JFreeChart would draw a vertical axis's label turned, as glyph outlines: SvgDocument writes it as text
        NumberAxis axis = new NumberAxis(chart.kind().horizontal() ? chart.valueAxisLabel() : null);
        axis.setStandardTickUnits(layout.integerTicks()
                ? NumberAxis.createIntegerTickUnits(Locale.ROOT) : NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setRange(layout.lower(), layout.upper());
        axis.setLabelFont(metrics.font(AXIS_LABEL_SIZE));
        axis.setLabelPaint(ChartPalette.TEXT);
        axis.setLabelInsets(new RectangleInsets(AXIS_LABEL_INSET, AXIS_LABEL_INSET, AXIS_LABEL_INSET, AXIS_LABEL_INSET));
        axis.setTickLabelFont(metrics.font(TICK_SIZE));
        axis.setTickLabelPaint(ChartPalette.TEXT);
        axis.setTickLabelInsets(new RectangleInsets(TICK_LABEL_INSET, TICK_LABEL_INSET, TICK_LABEL_INSET, TICK_LABEL_INSET));
        axis.setAxisLinePaint(ChartPalette.AXIS);
        axis.setAxisLineStroke(AXIS_LINE);
        axis.setTickMarkPaint(ChartPalette.AXIS);
        axis.setTickMarkStroke(AXIS_LINE);
        axis.setTickMarkInsideLength(0f);
        axis.setTickMarkOutsideLength((float) TICK_OUTSIDE);
        return axis;
    }

    private static BarRenderer bars(boolean horizontal, ChartLayout layout, ValueFormat format, TextMetrics metrics) {
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new BarFill());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(1.0);
        bars.setItemMargin(layout.itemMargin());
        bars.setDefaultItemLabelGenerator(new FormattedValueLabels(format));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(metrics.font(LABEL_SIZE));
        bars.setDefaultItemLabelPaint(ChartPalette.TEXT);
        bars.setItemLabelInsets(new RectangleInsets(VALUE_OFFSET, VALUE_OFFSET, VALUE_OFFSET, VALUE_OFFSET));
        if (horizontal) {
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        } else {
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        }
        return bars;
    }

    private static LegendTitle legend(ChartData chart, CategoryPlot plot, TextMetrics metrics) {
        LegendItemCollection items = new LegendItemCollection();
        for (int s = 0; s < chart.series().size(); s++) items.add(legendItem(chart.series().get(s).name(), s));
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(metrics.font(LABEL_SIZE));
        legend.setItemPaint(ChartPalette.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(null);
        legend.setMargin(new RectangleInsets(0, 0, LEGEND_GAP, 0));
        legend.setPadding(RectangleInsets.ZERO_INSETS);
        return legend;
    }

    /** A swatch painted like the series' bars: JFreeChart draws the line (hatching) first, then the outline. */
    private static LegendItem legendItem(String name, int series) {
        Color colour = ChartPalette.SERIES.get(series);
        BarPattern pattern = ChartPalette.PATTERNS.get(series);
        Rectangle2D swatch = new Rectangle2D.Double(-LEGEND_SWATCH / 2, -LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH);
        // the swatch's outline is part of the hatching path so both have the same bounds and are centred alike
        Path2D.Double hatching = new Path2D.Double(swatch);
        hatching.append(BarFill.hatching(swatch), false);
        boolean solid = pattern == BarPattern.SOLID;
        return new LegendItem(name, null, null, null,
                true, swatch, solid, colour,
                !solid, colour, pattern == BarPattern.HATCHED ? BarFill.OUTLINE : BarFill.THICK_OUTLINE,
                pattern == BarPattern.HATCHED, hatching, BarFill.HATCH, colour);
    }
}
