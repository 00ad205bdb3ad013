package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.ReviewSeed;
import cn.gongkai.testing.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published 预算评审结果 page of the sample, parsed with jsoup and compared cell by cell with
 * seed 000 itself (not with numbers copied into the test) and with the model it was built from.
 */
class PublishedReviewTest {

    private static final ReviewSeed SEED = ReviewSeed.read();
    private static Path site;
    private static Document page;
    private static BudgetReview review;

    @BeforeAll
    static void build() throws IOException {
        site = Sample.builtSite();
        page = Jsoup.parse(site.resolve(Sample.ANNING_2021_REVIEW).toFile(), "UTF-8");
        review = Sample.anning2021Review();
    }

    @Test
    void everyLineShowsTheSeedsFiguresCellByCell() {
        List<Element> rows = page.select("table.review tbody tr");
        assertEquals(SEED.lines().size(), rows.size(), "all 12 lines are published");
        for (int i = 0; i < rows.size(); i++) {
            ReviewSeed.Line s = SEED.lines().get(i);
            Element row = rows.get(i);
            String where = "line " + s.no();
            assertEquals(String.valueOf(s.no()), cell(row, "no").text(), where);
            assertEquals(s.implementer(), cell(row, "implementer").text(), where);
            assertEquals(s.name(), cell(row, "name").text(), where);
            assertEquals(blankIfNull(s.priorBudget()), cell(row, "prior_year_budget").text(), where + " prior-year budget");
            assertEquals(s.progress() == null ? "" : s.progress() + "%", cell(row, "progress").text(), where + " progress");
            assertEquals(s.requested(), cell(row, "requested").text(), where + " requested");
            assertScore(s.score(), cell(row, "score"), where);
            assertEquals(s.recommendation(), cell(row, "recommendation").text(), where);
            for (Element td : row.select("[data-col=prior_year_budget], [data-col=progress], [data-col=requested], [data-col=score]")) {
                assertTrue(td.hasClass("num"), where + ": numbers are right-aligned");
            }
        }
    }

    @Test
    void totalsRowIsComputedAndEqualsTheSeedsTotals() {
        BigDecimal requested = SEED.lines().stream().map(l -> ReviewSeed.number(l.requested())).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> scores = SEED.lines().stream().filter(l -> l.score() != null).map(l -> new BigDecimal(l.score())).toList();
        BigDecimal mean = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        assertEquals(ReviewSeed.number(SEED.totals().requested()), requested, "the seed's 申报合计 is the sum of its lines");
        assertEquals(new BigDecimal(SEED.totals().averageScore()), mean, "the seed's 平均得分 is the mean of its scored lines");
        assertEquals(0, requested.compareTo(review.requestedTotal().value()));
        assertEquals(mean, review.averageScore().orElseThrow());

        Element total = page.selectFirst("table.review tfoot tr.total");
        assertEquals("18,493,654.50", cell(total, "requested").text());
        assertEquals(SEED.totals().requested(), cell(total, "requested").text());
        assertEquals("73.84", cell(total, "score").ownText());
        assertEquals(SEED.totals().averageScore(), cell(total, "score").ownText());
    }

