package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartSeries;
import cn.gongkai.view.chart.ChartKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.awt.Color;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.render.chart.Charts.d;
import static cn.gongkai.render.chart.Charts.elements;
import static cn.gongkai.render.chart.Charts.inherited;
import static cn.gongkai.render.chart.Charts.parse;
import static cn.gongkai.render.chart.Charts.series;
import static cn.gongkai.render.chart.Charts.shown;
import static cn.gongkai.render.chart.Charts.shownTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartRendererTest {

    private static final Pattern TWO_DECIMALS = Pattern.compile("-?[0-9,]+\\.[0-9]{2}");

    private final List<String> warnings = new ArrayList<>();
    /** Estimated widths: the layout is then the same on every machine, whatever fonts it has. */
    private final ChartRenderer renderer = new ChartRenderer(ValueFormat.DEFAULT, CjkFontProbe.none(), warnings::add);

    @Test
    void rootIsAnImageNamedByItsTitleAndDescribedBySummary() {
        for (ChartData chart : Charts.all()) {
            Element svg = parse(renderer.render(chart)).getDocumentElement();
            assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
            assertEquals("img", svg.getAttribute("role"));
            assertEquals(chart.id() + "-title " + chart.id() + "-desc", svg.getAttribute("aria-labelledby"));

            Element title = firstElementChild(svg);
            Element desc = nextElement(title);
            assertEquals("title", title.getLocalName());
            assertEquals(chart.id() + "-title", title.getAttribute("id"));
            assertEquals(chart.title(), title.getTextContent());
            assertEquals("desc", desc.getLocalName());
            assertEquals(chart.id() + "-desc", desc.getAttribute("id"));
            assertEquals(chart.summary(), desc.getTextContent());

            int width = Integer.parseInt(svg.getAttribute("width"));
            int height = Integer.parseInt(svg.getAttribute("height"));
            assertTrue(width > 0 && height > 0);
            assertEquals("0 0 " + width + " " + height, svg.getAttribute("viewBox"));
        }
    }

    @Test
    void canBeInlinedInAnHtmlPage() {
        String svg = renderer.render(Charts.budgetVsActual());
        assertTrue(svg.startsWith("<svg "), svg.substring(0, 40));
        assertFalse(svg.contains("<?xml"));
        assertFalse(svg.contains("<!DOCTYPE"));
        assertFalse(svg.contains("<!--"));

        var page = Jsoup.parse("<!doctype html><html lang=zh-CN><body><figure>" + svg + "</figure></body></html>");
        var inline = page.selectFirst("figure > svg");
        assertNotNull(inline);
        assertEquals("2019年支出预决算对比", inline.selectFirst("title").text());
        assertEquals(elements(parse(svg), "text").size(), inline.select("text").size());
    }

    @Test
    void everyCategoryLabelIsTextOrTheTooltipOfItsShortenedText() {
        for (ChartData chart : Charts.all()) {
            Document doc = parse(renderer.render(chart));
            List<String> texts = shownTexts(doc);
            for (String category : chart.categories()) {
                boolean whole = texts.contains(category);
                boolean tooltip = elements(doc, "text").stream().anyMatch(t -> tooltip(t).equals(category));
                assertTrue(whole || tooltip, category + " in " + texts);
            }
        }
    }

    @Test
    void theValueAxisLabelAndEverySeriesNameOfALegendAreText() {
        for (ChartData chart : Charts.all()) {
            Document doc = parse(renderer.render(chart));
            List<String> texts = shownTexts(doc);
            assertTrue(texts.contains(chart.valueAxisLabel()), chart.id() + " " + texts);
            if (chart.series().size() > 1) {
                for (ChartSeries s : chart.series()) assertTrue(texts.contains(s.name()), s.name());
            }
            // text drawn as glyph outlines would be paths in the text colour; turned text would carry a transform
            String textColour = SvgMarkup.rgb(ChartPalette.TEXT);
            for (Element p : elements(doc, "path")) assertNotEquals(textColour, inherited(p, "fill"), chart.id());
            for (Element t : elements(doc, "text")) assertFalse(t.hasAttribute("transform"), chart.id());
        }
    }

    @Test
    void aLabelTooLongForTwoLinesEndsInAnEllipsisAndKeepsItsFullText() {
        String longLabel = "政府性基金预算财政拨款收入和其他各类收入合计数额，这是一个非常非常长的科目名称，长到两行也放不下的程度";
        ChartData chart = new ChartData("long", ChartKind.HORIZONTAL_BAR, "长标签", "一个很长的标签。", "金额（万元）",
                List.of(longLabel, "短标签"), List.of(series("决算数", "1", "2")));
        Document doc = parse(renderer.render(chart));
        Element label = elements(doc, "text").stream().filter(t -> tooltip(t).equals(longLabel)).findFirst().orElseThrow();
        List<Element> lines = elements(doc, "tspan").stream().filter(l -> l.getParentNode() == label).toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).getTextContent().endsWith("…"));
        assertTrue(longLabel.startsWith(shown(label).replace("…", "")), shown(label));
        assertTrue(shownTexts(doc).contains("短标签"));
    }

    @Test
    void everyValueIsLabelledExactlyAsFormatted() {
        for (ChartData chart : Charts.all()) {
            List<String> texts = shownTexts(parse(renderer.render(chart)));
            List<String> expected = new ArrayList<>();
            for (ChartSeries s : chart.series()) {
                for (BigDecimal v : s.values()) if (v != null) expected.add(ValueFormat.DEFAULT.format(v));
            }
            List<String> labels = texts.stream().filter(t -> TWO_DECIMALS.matcher(t).matches()).sorted().toList();
            assertEquals(expected.stream().sorted().toList(), labels, chart.id());
        }
        List<String> texts = shownTexts(parse(renderer.render(Charts.budgetVsActual())));
        assertTrue(texts.contains("1,234,567.89"));
        assertTrue(texts.contains("250.50"));
    }

    @Test
    void theCallersFormatIsUsedForValueLabels() {
        ValueFormat count = v -> v.toPlainString() + " 个";
        ChartRenderer counting = new ChartRenderer(count, CjkFontProbe.none(), w -> { });
        List<String> texts = shownTexts(parse(counting.render(Charts.distribution())));
        for (String v : List.of("1", "2", "5", "12", "7")) assertTrue(texts.contains(v + " 个"), texts.toString());

        List<String> perChart = shownTexts(parse(renderer.render(Charts.distribution(), count)));
        assertTrue(perChart.contains("12 个"), perChart.toString());
    }

    @Test
    void everyTextIsInTheChineseFontList() {
        for (ChartData chart : Charts.all()) {
            Document doc = parse(renderer.render(chart));
            for (Element text : elements(doc, "text")) {
                assertEquals(ChartRenderer.FONT_FAMILY, inherited(text, "font-family"), shown(text));
            }
            for (Element e : Charts.all(doc)) {
                if (e.hasAttribute("font-family")) assertEquals(ChartRenderer.FONT_FAMILY, e.getAttribute("font-family"));
            }
        }
        assertTrue(ChartRenderer.FONT_FAMILY.endsWith(",sans-serif"));
    }

    @Test
    void theSameChartGivesTheSameBytes() throws Exception {
        String first = renderer.render(Charts.budgetVsActual());
        assertEquals(first, renderer.render(Charts.budgetVsActual()));
        assertEquals(first, new ChartRenderer(ValueFormat.DEFAULT, CjkFontProbe.none(), w -> { }).render(Charts.budgetVsActual()));

        List<String> inOrder = Charts.all().stream().map(renderer::render).toList();
        List<ChartData> reversed = new ArrayList<>(Charts.all());
        java.util.Collections.reverse(reversed);
        List<String> backwards = new ArrayList<>(reversed.stream().map(renderer::render).toList());
        java.util.Collections.reverse(backwards);
        assertEquals(inOrder, backwards);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                ChartData chart = Charts.all().get(i % 4);
                results.add(pool.submit(() -> renderer.render(chart)));
            }
            for (int i = 0; i < results.size(); i++) assertEquals(inOrder.get(i % 4), results.get(i).get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anotherJvmGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("charts.svg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RenderInAnotherJvm.class.getName(), out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "second JVM timed out");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertEquals(RenderInAnotherJvm.renderAll(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void idsBelongToTheChartAndEveryReferenceResolves() {
        Set<String> seen = new HashSet<>();
        for (ChartData chart : Charts.all()) {
            String svg = renderer.render(chart);
            Document doc = parse(svg);
            Set<String> ids = new HashSet<>();
            for (Element e : Charts.all(doc)) {
                if (!e.hasAttribute("id")) continue;
                String id = e.getAttribute("id");
                assertTrue(id.startsWith(chart.id() + "-"), id);
                assertTrue(ids.add(id), "duplicate id " + id);
                assertTrue(seen.add(id), "id shared between charts " + id);
            }
            Matcher ref = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
            while (ref.find()) assertTrue(ids.contains(ref.group(1)), ref.group());
        }
    }

    @Test
    void nothingToRunAndNothingToFetch() {
        for (ChartData chart : Charts.all()) {
            Document doc = parse(renderer.render(chart));
            for (String banned : List.of("script", "image", "foreignObject", "use", "a", "style")) {
                assertTrue(elements(doc, banned).isEmpty(), banned);
            }
            for (Element e : Charts.all(doc)) {
                for (int i = 0; i < e.getAttributes().getLength(); i++) {
                    Node a = e.getAttributes().item(i);
                    assertFalse(a.getLocalName() != null && a.getLocalName().equals("href"), a.getNodeName());
                    assertFalse(a.getNodeName().startsWith("on"), a.getNodeName());
                    assertFalse(a.getNodeValue().contains("http") && !a.getNodeName().equals("xmlns"), a.getNodeValue());
                }
            }
        }
    }

    @Test
    void markupInLabelsIsEscaped() {
        String nasty = "<script>alert('x')</script> & \"引号\" 's' ]]> --> <!-- ";
        ChartData chart = new ChartData("escape", ChartKind.GROUPED_HORIZONTAL_BAR, "标题 <b>&amp;</b>", "摘要 \" ' < > &",
                "金额 <万元> & \"", List.of(nasty, "A&B <c>"),
                List.of(series("预算 <数>", "1", "2"), series("决算 & \"数\"", "3", "4")));
        String svg = renderer.render(chart);
        Document doc = parse(svg);
        assertTrue(elements(doc, "script").isEmpty());
        assertTrue(elements(doc, "b").isEmpty());
        List<String> texts = shownTexts(doc);
        boolean nastyShown = texts.contains(nasty.strip())
                || elements(doc, "text").stream().anyMatch(t -> tooltip(t).equals(nasty));
        assertTrue(nastyShown, texts.toString());
        assertTrue(texts.contains("A&B <c>"), texts.toString());
        assertTrue(texts.contains("金额 <万元> & \""), texts.toString());
        assertTrue(texts.contains("预算 <数>"), texts.toString());
        assertTrue(texts.contains("决算 & \"数\""), texts.toString());
        assertEquals("标题 <b>&amp;</b>", elements(doc, "title").get(0).getTextContent());
        assertEquals("摘要 \" ' < > &", elements(doc, "desc").get(0).getTextContent());
        assertFalse(svg.contains("<script"));
        assertTrue(svg.contains("A&amp;B &lt;c&gt;"));
    }

    @Test
    void aControlCharacterInALabelCannotBreakTheMarkup() {
        ChartData chart = new ChartData("control", ChartKind.HORIZONTAL_BAR, "标题\u0000", "摘要。", "金额",
                List.of("行政\u0007运行", "\uD800孤"), List.of(series("决算数", "1", "2")));
        List<String> texts = shownTexts(parse(renderer.render(chart)));
        assertTrue(texts.contains("行政\uFFFD运行"), texts.toString());
        assertTrue(texts.contains("\uFFFD孤"), texts.toString());
    }

    @Test
    void textAndShapesUseThePaletteWithEnoughContrast() {
        Set<Color> palette = new HashSet<>(ChartPalette.SERIES);
        palette.addAll(List.of(ChartPalette.BACKGROUND, ChartPalette.TEXT, ChartPalette.AXIS, ChartPalette.GRID));
        for (ChartData chart : Charts.all()) {
            Document doc = parse(renderer.render(chart));
            for (Element text : elements(doc, "text")) {
                Color fill = Charts.colour(inherited(text, "fill"));
                assertTrue(Charts.contrast(fill, ChartPalette.BACKGROUND) >= 4.5, shown(text) + " " + fill);
            }
            for (Element e : Charts.all(doc)) {
                for (String paint : List.of("fill", "stroke")) {
                    String v = e.getAttribute(paint);
                    if (v.isEmpty() || v.equals("none")) continue;
                    assertTrue(palette.contains(Charts.colour(v)), e.getLocalName() + " " + paint + "=" + v);
                }
            }
        }
    }

    @Test
    void groupedSeriesAreNamedInTheLegendAndDrawnInDifferentPatterns() {
        Document doc = parse(renderer.render(Charts.scores()));
        List<String> texts = shownTexts(doc);
        for (String name : List.of("得分", "分值", "上年得分")) assertTrue(texts.contains(name), name);
        String hatch = SvgMarkup.rgb(ChartPalette.SERIES.get(1));
        long hatched = elements(doc, "path").stream()
                .filter(p -> hatch.equals(inherited(p, "stroke")) && "none".equals(inherited(p, "fill"))).count();
        assertTrue(hatched >= 3, "hatching on the second series' bars and legend swatch: " + hatched);
        String outline = SvgMarkup.rgb(ChartPalette.SERIES.get(2));
        long outlined = elements(doc, "rect").stream()
                .filter(r -> outline.equals(inherited(r, "stroke")) && "none".equals(inherited(r, "fill"))).count();
        assertTrue(outlined >= 3, "outlines of the third series' bars: " + outlined);
    }

    @Test
    void labelsStayInsideTheChart() {
        TextMetrics widths = new EstimatedTextMetrics();
        for (ChartData chart : Charts.all()) {
            Element svg = parse(renderer.render(chart)).getDocumentElement();
            double width = Double.parseDouble(svg.getAttribute("width"));
            for (Element text : elements(svg.getOwnerDocument(), "text")) {
                String anchor = inherited(text, "text-anchor");
                List<Element> lines = elements(svg.getOwnerDocument(), "tspan").stream()
                        .filter(l -> l.getParentNode() == text).toList();
                for (Element line : lines.isEmpty() ? List.of(text) : lines) {
                    double x = Double.parseDouble(line.getAttribute("x"));
                    double w = widths.width(shown(line), fontSize(line));
                    double left = "end".equals(anchor) ? x - w : "middle".equals(anchor) ? x - w / 2 : x;
                    assertTrue(left >= 0 && left + w <= width, chart.id() + ": 「" + shown(line) + "」 at " + left + "+" + w);
                }
            }
        }
    }

    private static float fontSize(Element e) {
        return Float.parseFloat(inherited(e, "font-size").replace("px", ""));
    }

    /** A label's full text when it was shortened, else "". */
    private static String tooltip(Element text) {
        Element first = firstElementChild(text);
        return first != null && first.getLocalName().equals("title") ? first.getTextContent() : "";
    }

    private static Element firstElementChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element el) return el;
        return null;
    }

    private static Element nextElement(Element e) {
        for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) if (n instanceof Element el) return el;
        return null;
    }
}
