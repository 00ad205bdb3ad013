package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The SVG around JFreeChart's drawing: a root with the size the page scales from and the CSS list of
 * Chinese fonts every text inherits, the title and summary a screen reader reads, and the category
 * labels. Those are written here rather than by JFreeChart so they can be anchored at their right edge
 * (left of horizontal bars) or centre (under vertical bars) and line up whatever font the browser uses;
 * a label cut short keeps its full text in a {@code <title>} tooltip.
 */
final class SvgDocument {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Where the baseline sits below the middle of a line of Chinese text, in ems. */
    private static final double BASELINE_BELOW_MIDDLE = 0.35;

    private SvgDocument() {
    }

    /** The root, named by its title and described by its summary, which come first inside it. */
    static void begin(SvgMarkup out, ChartData chart, ChartLayout layout) {
        String title = chart.id() + "-title";
        String desc = chart.id() + "-desc";
        out.start("svg").attr("xmlns", SVG_NS)
                .attr("width", layout.width()).attr("height", layout.height())
                .attr("viewBox", "0 0 " + layout.width() + " " + layout.height())
                .attr("role", "img").attr("aria-labelledby", title + " " + desc)
                .attr("font-family", ChartRenderer.FONT_FAMILY).open();
        out.element("title", title, chart.title()).element("desc", desc, chart.summary());
    }

    /** The labels JFreeChart was not asked to draw, then the end of the root. */
    static String finish(SvgMarkup out, ChartData chart, ChartLayout layout, Rectangle2D dataArea, CategoryAxis axis) {
        categoryLabels(out, chart, layout, dataArea, axis);
        if (!chart.kind().horizontal()) valueAxisLabelOnTop(out, chart, layout);
        return out.close("svg").toString();
    }

    private static void categoryLabels(SvgMarkup out, ChartData chart, ChartLayout layout, Rectangle2D dataArea,
                                       CategoryAxis axis) {
        boolean horizontal = chart.kind().horizontal();
        out.start("g").attr("fill", ChartPalette.TEXT).attr("font-size", ChartLayout.LABEL_SIZE, "px")
                .attr("text-anchor", horizontal ? "end" : "middle").open();
        int n = chart.categories().size();
        double step = ChartLayout.lineStep();
        for (int i = 0; i < n; i++) {
            List<String> lines = layout.labels().get(i).lines();
            double x, firstMiddle;
            if (horizontal) {
                x = dataArea.getMinX() - ChartLayout.LABEL_GAP;
                firstMiddle = axis.getCategoryMiddle(i, n, dataArea, RectangleEdge.LEFT) - (lines.size() - 1) * step / 2;
            } else {
                x = axis.getCategoryMiddle(i, n, dataArea, RectangleEdge.BOTTOM);
                firstMiddle = dataArea.getMaxY() + ChartLayout.LABEL_GAP + step / 2;
            }
            label(out, chart.categories().get(i), layout.labels().get(i), x, firstMiddle);
        }
        out.close("g");
    }

    /** Above the value axis, starting at its left, in the band the layout kept free at the top. */
    private static void valueAxisLabelOnTop(SvgMarkup out, ChartData chart, ChartLayout layout) {
        float size = ChartLayout.AXIS_LABEL_SIZE;
        double middle = ChartLayout.PAD + ChartLayout.LINE_SPACING * size / 2;
        out.start("text").attr("x", layout.padLeft()).attr("y", middle + BASELINE_BELOW_MIDDLE * size)
                .attr("fill", ChartPalette.TEXT).attr("font-size", size, "px").open()
                .text(chart.valueAxisLabel()).close("text");
    }

    private static void label(SvgMarkup out, String full, LabelLines label, double x, double firstMiddle) {
        double step = ChartLayout.lineStep();
        double below = BASELINE_BELOW_MIDDLE * ChartLayout.LABEL_SIZE;
        if (label.lines().size() == 1 && !label.truncated()) {
            out.start("text").attr("x", x).attr("y", firstMiddle + below).open().text(label.lines().get(0)).close("text");
            return;
        }
        out.start("text").open();
        if (label.truncated()) out.element("title", null, full);
        for (int j = 0; j < label.lines().size(); j++) {
            out.start("tspan").attr("x", x).attr("y", firstMiddle + j * step + below).open()
                    .text(label.lines().get(j)).close("tspan");
        }
        out.close("text");
    }
}
