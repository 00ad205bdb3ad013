package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Draws a {@link ChartData} as an SVG string to inline in a page: deterministic (the same data gives
 * the same bytes, in any order, in any JVM on the same machine), accessible ({@code role="img"} named
 * by its {@code <title>} and {@code <desc>}), with text kept as text in a list of Chinese fonts ending
 * in {@code sans-serif}. JFreeChart lays out and draws on {@link SvgGraphics}, which writes the SVG as it is
 * drawn on; {@link SvgDocument} adds the root, the title and summary, and the category labels.
 *
 * <p>Long category labels: the left margin is the widest label, up to 40 % of the chart's width;
 * a longer label wraps onto a second line, and one that still does not fit ends in「…」with its full
 * text in a {@code <title>} tooltip on that label.
 *
 * <p>Fonts: layout is measured with the machine's Chinese font, found once per JVM by
 * {@link CjkFontProbe#system()}. Without one the chart is still drawn, with widths estimated (a Chinese
 * character is one em) so labels have room in the browser, and {@link #NO_CJK_FONT_WARNING} is passed
 * to the warning callback once, when the renderer is made. Output on machines with different fonts
 * may differ in coordinates.
 *
 * <p>Speed: a chart of 8 categories × 2 series (about 14 KB of SVG) takes 0.65–0.8 ms after a warm-up of
 * 500 charts and 0.3–0.4 ms once the JIT has settled, on the 2-core build machine (0.85–1 ms under the
 * launcher's C1-only JVM flags); when Batik wrote the SVG it took 2.2–4.7 ms (6.3 ms C1-only). One
 * renderer may be used from several threads: each chart gets its own markup, graphics and JFreeChart
 * objects.
 */
public final class ChartRenderer {

    /** Every text's font-family: common Chinese UI fonts on Apple, Windows and Linux, then the generic family. */
    public static final String FONT_FAMILY = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',"
            + "'Source Han Sans SC','WenQuanYi Micro Hei',sans-serif";

    /** The one warning line for a build machine without a Chinese font. */
    public static final String NO_CJK_FONT_WARNING = "未找到中文字体：图表按估算宽度排版，浏览器显示时使用本地中文字体";

    private final ValueFormat format;
    private final TextMetrics metrics;

    /** The machine's fonts, values with two decimals; {@code warnings} hears about a missing Chinese font. */
    public ChartRenderer(Consumer<String> warnings) {
        this(ValueFormat.DEFAULT, CjkFontProbe.system(), warnings);
    }

    public ChartRenderer(ValueFormat format, CjkFontProbe fonts, Consumer<String> warnings) {
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(warnings, "warnings");
        this.format = Objects.requireNonNull(format, "format");
        Headless.ensure();
        Optional<Font> font = fonts.find();
        this.metrics = font.<TextMetrics>map(FontTextMetrics::new).orElseGet(EstimatedTextMetrics::new);
        if (font.isEmpty()) warnings.accept(NO_CJK_FONT_WARNING);
    }

    /** True when no Chinese font was found and label widths are estimated. */
    public boolean estimatesTextWidths() {
        return metrics instanceof EstimatedTextMetrics;
    }

    /** The chart as an {@code <svg>} element, values printed with this renderer's format. */
    public String render(ChartData chart) {
        return render(chart, format);
    }

    /** The chart as an {@code <svg>} element, values printed with {@code valueFormat} (e.g. counts, not money). */
    public String render(ChartData chart, ValueFormat valueFormat) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(valueFormat, "valueFormat");
        ChartLayout layout = ChartLayout.plan(chart, valueFormat, metrics);
        JFreeChart drawing = BarChart.build(chart, layout, valueFormat, metrics);

        SvgMarkup out = new SvgMarkup(16 * 1024);
        SvgDocument.begin(out, chart, layout);
        SvgGraphics g2 = new SvgGraphics(new SvgCanvas(out, chart.id()), metrics);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        drawing.draw(g2, new Rectangle2D.Double(0, 0, layout.width(), layout.height()), info);
        g2.dispose();

        CategoryPlot plot = (CategoryPlot) drawing.getPlot();
        return SvgDocument.finish(out, chart, layout, info.getPlotInfo().getDataArea(), plot.getDomainAxis());
    }
}
