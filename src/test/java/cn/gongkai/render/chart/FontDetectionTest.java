package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartSeries;
import cn.gongkai.view.chart.ChartKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.gongkai.render.chart.Charts.elements;
import static cn.gongkai.render.chart.Charts.parse;
import static cn.gongkai.render.chart.Charts.series;
import static cn.gongkai.render.chart.Charts.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontDetectionTest {

    private static final String LABEL = "一般公共预算财政拨款";

    /** One label, so the label column is exactly that label's width. */
    private static ChartData oneLabel() {
        return new ChartData("one", ChartKind.HORIZONTAL_BAR, "标题", "摘要。", "金额（万元）", List.of(LABEL),
                List.of(series("决算数", "265.71")));
    }

    /** Where the label's right edge is: the left padding plus the measured width of the label. */
    private static double labelRightEdge(String svg) {
        Document doc = parse(svg);
        Element label = elements(doc, "text").stream().filter(t -> shown(t).equals(LABEL)).findFirst().orElseThrow();
        return Double.parseDouble(label.getAttribute("x"));
    }

    @Test
    void withoutAChineseFontTheChartIsDrawnWithEstimatedWidthsAndOneWarning() {
        List<String> warnings = new ArrayList<>();
        ChartRenderer renderer = new ChartRenderer(ValueFormat.DEFAULT, CjkFontProbe.none(), warnings::add);
        String first = renderer.render(oneLabel());
        renderer.render(Charts.budgetVsActual());

        assertEquals(List.of(ChartRenderer.NO_CJK_FONT_WARNING), warnings);
        assertTrue(renderer.estimatesTextWidths());
        // ten Chinese characters at 14 px, one em each
        assertEquals(ChartLayout.PAD + 10 * 14, labelRightEdge(first), 0.01);
    }

    @Test
    void withAChineseFontLabelsAreMeasuredWithIt() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        List<String> warnings = new ArrayList<>();
        ChartRenderer renderer = new ChartRenderer(ValueFormat.DEFAULT, CjkFontProbe.of(font), warnings::add);
        String svg = renderer.render(oneLabel());

        assertTrue(warnings.isEmpty(), warnings.toString());
        assertFalse(renderer.estimatesTextWidths());
        double width = font.deriveFont(14f).getStringBounds(LABEL, new FontRenderContext(null, true, true)).getWidth();
        assertEquals(ChartLayout.PAD + width, labelRightEdge(svg), 0.01);
        assertEquals(ChartRenderer.FONT_FAMILY, parse(svg).getDocumentElement().getAttribute("font-family"));
    }

    @Test
    void bothPathsShowEveryLabelAndDifferOnlyInLayout() {
        ChartRenderer estimated = new ChartRenderer(ValueFormat.DEFAULT, CjkFontProbe.none(), w -> { });
        ChartRenderer measured = new ChartRenderer(ValueFormat.DEFAULT,
                CjkFontProbe.of(new Font(Font.SERIF, Font.PLAIN, 12)), w -> { });
        for (ChartData chart : Charts.all()) {
            String a = estimated.render(chart);
            String b = measured.render(chart);
            List<String> labels = new ArrayList<>(List.of(chart.valueAxisLabel()));
            for (ChartSeries s : chart.series()) {
                s.values().stream().filter(v -> v != null).map(ValueFormat.DEFAULT::format).forEach(labels::add);
            }
            assertTrue(Charts.shownTexts(parse(a)).containsAll(labels), chart.id());
            assertTrue(Charts.shownTexts(parse(b)).containsAll(labels), chart.id());
            assertNotEquals(a, b);
        }
    }

    @Test
    void theSystemProbeLooksOnceAndFindsOnlyFontsThatShowChinese() {
        Optional<Font> first = CjkFontProbe.system().find();
        assertTrue(first == CjkFontProbe.system().find(), "the machine's fonts are scanned once");
        first.ifPresent(f -> assertEquals(-1, f.canDisplayUpTo(SystemCjkFont.SAMPLE), f.getFamily()));
    }
}
