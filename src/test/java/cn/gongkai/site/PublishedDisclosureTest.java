package cn.gongkai.site;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Text;
import cn.gongkai.model.performance.ProjectEvaluation;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.verify.ModelCells;
import cn.gongkai.testing.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published page of the sample disclosure, parsed with jsoup and compared with the model it came from. */
class PublishedDisclosureTest {

    private static Document page;
    private static FinalAccounts fa;

    @BeforeAll
    static void build() throws IOException {
        Path site = Sample.builtSite();
        page = Jsoup.parse(site.resolve(Sample.ZHENAN_2019).toFile(), "UTF-8");
        fa = Sample.zhenan2019();
    }

    @Test
    void everyTableCellEqualsTheYaml() {
        int compared = 0;
        for (DisclosureTable t : fa.tables().all()) {
            Element table = page.selectFirst("section#" + t.kind().slug() + " table.fin");
            assertNotNull(table, "table " + t.kind().number() + " is published");
            Map<String, String> shown = new HashMap<>();
            for (Element td : table.select("td[data-row][data-col]")) {
                String key = td.attr("data-row") + "|" + td.attr("data-col");
                assertFalse(shown.containsKey(key), t.kind().number() + " shows " + key + " twice");
                shown.put(key, td.text());
            }
            Map<String, Amount> model = ModelCells.of(t);
            for (Map.Entry<String, Amount> e : model.entrySet()) {
                String text = shown.get(e.getKey());
                assertNotNull(text, t.kind().number() + " " + e.getKey() + " is on the page");
                assertEquals(0, new BigDecimal(text.replace(",", "")).compareTo(e.getValue().value()),
                        t.kind().number() + " " + e.getKey() + ": page " + text + ", YAML " + e.getValue().value());
                compared++;
            }
            for (Map.Entry<String, String> e : shown.entrySet()) {
                if (!model.containsKey(e.getKey())) {
                    assertEquals("", e.getValue(), t.kind().number() + " " + e.getKey() + " is blank in the YAML, so blank on the page");
                }
            }
        }
        assertTrue(compared >= 90, "compared " + compared + " cells");
    }

    @Test
    void classifiedRowsShowCodeAndNameInOrder() {
        var basic = fa.tables().basicExpenditure().orElseThrow().body();
        List<Element> rows = page.select("section#gk06 table.fin tbody tr").subList(1, basic.rows().size() + 1);
        for (int i = 0; i < basic.rows().size(); i++) {
            CodedRow<?, ?> r = basic.rows().get(i);
            List<Element> headers = rows.get(i).select("th[scope=row]");
            assertEquals(r.code().digits(), headers.get(0).text());
            assertEquals(r.name(), headers.get(1).text());
        }
        assertEquals("工会会费", page.selectFirst("th#gk06-r-30228").text(), "the name as published is kept");
        assertEquals("合计", page.selectFirst("section#gk06 tbody tr").selectFirst("th").text());
    }

    @Test
    void everyTableHasCaptionWithNamePreparerAndUnitAndScopedHeaders() {
        for (DisclosureTable t : fa.tables().all()) {
            Element table = page.selectFirst("section#" + t.kind().slug() + " table.fin");
            Element caption = table.selectFirst("caption");
            assertNotNull(caption);
            assertTrue(caption.text().contains(t.meta().title()), caption.text());
            assertTrue(caption.text().contains("编制部门：镇安县行政审批服务局"), caption.text());
            assertTrue(caption.text().contains("金额单位：万元"), caption.text());
            assertNotNull(table.selectFirst("thead"));
            for (Element th : table.select("th")) {
                assertTrue(Set.of("col", "colgroup", "row").contains(th.attr("scope")), t.kind() + ": " + th);
            }
            for (Element td : table.select("td[headers]")) {
                for (String id : td.attr("headers").split(" ")) {
                    assertNotNull(page.getElementById(id), "headers id " + id + " exists");
                }
            }
        }
    }

