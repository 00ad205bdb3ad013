package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw HTML in an editor's Markdown is sanitised: nothing active or external survives, the words do. */
class HostileMarkdownTest {

    @Test
    void scriptsHandlersAndDangerousUrlsAreRemoved(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        ContentCase.load("hostile/markdown-script").materialize(content);
        Path site = temp.resolve("site");
        Gongkai.BuildResult r = new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, site);
        assertTrue(r.published(), r.findings().toString());
        Document page = Jsoup.parse(site.resolve(Sample.ZHENAN_2019).toFile(), "UTF-8");
        Element ten = page.selectFirst("#s-performance");
        assertTrue(page.select("main").select("script, iframe, img, style, form, input, object, embed").isEmpty(), "no active or external element");
        assertTrue(page.select("script").stream().allMatch(s -> s.attr("src").equals("../../../../assets/js/site.js") && s.data().isEmpty()),
                "the only script is the theme's own reader-settings script: " + page.select("script"));
        assertTrue(page.select("svg").stream().allMatch(svg -> svg.parent().hasClass("chart-svg")), "the only SVG are the charts");
        assertTrue(ten.select(".prose svg, .prose img").isEmpty());
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on"), "event handler on " + e.tagName());
                String v = a.getValue().toLowerCase().replaceAll("\\s", "");
                assertFalse(v.startsWith("javascript:") || v.startsWith("data:"), a + " on " + e.tagName());
            }
        }
        assertTrue(ten.text().contains("点我") && ten.text().contains("粗体"), "the words are kept");
        Element gov = ten.selectFirst("a[href=https://www.gov.cn/]");
        assertEquals("政府网站", gov.text());
        assertFalse(gov.hasAttr("target"));
    }
}