    @Test
    void totalsAreComputedEvenWhenTheFileGivesNone(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("content");
        ContentCase.copyTree(Sample.CONTENT, content);
        Path file = content.resolve("departments/anning-zwfwglj/2021/budget-review.yaml");
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, yaml.substring(0, yaml.indexOf("\ntotal:") + 1), StandardCharsets.UTF_8);
        Path out = temp.resolve("site");
        assertTrue(new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, out).published());
        Element total = Jsoup.parse(out.resolve(Sample.ANNING_2021_REVIEW).toFile(), "UTF-8").selectFirst("table.review tfoot tr.total");
        assertEquals(SEED.totals().requested(), cell(total, "requested").text());
        assertEquals(SEED.totals().averageScore(), cell(total, "score").ownText());
    }

    @Test
    void eachLineHasADetailSectionWithItsFindingsAndDocuments() {
        for (ReviewSeed.Line s : SEED.lines()) {
            String id = "line-" + s.no();
            Element section = page.getElementById(id);
            assertNotNull(section, id);
            assertEquals("#" + id, page.select("table.review tbody tr").get(s.no() - 1).selectFirst("th[scope=row] a").attr("href"),
                    "row " + s.no() + " links to its section");
            assertEquals(s.findings(), section.select("ol.review-notes > li.finding").eachText(), "findings of " + id);
            assertEquals(s.documents(), section.select("ol.review-notes > li.documents ul.documents > li").eachText(), "资金文号 of " + id);
            Element documents = section.selectFirst("ol.review-notes > li.documents");
            if (s.documents().isEmpty()) {
                assertNull(documents, id + " has no 资金文号");
            } else {
                assertEquals(String.valueOf(s.documentsItem()), documents.attr("value"), id + ": the item number as published");
            }
        }
        assertEquals(List.of("4", "4"), List.of(String.valueOf(page.select("#line-4 li.finding").size()),
                page.selectFirst("#line-4 li.documents").attr("value")), "line 4 keeps its two items numbered 4");
        assertEquals("绩效目标填报内容不完整、准确，。", page.selectFirst("#line-5 li.finding").text(), "slips are published as they are");
    }

    @Test
    void tableHasCaptionScopedHeadersAndGeneratedColumnTitles() {
        Element table = page.selectFirst("table.review");
        String caption = table.selectFirst("caption").text();
        assertTrue(caption.contains(review.displayTitle()), caption);
        assertTrue(caption.contains("编制单位：安宁市政务服务管理局"), caption);
        assertTrue(caption.contains("金额单位：元"), caption);
        assertEquals(List.of("序号", "实施单位", "项目名称", "2020 年预算下达额度", "截至 2020 年 10 月 31 日支出进度", "2021 年度申报预算资金",
                "最终得分", "预算资金安排建议", "备注"), table.select("thead th").eachText());
        for (Element th : table.select("th")) {
            assertTrue(Set.of("col", "row").contains(th.attr("scope")), th.toString());
        }
        Element region = table.parent();
        assertEquals("region", region.attr("role"));
        assertEquals("0", region.attr("tabindex"));
        assertEquals("review-caption", region.attr("aria-labelledby"));
        assertEquals(1, page.select("h1").size());
        assertEquals(review.displayTitle(), page.selectFirst("h1").text());
    }

    @Test
    void summaryFiguresMatchTheSeed() {
        assertEquals(String.valueOf(SEED.lines().size()), figure("count(review.lines)"));
        assertEquals(String.valueOf(SEED.lines().stream().filter(l -> l.score() != null).count()), figure("count(review.scored)"));
        assertEquals(0, ReviewSeed.number(SEED.totals().requested()).compareTo(new BigDecimal(figure("review.requested_total"))));
        assertEquals(SEED.totals().averageScore(), figure("review.average_score"));
        long adjusted = SEED.lines().stream().filter(l -> l.recommendation().equals("予以安排，但应调整额度")).count();
        assertEquals(String.valueOf(adjusted), figure("count(review.recommendation.ARRANGE_ADJUSTED)"));
    }

    @Test
    void homeListsTheReviewAndEveryLinkIsRelative() throws IOException {
        Document home = Jsoup.parse(site.resolve(SitePaths.HOME).toFile(), "UTF-8");
        Element entry = home.select("ul.document-list li").stream().filter(li -> li.text().contains("预算评审结果")).findFirst().orElseThrow();
        assertEquals(Sample.ANNING_2021_REVIEW, entry.selectFirst("a").attr("href"));
        assertTrue(entry.selectFirst(".meta").text().contains("安宁市 · 2021 年 · 预算评审结果"), entry.text());
        Path pageFolder = site.resolve(Sample.ANNING_2021_REVIEW).getParent();
        for (Element a : page.select("a[href], link[href]")) {
            String href = a.attr("href");
            assertFalse(href.startsWith("/") || href.contains("://"), "relative: " + href);
            if (href.startsWith("#")) {
                assertNotNull(page.getElementById(href.substring(1)), "anchor " + href);
            } else {
                assertTrue(Files.isRegularFile(pageFolder.resolve(href).normalize()), "link target exists: " + href);
            }
        }
    }

    @Test
    void chartsShowEachLinesRequestedAmountAndTheScoreBandsOfTheSeed() {
        Element requested = page.getElementById("chart-review-requested");
        List<Element> rows = requested.select("details table tbody tr");
        assertEquals(SEED.lines().size(), rows.size(), "one bar per line");
        for (int i = 0; i < rows.size(); i++) {
            ReviewSeed.Line s = SEED.lines().get(i);
            assertEquals(s.no() + ". " + s.name(), rows.get(i).selectFirst("th").text());
            assertEquals(s.requested(), rows.get(i).selectFirst("td").text(), "line " + s.no());
        }
        int[] bands = new int[5];
        for (ReviewSeed.Line s : SEED.lines()) {
            if (s.score() == null) continue;
            double v = Double.parseDouble(s.score()); // test-side only: which 10-point band a seed score falls in
            bands[v < 60 ? 0 : Math.min(4, (int) (v / 10) - 5)]++;
        }
        Element scores = page.getElementById("chart-review-scores");
        List<String> counts = scores.select("details table tbody td").eachText();
        assertEquals(List.of(String.valueOf(bands[0]), String.valueOf(bands[1]), String.valueOf(bands[2]), String.valueOf(bands[3]),
                String.valueOf(bands[4])), counts);
        for (Element fig : List.of(requested, scores)) {
            assertEquals("#review-list", fig.selectFirst(".chart-source a").attr("href"), "links to the list it was drawn from");
            assertNotNull(fig.selectFirst(".chart-svg svg title"), fig.id() + " has a text alternative");
        }
    }

    private static Element cell(Element row, String column) {
        Element c = row.selectFirst("[data-col=" + column + "]");
        assertNotNull(c, column + " in " + row);
        return c;
    }

    /** A score as printed, or "—" with a text for screen readers where the seed has "-". */
    private static void assertScore(String seed, Element td, String where) {
        if (seed != null) {
            assertEquals(seed, td.text(), where + " score");
            return;
        }
        assertEquals("—", td.selectFirst("[aria-hidden=true]").text(), where + " has no score");
        assertEquals("无评分", td.selectFirst(".visually-hidden").text(), where + ": the dash is explained to screen readers");
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

    private static String figure(String ref) {
        Element data = page.selectFirst("p.summary data.fig[data-ref=\"" + ref + "\"]");
        assertNotNull(data, ref);
        return data.attr("value");
    }
}