    @Test
    void emptyTableIsPublishedWithItsReasonAndListed() {
        Element fund = page.selectFirst("section#gk08");
        assertTrue(fund.selectFirst(".empty-reason").text().contains("本部门无政府性基金预算财政拨款收入"));
        assertTrue(fund.select("td.num").stream().allMatch(td -> td.text().isEmpty()), "no made-up 0");
        List<Element> list = page.select("table.table-list tbody tr");
        assertEquals(8, list.size());
        assertEquals(List.of("表 8", "政府性基金预算财政拨款收入支出决算表", "是", "本部门无政府性基金预算财政拨款收入"),
                list.get(7).children().eachText());
        assertEquals("否", list.get(0).child(2).text());
    }

    @Test
    void everyPartOfTheDocumentIsThere() {
        assertEquals("镇安县行政审批服务局 2019 年部门决算", page.selectFirst("h1").text());
        assertEquals(List.of("保密审查情况：已审查", "部门负责人审签情况：经单位负责人邢光明审签，同意公开"),
                page.select(".review-lines p").eachText());
        assertEquals(fa.overview().duties().stream().map(Text::value).toList(), page.select("ol.duties li").eachText());
        String overview = page.selectFirst("#part-overview").text();
        assertTrue(overview.contains("根据上述职责，本部门 2019 年内设 3 个股室（包括办公室、审批一股、审批二股）。"));
        assertTrue(overview.contains("纳入 2019 年本部门决算编制范围的单位共 1 个"));
        assertTrue(overview.contains("截止 2019 年底，本部门人员行政编制 8 人，实有人员 5 人。"));
        assertEquals(11, page.select("#part-explanations > section").size());
        assertTrue(page.selectFirst("#s-basic-expenditure").text().contains("基本工资 42.41 万元"));
        assertTrue(page.selectFirst("#s-other-matters").text().contains("调整预算数 44.14 万元"));
        assertEquals(fa.glossary().size(), page.select("#part-glossary dt").size());
        assertEquals("基本支出", page.selectFirst("#term-basic-expenditure dfn").text());
    }

    @Test
    void performanceFormsSitInSectionTenWithTheirNumbers() {
        Element ten = page.selectFirst("#s-performance");
        List<Element> forms = ten.select("section.perf-form");
        assertEquals(4, forms.size(), "three project forms and the department form");
        ProjectEvaluation first = fa.performance().projects().get(0);
        Element funds = forms.get(0).selectFirst("table.funds");
        assertEquals("44.09", funds.selectFirst("td[data-row=total][data-col=actual]").text());
        assertEquals("", funds.selectFirst("td[data-row=total][data-col=budget]").text());
        assertEquals(first.indicators().size(), forms.get(0).select("table.indicators tbody tr").size());
        Element dept = page.selectFirst("#department-evaluation");
        assertTrue(dept.selectFirst(".form-meta").text().contains("自评得分：92"));
        Set<String> level2 = new HashSet<>(dept.select("table.indicators th[scope=rowgroup]").eachText());
        assertTrue(level2.contains("预算执行(25分)"), level2.toString());
        assertTrue(level2.contains("履职尽责(60分)"), level2.toString());
    }

    @Test
    void pageIsChineseHasOneH1SkipLinkAndLandmarks() {
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals(1, page.select("h1").size());
        assertEquals("#main", page.selectFirst("a.skip-link").attr("href"));
        assertNotNull(page.selectFirst("main#main"));
        assertNotNull(page.selectFirst("header"));
        assertNotNull(page.selectFirst("footer"));
        for (Element region : page.select("div.table-scroll")) {
            assertEquals("0", region.attr("tabindex"));
            assertEquals("region", region.attr("role"));
            assertTrue(region.hasAttr("aria-labelledby") || region.hasAttr("aria-label"));
        }
    }
}
