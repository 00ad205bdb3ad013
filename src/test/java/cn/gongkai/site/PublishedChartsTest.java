package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.performance.DepartmentIndicator;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.render.chart.ChartRenderer;
import cn.gongkai.render.chart.CjkFontProbe;
import cn.gongkai.testing.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every chart of the sample disclosure: its data equals the model, and the SVG says the same. */
class PublishedChartsTest {

    private static Document page;
    private static FinalAccounts fa;

    @BeforeAll
    static void load() throws IOException {
        page = Jsoup.parse(Sample.builtSite().resolve(Sample.ZHENAN_2019).toFile(), "UTF-8");
        fa = Sample.zhenan2019();
    }

    /** What each chart must show, computed here from the model: category → values per series. */
    private static Map<String, Map<String, List<BigDecimal>>> expected() {
        Map<String, Map<String, List<BigDecimal>>> out = new LinkedHashMap<>();
        var t = fa.tables();
        var income = t.income().orElseThrow().body().total().cells();
        out.put("chart-income", Map.of(IncomeColumn.FISCAL.label(), List.of(income.get(IncomeColumn.FISCAL).orElseThrow().value())));
        var spend = t.expenditure().orElseThrow().body().total().cells();
        out.put("chart-expenditure", Map.of("基本支出", List.of(spend.get(ExpenditureColumn.BASIC).orElseThrow().value()),
                "项目支出", List.of(spend.get(ExpenditureColumn.PROJECT).orElseThrow().value())));
        Map<String, List<BigDecimal>> gb = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> vs = new LinkedHashMap<>();
        for (var r : t.generalBudget().orElseThrow().body().rows()) {
            if (r.code().level() != 3) continue;
            BigDecimal actual = r.cells().get(GeneralBudgetColumn.TOTAL).orElseThrow().value();
            gb.put(r.code().digits() + " " + r.name(), List.of(actual));
            vs.put(r.code().digits() + " " + r.name(), List.of(fa.facts().budget(r.code()).orElseThrow().adjusted().value(), actual));
        }
        out.put("chart-general-budget", gb);
        out.put("chart-budget-vs-actual", vs);
        Map<String, List<BigDecimal>> econ = new LinkedHashMap<>();
        for (var r : t.basicExpenditure().orElseThrow().body().rows()) {
            if (r.code().level() == 2) econ.put(r.name(), List.of(r.cells().get(BasicEconomicColumn.TOTAL).orElseThrow().value()));
        }
        out.put("chart-basic-economic", econ);
        Map<String, List<BigDecimal>> tp = new LinkedHashMap<>();
        var seven = t.threePublic().orElseThrow();
        Map<ThreePublicColumn, String> names = Map.of(ThreePublicColumn.RECEPTION, "公务接待费", ThreePublicColumn.MEETING, "会议费",
                ThreePublicColumn.TRAINING, "培训费");
        names.forEach((c, n) -> tp.put(n, List.of(seven.budget().get(c).orElseThrow().value(), seven.actual().get(c).orElseThrow().value())));
        out.put("chart-three-public", tp);
        Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
        for (DepartmentIndicator i : fa.performance().department().indicators()) {
            scores.put(i.name().value(), List.of(i.points().value(), i.score().value()));
        }
        out.put("chart-department-scores", scores);
        return out;
    }

    @Test
    void everyChartsDataEqualsTheModel() {
        Map<String, Map<String, List<BigDecimal>>> expected = expected();
        assertEquals(expected.keySet(), new java.util.LinkedHashSet<>(page.select("figure.chart").eachAttr("id")));
        for (var chart : expected.entrySet()) {
            Element fig = page.getElementById(chart.getKey());
            Map<String, List<BigDecimal>> shown = new LinkedHashMap<>();
            for (Element row : fig.select("details table tbody tr")) {
                List<BigDecimal> values = new ArrayList<>();
                for (Element td : row.select("td")) values.add(td.text().isEmpty() ? null : new BigDecimal(td.text().replace(",", "")));
                shown.put(row.selectFirst("th").text(), values);
            }
            for (var e : chart.getValue().entrySet()) {
                List<BigDecimal> got = shown.get(e.getKey());
                assertNotNull(got, chart.getKey() + " shows " + e.getKey());
                for (int i = 0; i < e.getValue().size(); i++) {
                    assertEquals(0, e.getValue().get(i).compareTo(got.get(i)), chart.getKey() + " " + e.getKey() + " series " + i);
                }
            }
            assertEquals(chart.getValue().size(), chart.getValue().keySet().stream().filter(shown::containsKey).count());
        }
    }

    @Test
    void svgLabelsSayWhatTheDataSays() {
        for (Element fig : page.select("figure.chart")) {
            Document svg = Jsoup.parse(fig.selectFirst(".chart-svg svg").outerHtml(), "", Parser.xmlParser());
            Element root = svg.selectFirst("svg");
            assertEquals("img", root.attr("role"));
            assertEquals(fig.selectFirst(".chart-title").text(), svg.selectFirst("title").text());
            assertEquals(fig.selectFirst(".chart-summary").text(), svg.selectFirst("desc").text());
            String text = String.join(" ", svg.select("text").eachText()) + " " + String.join(" ", svg.select("text title").eachText());
            for (Element row : fig.select("details table tbody tr")) {
                String category = row.selectFirst("th").text();
                assertTrue(text.replace(" ", "").contains(category.replace(" ", "").substring(0, Math.min(6, category.replace(" ", "").length()))),
                        fig.id() + " labels " + category);
                for (Element td : row.select("td")) {
                    if (!td.text().isEmpty()) assertTrue(text.contains(td.text()), fig.id() + " shows the value " + td.text());
                }
            }
            for (Element t : svg.select("text")) {
                assertEquals(ChartRenderer.FONT_FAMILY, t.closest("[font-family]").attr("font-family"), "CJK font list");
            }
            assertNotNull(fig.selectFirst(".chart-source a[href^=#]"), "links to the table it was drawn from");
            assertNotNull(page.getElementById(fig.selectFirst(".chart-source a").attr("href").substring(1)));
        }
    }

    @Test
    void withoutAChineseFontTheBuildSucceedsAndWarnsOnce(@TempDir Path temp) throws IOException {
        Gongkai.BuildResult r = new Gongkai(CjkFontProbe.none()).build(Gongkai.Content.of(Sample.CONTENT), Sample.THEME, temp.resolve("site"));
        assertTrue(r.published());
        assertEquals(List.of(ChartRenderer.NO_CJK_FONT_WARNING), r.notes(), "warned once for " + r.charts() + " charts");
        int figures = 0;
        try (var files = java.nio.file.Files.walk(temp.resolve("site"))) {
            for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                figures += Jsoup.parse(html.toFile(), "UTF-8").select("figure.chart").size();
            }
        }
        assertEquals(figures, r.charts(), "every chart of every page drawn, once each");
        Document p = Jsoup.parse(temp.resolve("site").resolve(Sample.ZHENAN_2019).toFile(), "UTF-8");
        assertTrue(p.selectFirst("#chart-basic-economic svg").text().contains("基本工资"), "labels are still there");
    }
}
