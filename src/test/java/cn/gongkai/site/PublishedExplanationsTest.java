package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Site;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import cn.gongkai.verify.Figures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 情况说明 on the published pages: every figure of the generated sentences equals what the model
 * gives for its data-ref; the sections read like the seed's; year-over-year sentences on a
 * two-year department (持平, a zero base, an increase with its percentage).
 */
class PublishedExplanationsTest {

    @TempDir
    static Path temp;
    static Path twoYears;
    static Site twoYearSite;

    @BeforeAll
    static void buildTwoYears() throws IOException {
        Path content = temp.resolve("content");
        ContentCase.load("sites/two-years").materialize(content);
        Gongkai g = new Gongkai();
        twoYearSite = g.check(Gongkai.Content.of(content)).site().orElseThrow();
        twoYears = temp.resolve("site");
        Gongkai.BuildResult r = g.build(Gongkai.Content.of(content), Sample.THEME, twoYears);
        assertTrue(r.published(), r.findings().toString());
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** Every {@code data.fig} is re-evaluated from the model; returns how many were checked. */
    private static int assertFigures(Document page, FinalAccounts fa, FinalAccounts previous) {
        Figures figures = new Figures(fa, previous, fa.unit());
        int n = 0;
        for (Element d : page.select("#part-explanations data.fig")) {
            String ref = d.attr("data-ref");
            BigDecimal expected = figures.value(ref).orElseThrow(() -> new AssertionError("data-ref names nothing: " + ref));
            BigDecimal shown = new BigDecimal(d.attr("value"));
            BigDecimal text = new BigDecimal(d.text().replace(",", ""));
            int scale = d.hasClass("count") ? 0 : 2;
            assertEquals(0, expected.setScale(scale, RoundingMode.HALF_UP).compareTo(shown), ref + ": page value " + shown + ", model " + expected);
            assertEquals(0, shown.compareTo(text), ref + ": value attribute and text differ");
            n++;
        }
        return n;
    }

    @Test
    void everyGeneratedFigureOfTheSampleEqualsTheModel() throws IOException {
        Document p = page(Sample.builtSite(), Sample.ZHENAN_2019);
        int checked = assertFigures(p, Sample.zhenan2019(), null);
        assertTrue(checked > 80, "checked " + checked + " figures");
    }

    @Test
    void sectionsReadLikeTheSeed() throws IOException {
        Document p = page(Sample.builtSite(), Sample.ZHENAN_2019);
        assertEquals(11, p.select("#part-explanations > section").size());
        assertEquals("2019 年收入合计 265.71 万元，其中：财政拨款收入 265.71 万元，占总收入 100.00%。",
                p.selectFirst("#s-income p.generated").text());
        assertEquals("2019 年支出合计 240.48 万元，其中：基本支出 102.39 万元，占总支出 42.58%；项目支出 138.09 万元，占总支出 57.42%。",
                p.selectFirst("#s-expenditure p.generated").text());
        String five = p.selectFirst("#s-general-budget").text();
        assertTrue(five.contains("年初预算为 0.00 万元，调整预算为 108.52 万元，支出决算为 102.39 万元，年初预算为 0，按全年预算计算完成 94.35%。"
                + "决算数小于预算数 6.13 万元，主要原因是：压缩一般性支出，严格控制各项经费。"), five);
        assertTrue(p.selectFirst("#s-summary").text().endsWith("与上年不形成对比。"), "the editor's reason stands in for the comparison");
        assertTrue(p.selectFirst("#s-three-public").text().contains("国内公务接待 40 批次、360 人次"));
        assertTrue(p.selectFirst("#s-other-matters").text().contains("完成 92.61%。决算数小于预算数 3.26 万元，主要原因是：厉行节约，严格控制开支。"));
        assertFalse(p.selectFirst("#part-explanations").text().contains("。。"));
    }

    @Test
    void firstUseOfATermLinksToItsDefinition() throws IOException {
        Document p = page(Sample.builtSite(), Sample.ZHENAN_2019);
        List<Element> links = p.select("#part-explanations a.term[href=#term-basic-expenditure]");
        assertEquals(1, links.size(), "linked once per page");
        assertEquals("基本支出", links.get(0).text());
        assertNotNull(p.getElementById("term-basic-expenditure"));
        Element toGlossaryPage = p.selectFirst("#part-explanations a.term[href^=../../../../glossary/index.html#]");
        assertNotNull(toGlossaryPage, "site terms the disclosure does not list link to the glossary page");
        Document glossary = page(Sample.builtSite(), "glossary/index.html");
        assertEquals(Sample.site().glossary().size(), glossary.select("dl.glossary dt dfn").size());
        String id = toGlossaryPage.attr("href").substring(toGlossaryPage.attr("href").indexOf('#') + 1);
        assertNotNull(glossary.getElementById(id));
    }

    @Test
    void yearOverYear() throws IOException {
        FinalAccounts y2019 = twoYearSite.finalAccounts().stream().filter(f -> f.year() == 2019).findFirst().orElseThrow();
        FinalAccounts y2018 = twoYearSite.previousYear(y2019).orElseThrow();
        Document p = page(twoYears, "zhenan/2019/final-accounts/zhenan-xzspfwj/index.html");
        assertTrue(p.selectFirst("#s-summary").text().contains("2019 年收入、支出总计 265.71 万元，与上年持平。"), p.selectFirst("#s-summary").text());
        assertFalse(p.selectFirst("#s-summary").text().contains("不形成对比"), "with last year published, the no-comparison note is not printed");
        assertTrue(p.selectFirst("#s-three-public").text().contains("与上年相比，增加 5.00 万元（上年为 0，不计算增长率）"),
                p.selectFirst("#s-three-public").text());
        assertTrue(p.selectFirst("#s-other-matters").text().contains("与上年相比，增加 4.88 万元，增长 13.56%"),
                p.selectFirst("#s-other-matters").text());
        assertTrue(assertFigures(p, y2019, y2018) > 80);
        Document first = page(twoYears, "zhenan/2018/final-accounts/zhenan-xzspfwj/index.html");
        assertTrue(first.selectFirst("#s-summary").text().contains("不形成对比"));
        assertTrue(assertFigures(first, y2018, null) > 60);
    }
}
