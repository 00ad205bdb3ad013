package cn.gongkai.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The first use of each term on a page is linked; sections with nothing left to link are passed through unparsed. */
class GlossaryLinksTest {

    private final GlossaryLinks links = new GlossaryLinks(List.of(
            new GlossaryLinks.Spelling("经费", "#term-funds"),
            new GlossaryLinks.Spelling("“三公”经费", "#term-three")));

    @Test
    void eachTermIsLinkedOnceLongerSpellingsFirstAndLaterSectionsPassThrough() {
        assertEquals("<p><a class=\"term\" href=\"#term-three\">“三公”经费</a>和<a class=\"term\" href=\"#term-funds\">经费</a>。</p>",
                links.link("<p>“三公”经费和经费。</p>"));
        String later = "<p>经费又一次出现，“三公”经费也是。</p>";
        assertSame(later, links.link(later), "both terms are linked already: not parsed, returned as given");
        String none = "<p>没有名词。</p>";
        assertSame(none, links.link(none));
    }

    /** "R&D" is "R&amp;D" in the markup: a term with such a character is looked for in the parsed text. */
    @Test
    void aTermWrittenWithAnEntityInTheMarkupIsStillFound() {
        GlossaryLinks rd = new GlossaryLinks(List.of(new GlossaryLinks.Spelling("R&D", "#term-rd")));
        assertEquals("<p>研发（<a class=\"term\" href=\"#term-rd\">R&amp;D</a>）</p>", rd.link("<p>研发（R&amp;D）</p>"));
    }

    @Test
    void termsInHeadingsAreNotLinked() {
        String html = "<h3>经费</h3>";
        assertEquals(html, links.link(html));
    }

    /** Terms are looked for where their first character stands: 经济 and 经营 begin like 经费 and are no term. */
    @Test
    void aTermIsFoundAfterWordsThatBeginLikeATerm() {
        GlossaryLinks l = new GlossaryLinks(List.of(new GlossaryLinks.Spelling("经费", "#term-funds"),
                new GlossaryLinks.Spelling("经济分类", "#term-economic")));
        String noTerm = "<p>经济和经营</p>";
        assertSame(noTerm, l.link(noTerm));
        assertEquals("<p>经济和<a class=\"term\" href=\"#term-economic\">经济分类</a>。</p>", l.link("<p>经济和经济分类。</p>"));
    }

    /** A term that ends a paragraph, a list item or the whole text (an editor's "- 项目支出") is linked, not an error. */
    @Test
    void aTermAtTheEndOfATextIsLinked() {
        for (String[] c : List.of(
                new String[]{"<p>按经济分类</p>", "<p>按<a class=\"term\" href=\"#e\">经济分类</a></p>"},
                new String[]{"<ul><li>支出按经济分类</li></ul>", "<ul><li>支出按<a class=\"term\" href=\"#e\">经济分类</a></li></ul>"},
                new String[]{"<p>经济分类</p>", "<p><a class=\"term\" href=\"#e\">经济分类</a></p>"},
                new String[]{"经济分类", "<a class=\"term\" href=\"#e\">经济分类</a>"})) {
            GlossaryLinks l = new GlossaryLinks(List.of(new GlossaryLinks.Spelling("经济分类", "#e")));
            assertEquals(c[1], l.link(c[0]), c[0]);
        }
    }
}
