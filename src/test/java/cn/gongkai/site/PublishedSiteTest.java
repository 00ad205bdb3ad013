package cn.gongkai.site;

import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.PublishTime;
import cn.gongkai.model.Site;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.model.review.ReviewLine;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.testing.BuiltSite;
import cn.gongkai.verify.CsvFile;
import cn.gongkai.verify.ModelCells;
import cn.gongkai.testing.Sample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole published sample site, every page parsed with jsoup: links and assets resolve, nothing
 * absolute or external, every page's frame is accessible, downloads equal the tables they came from,
 * and the site files list every document.
 */
class PublishedSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Attributes that hold an address, in HTML and in inline SVG. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "srcset", "poster", "data",
            "xlink:href", "cite", "background", "longdesc", "manifest", "ping");

    private static BuiltSite site;
    private static Site model;

    @BeforeAll
    static void build() {
        site = new BuiltSite(Sample.builtSite());
        model = Sample.site();
    }

    /** Every document of the sample: its page and its publish time. */
    private static Map<String, PublishTime> documents() {
        Map<String, PublishTime> out = new HashMap<>();
        for (FinalAccounts fa : model.finalAccounts()) {
            out.put(fa.department().jurisdiction() + "/" + fa.year() + "/final-accounts/" + fa.department().slug() + "/index.html", fa.published());
        }
        for (BudgetReview r : model.budgetReviews()) {
            out.put(r.department().jurisdiction() + "/" + r.year() + "/budget-review/" + r.department().slug() + "/index.html", r.published());
        }
        return out;
    }

    @Test
    void everyPageHasLangOneH1ASkipLinkAndLandmarks() {
        assertTrue(site.pages().size() >= 13, "pages: " + site.pages().keySet());
        for (var e : site.pages().entrySet()) {
            Document d = e.getValue();
            String where = e.getKey();
            assertEquals("zh-CN", d.selectFirst("html").attr("lang"), where);
            assertEquals(1, d.select("h1").size(), where + " has one h1");
            assertFalse(d.selectFirst("h1").text().isBlank(), where);
            assertFalse(d.title().isBlank(), where + " has a title");
            Element skip = d.selectFirst("body > a.skip-link");
            assertNotNull(skip, where + " skip link");
            assertEquals(skip, d.selectFirst("body a[href]"), where + ": the skip link is the first link");
            assertEquals("main", d.getElementById(skip.attr("href").substring(1)).tagName(), where + ": it leads to main");
            assertEquals(1, d.select("main").size(), where);
            assertEquals(1, d.select("body > header").size(), where + " banner");
            assertEquals(1, d.select("body > footer").size(), where + " contentinfo");
            for (Element nav : d.select("nav")) assertFalse(nav.attr("aria-label").isEmpty() && nav.attr("aria-labelledby").isEmpty(),
                    where + ": every nav is labelled");
            assertFalse(d.select("nav.site-nav").isEmpty(), where + " navigation");
            assertNotNull(d.selectFirst("meta[name=viewport]"), where);
            assertNotNull(d.selectFirst("meta[name=SiteName]"), where);
            assertNotNull(d.selectFirst("meta[name=ColumnName]"), where);
        }
    }

    @Test
    void headingsNeverSkipALevel() {
        for (var e : site.pages().entrySet()) {
            int previous = 0;
            for (Element h : e.getValue().select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertTrue(level <= previous + 1, e.getKey() + ": " + h.tagName() + " 「" + h.text() + "」 after h" + previous);
                previous = level;
            }
        }
    }

    @Test
    void everyInternalLinkAndAssetResolves() throws IOException {
        Set<String> files = new HashSet<>(site.files());
        int checked = 0;
        for (var e : site.pages().entrySet()) {
            String page = e.getKey();
            for (Element el : e.getValue().select("a[href], link[href], script[src], img[src], form[action]")) {
                String href = el.hasAttr("href") ? el.attr("href") : el.hasAttr("src") ? el.attr("src") : el.attr("action");
                String target = site.resolve(page, href);
                assertNotNull(target, page + ": " + href + " leaves the site");
                assertTrue(files.contains(target), page + ": " + href + " → " + target + " does not exist");
                int hash = href.indexOf('#');
                if (hash >= 0 && target.endsWith(".html")) {
                    String anchor = href.substring(hash + 1);
                    assertNotNull(site.page(target).getElementById(anchor), page + ": " + href + " has no #" + anchor);
                }
                checked++;
            }
        }
        assertTrue(checked > 200, "links checked: " + checked);
        // The stylesheet's own references (none today) must stay inside the site too.
        String css = Files.readString(site.root().resolve("assets/css/site.css"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("url\\(([^)]*)\\)").matcher(css);
        while (m.find()) fail("the stylesheet loads " + m.group(1));
        assertFalse(css.contains("@import"), "no imported stylesheet");
    }

    @Test
    void noPageUsesAnAbsoluteOrExternalAddress() {
        for (var e : site.pages().entrySet()) {
            for (Element el : e.getValue().getAllElements()) {
                for (Attribute a : el.attributes()) {
                    if (!URL_ATTRIBUTES.contains(a.getKey().toLowerCase())) continue;
                    String v = a.getValue().trim().toLowerCase();
                    assertFalse(v.startsWith("/") || v.contains("://") || v.startsWith("//") || v.startsWith("data:")
                            || v.startsWith("javascript:") || v.startsWith("mailto:") || v.startsWith("http"),
                            e.getKey() + ": " + el.tagName() + " " + a);
                }
                if (el.hasAttr("style")) assertFalse(el.attr("style").contains("url("), e.getKey() + ": inline style loads " + el.attr("style"));
            }
            assertTrue(e.getValue().select("base, iframe, object, embed, img, link[rel=preconnect], link[rel=dns-prefetch]").isEmpty(),
                    e.getKey() + " loads nothing from elsewhere");
            for (Element s : e.getValue().select("script")) {
                assertTrue(s.data().isBlank(), e.getKey() + ": no inline script");
                assertTrue(s.attr("src").endsWith("assets/js/site.js") || s.attr("src").endsWith("assets/js/search.js")
                        || s.attr("src").endsWith("search/index.js"), e.getKey() + ": only the site's own scripts: " + s.attr("src"));
            }
        }
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() {
        int tables = 0;
        for (var e : site.pages().entrySet()) {
            for (Element table : e.getValue().select("table")) {
                String where = e.getKey() + " table " + table.className() + " " + table.parents().select("[id]").eachAttr("id");
                Element caption = table.selectFirst("> caption");
                assertNotNull(caption, where + " has a caption");
                assertFalse(caption.text().isBlank(), where);
                assertEquals(table.child(0), caption, where + ": the caption comes first");
                for (Element th : table.select("th")) {
                    assertTrue(Set.of("col", "row", "colgroup", "rowgroup").contains(th.attr("scope")), where + ": th 「" + th.text() + "」 has a scope");
                }
                for (Element td : table.select("td[headers]")) {
                    for (String id : td.attr("headers").split(" ")) assertNotNull(table.getElementById(id), where + ": headers " + id);
                }
                if (table.hasClass("fin")) {
                    Element region = table.parent();
                    assertTrue(region.hasClass("table-scroll") && region.attr("role").equals("region") && region.attr("tabindex").equals("0")
                            && !region.attr("aria-labelledby").isEmpty(), where + ": a wide table scrolls in a focusable, labelled region");
                }
                tables++;
            }
        }
        assertTrue(tables > 20, "tables checked: " + tables);
    }

    @Test
    void eachTablesCsvAndJsonEqualTheTableAndTheModel() throws IOException {
        FinalAccounts fa = Sample.zhenan2019();
        Document page = site.page(Sample.ZHENAN_2019);
        int tables = 0;
        for (DisclosureTable t : fa.tables().all()) {
            String id = t.kind().slug();
            Element section = page.getElementById(id);
            String csvHref = section.selectFirst(".downloads a[type=text/csv]").attr("href");
            String jsonHref = section.selectFirst(".downloads a[type=application/json]").attr("href");
            CsvFile.Read csv = CsvFile.read(site.root().resolve(site.resolve(Sample.ZHENAN_2019, csvHref)));
            assertTrue(csv.bom(), id + ".csv starts with a BOM so Excel reads UTF-8");
            List<List<String>> html = new ArrayList<>();
            for (Element tr : section.select("table tbody tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : tr.select("th, td")) {
                    String text = cell.hasClass("num") ? cell.text().replace(",", "") : cell.text();
                    int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                    for (int i = 0; i < span; i++) cells.add(i == 0 ? text : "");
                }
                html.add(cells);
            }
            assertEquals(html, csv.rows().subList(1, csv.rows().size()), id + ".csv has the rows of the published table");
            String unit = fa.unit().label();
            assertTrue(csv.rows().get(0).stream().anyMatch(h -> h.endsWith("（" + unit + "）")), id + ".csv names the unit");

            JsonNode json = JSON.readTree(site.root().resolve(site.resolve(Sample.ZHENAN_2019, jsonHref)).toFile());
            assertEquals(unit, json.get("unit").asText());
            assertEquals(fa.year(), json.get("year").asInt());
            Map<String, Amount> expected = new HashMap<>();
            ModelCells.of(t).forEach((k, a) -> {
                if (a != null) expected.put(k, a);
            });
            Map<String, BigDecimal> shown = new HashMap<>();
            for (JsonNode c : json.get("cells")) shown.put(c.get("row").asText() + "|" + c.get("column").asText(), c.get("value").decimalValue());
            assertEquals(expected.keySet(), shown.keySet(), id + ".json has every amount of the model");
            expected.forEach((k, a) -> assertEquals(0, a.value().compareTo(shown.get(k)), id + ".json " + k));
            tables++;
        }
        assertEquals(fa.tables().all().size(), tables);
    }

    @Test
    void theFiscalDataPackageDescribesItsDataAndSumsToTheTables() throws IOException {
        FinalAccounts fa = Sample.zhenan2019();
        Document page = site.page(Sample.ZHENAN_2019);
        String descriptor = site.resolve(Sample.ZHENAN_2019, page.selectFirst(".downloads.package a[type=application/json]").attr("href"));
        JsonNode d = JSON.readTree(site.root().resolve(descriptor).toFile());
        assertEquals("fiscal-data-package", d.get("profile").asText());
        JsonNode resource = d.get("resources").get(0);
        String data = descriptor.substring(0, descriptor.lastIndexOf('/') + 1) + resource.get("path").asText();
        CsvFile.Read csv = CsvFile.read(site.root().resolve(data));
        assertFalse(csv.bom(), "a data file for programs has no BOM");
        List<String> names = new ArrayList<>();
        for (JsonNode f : resource.get("schema").get("fields")) names.add(f.get("name").asText());
        assertEquals(names, csv.rows().get(0), "the schema describes every column, in order");
        Set<String> columnTypes = new TreeSet<>();
        resource.get("schema").get("fields").forEach(f -> {
            if (f.has("columnType")) columnTypes.add(f.get("columnType").asText());
        });
        assertTrue(columnTypes.containsAll(List.of("date:fiscal-year", "administrative-classification:generic:level1:code",
                "functional-classification:generic:level3:code", "economic-classification:generic:level2:code", "fin-source:generic:label",
                "phase:id", "phase:label", "direction", "value", "value-currency:code")), columnTypes.toString());
        int amount = names.indexOf("amount");
        int table = names.indexOf("table");
        int row = names.indexOf("row");
        int measure = names.indexOf("measure");
        long cells = fa.tables().all().stream().mapToLong(t -> ModelCells.of(t).values().stream().filter(a -> a != null).count()).sum();
        assertEquals(cells, csv.rows().size() - 1, "one row per published amount");
        // 公开05 合计 本年支出合计, in 元.
        BigDecimal total = fa.tables().generalBudget().orElseThrow().body().total().cells()
                .get(cn.gongkai.model.table.GeneralBudgetColumn.TOTAL).orElseThrow().valueIn(MoneyUnit.YUAN);
        List<String> line = csv.rows().stream().filter(r -> r.get(table).equals("公开05表") && r.get(row).equals("合计")
                && r.get(measure).equals("本年支出合计")).findFirst().orElseThrow();
        assertEquals(0, total.compareTo(new BigDecimal(line.get(amount))), "amounts are in 元");
        for (List<String> r : csv.rows().subList(1, csv.rows().size())) {
            assertEquals("CNY", r.get(names.indexOf("currency")));
            assertEquals(String.valueOf(fa.year()), r.get(names.indexOf("fiscal_year")));
        }
    }

    @Test
    void theReviewListDownloadsEqualTheModel() throws IOException {
        BudgetReview review = Sample.anning2021Review();
        Document page = site.page(Sample.ANNING_2021_REVIEW);
        String csvHref = page.selectFirst(".downloads.package a[href$=review.csv]").attr("href");
        CsvFile.Read csv = CsvFile.read(site.root().resolve(site.resolve(Sample.ANNING_2021_REVIEW, csvHref)));
        assertTrue(csv.bom());
        assertEquals(review.lines().size() + 2, csv.rows().size(), "header, one row per line, totals");
        for (int i = 0; i < review.lines().size(); i++) {
            ReviewLine l = review.lines().get(i);
            List<String> r = csv.rows().get(i + 1);
            assertEquals(String.valueOf(l.no()), r.get(0));
            assertEquals(l.name().value(), r.get(2));
            assertEquals(0, l.requested().value().compareTo(new BigDecimal(r.get(5))), "line " + l.no());
            assertEquals(l.score() == null ? "" : l.score().value().toPlainString(), r.get(6));
            assertEquals(l.recommendation().label(), r.get(7));
        }
        List<String> totals = csv.rows().get(csv.rows().size() - 1);
        assertEquals(0, review.requestedTotal().value().compareTo(new BigDecimal(totals.get(5))));
        assertEquals(review.averageScore().orElseThrow().toPlainString(), totals.get(6));

        JsonNode json = JSON.readTree(site.root().resolve(site.resolve(Sample.ANNING_2021_REVIEW,
                page.selectFirst(".downloads.package a[href$=review.json]").attr("href"))).toFile());
        assertEquals(review.lines().size(), json.get("lines").size());
        for (int i = 0; i < review.lines().size(); i++) {
            ReviewLine l = review.lines().get(i);
            JsonNode j = json.get("lines").get(i);
            assertEquals(0, l.requested().value().compareTo(j.get("requested").decimalValue()));
            assertEquals(l.findings().size(), j.get("findings").size(), "findings stay a list");
            assertEquals(l.documents().size(), j.get("documents").size(), "资金文号 stay a list");
        }
        CsvFile.Read fdp = CsvFile.read(site.root().resolve(site.resolve(Sample.ANNING_2021_REVIEW,
                page.selectFirst(".downloads.package a[href$=fiscal-data.csv]").attr("href"))));
        List<String> names = fdp.rows().get(0);
        BigDecimal proposed = fdp.rows().subList(1, fdp.rows().size()).stream().filter(r -> r.get(names.indexOf("phase_id")).equals("proposed"))
                .map(r -> new BigDecimal(r.get(names.indexOf("amount")))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, review.requestedTotal().valueIn(MoneyUnit.YUAN).compareTo(proposed), "the proposed amounts sum to 申报合计");
    }

    @Test
    void sitemapListsEveryPageAndTheFeedEveryDocumentByPublishTime() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(site.root().resolve("sitemap.xml")), "", Parser.xmlParser());
        Set<String> listed = new TreeSet<>(sitemap.select("url > loc").eachText());
        Set<String> pages = new TreeSet<>(site.pages().keySet());
        pages.remove("404.html");
        assertEquals(pages, listed, "sitemap.xml lists every page but 404.html");

        Document feed = Jsoup.parse(Files.readString(site.root().resolve("feed.xml")), "", Parser.xmlParser());
        Map<String, PublishTime> documents = documents();
        List<String> order = new ArrayList<>();
        DateTimeFormatter rfc3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+08:00'");
        for (Element entry : feed.select("feed > entry")) {
            String href = entry.selectFirst("link[rel=alternate]").attr("href");
            assertTrue(documents.containsKey(href), "feed entry " + href + " is a document");
            assertEquals(rfc3339.format(documents.get(href).value()), entry.selectFirst("published").text(), href);
            assertFalse(entry.selectFirst("summary").text().isBlank());
            order.add(href);
        }
        assertEquals(documents.keySet(), new HashSet<>(order), "every document (all have a publish time) is in the feed");
        List<String> newestFirst = new ArrayList<>(order);
        newestFirst.sort((a, b) -> documents.get(b).compareTo(documents.get(a)));
        assertEquals(newestFirst, order, "newest first");
        assertEquals(feed.selectFirst("feed > entry > updated").text(), feed.selectFirst("feed > updated").text());

        String robots = Files.readString(site.root().resolve("robots.txt"));
        assertTrue(robots.startsWith("User-agent: *"), robots);
        assertTrue(Files.isRegularFile(site.root().resolve("404.html")));
    }

    @Test
    void theSearchIndexPointsAtPlacesThatExist() throws IOException {
        String script = Files.readString(site.root().resolve("search/index.js"), StandardCharsets.UTF_8);
        JsonNode index = JSON.readTree(script.substring(script.indexOf('['), script.lastIndexOf(']') + 1));
        Set<String> kinds = new LinkedHashSet<>();
        for (JsonNode e : index) {
            String url = e.get("u").asText();
            String target = site.resolve("index.html", url);
            Document d = site.page(target);
            if (url.contains("#")) assertNotNull(d.getElementById(url.substring(url.indexOf('#') + 1)), url);
            kinds.add(e.get("k").asText());
        }
        assertEquals(Set.of("部门", "公开文件", "科目", "项目", "名词"), kinds);
        Set<String> codes = new HashSet<>();
        index.forEach(e -> codes.add(e.get("c").asText()));
        assertTrue(codes.contains("2010301"), "table rows are found by code");
        Document search = site.page("search/index.html");
        assertNotNull(search.selectFirst("noscript a[href$=index.html]"), "without JavaScript the page says how to browse instead");
        assertEquals("q", search.selectFirst("form[role=search] input[type=search]").attr("name"));
    }

    @Test
    void everyDocumentIsReachableFromHomeThroughAreaYearAndType() {
        Map<String, PublishTime> documents = documents();
        for (String doc : documents.keySet()) {
            String[] p = doc.split("/"); // jurisdiction/year/type/department/index.html
            String area = p[0] + "/index.html";
            String year = p[0] + "/" + p[1] + "/index.html";
            String type = p[0] + "/" + p[1] + "/" + p[2] + "/index.html";
            assertTrue(linksTo("index.html", area), "home → " + area);
            assertTrue(linksTo(area, year), area + " → " + year);
            assertTrue(linksTo(year, type), year + " → " + type);
            assertTrue(linksTo(type, doc), type + " → " + doc);
            List<String> trail = site.page(doc).select("nav.breadcrumbs li").eachText();
            assertEquals(5, trail.size(), doc + ": 首页 › 县 › 年 › 类型 › 部门: " + trail);
            assertEquals("首页", trail.get(0));
            assertEquals(site.page(doc).selectFirst("nav.breadcrumbs [aria-current=page]").text(), trail.get(trail.size() - 1));
            PublishTime t = documents.get(doc);
            Element time = site.page(type).select("ul.document-list li").stream()
                    .filter(li -> site.resolve(type, li.selectFirst("a").attr("href")).equals(doc)).findFirst().orElseThrow()
                    .selectFirst("time");
            assertEquals(t.printed(), time.text(), "the list shows the publish time from content");
            assertEquals(t.printed(), site.page(doc).selectFirst(".article-meta time").text());
            assertEquals(t.printed(), site.page(doc).selectFirst("meta[name=PubDate]").attr("content"));
        }
        List<String> latest = site.page("index.html").select("section[aria-labelledby=latest-h] ul.document-list > li > a").eachAttr("href");
        assertEquals(documents.size(), latest.size(), "the home page lists the latest documents");
        assertEquals("anning/2021/budget-review/anning-zwfwglj/index.html", latest.get(0), "newest publish time first");
    }

    @Test
    void anEmptyListSaysWhy() {
        Document year = site.page("zhenan/2019/index.html");
        List<String> reasons = year.select("ul.type-list .empty-reason").eachText();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("部门预算")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("预算评审结果")), reasons.toString());
        for (var e : site.pages().entrySet()) {
            for (Element list : e.getValue().select("main ul, main ol")) {
                if (list.id().equals("search-list")) continue; // filled by the search script
                assertFalse(list.children().isEmpty(), e.getKey() + ": an empty list " + list.className());
            }
        }
    }

    @Test
    void theComparisonShowsEachDepartmentsFiguresFromItsTables() {
        FinalAccounts fa = Sample.zhenan2019();
        Document page = site.page("zhenan/2019/compare/index.html");
        Element row = page.selectFirst("table.compare tbody tr[data-dept=" + fa.department().slug() + "]");
        assertNotNull(row);
        Map<String, String> cells = new HashMap<>();
        for (Element td : row.select("td")) cells.put(td.attr("data-col"), td.text());
        Map<String, Amount> gk03 = ModelCells.of(fa.tables().expenditure().orElseThrow());
        Map<String, Amount> gk07 = ModelCells.of(fa.tables().threePublic().orElseThrow());
        assertAmount(gk03.get("total|total"), cells.get("expenditure"));
        assertAmount(gk03.get("total|basic"), cells.get("basic"));
        assertAmount(gk03.get("total|project"), cells.get("project"));
        assertAmount(gk07.get("actual|total"), cells.get("three-public"));
        assertAmount(gk07.get("actual|meeting"), cells.get("meeting"));
        assertAmount(gk07.get("actual|training"), cells.get("training"));
        assertAmount(fa.facts().operatingCosts().actual(), cells.get("operating"));
        assertAmount(ModelCells.of(fa.tables().income().orElseThrow()).get("total|total"), cells.get("income"));
        assertEquals(2, page.select("figure.chart").size(), "as a table and charts");
        assertNull(page.selectFirst("table.compare tfoot"), "no sum of one department");
    }

    /** The sample publishes in 万元 and the comparison is in 万元. */
    private static void assertAmount(Amount expected, String shown) {
        assertNotNull(expected);
        assertEquals(0, expected.valueIn(MoneyUnit.WAN_YUAN).compareTo(new BigDecimal(shown.replace(",", ""))), shown);
    }

    private static boolean linksTo(String from, String to) {
        return site.page(from).select("main a[href]").stream().anyMatch(a -> to.equals(site.resolve(from, a.attr("href"))));
    }
}
