package cn.gongkai.view;

import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ProseTest {

    @Test
    void everyCharacterIsEscapedAsJsoupEscapesIt() {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String s = "收入" + c + "12.5";
            assertEquals(Entities.escape(s), Prose.escape(s), "U+" + Integer.toHexString(c));
        }
        for (char c = Character.MAX_SURROGATE + 1; c != 0; c++) {
            String s = String.valueOf(c);
            assertEquals(Entities.escape(s), Prose.escape(s), "U+" + Integer.toHexString(c));
        }
        assertEquals(Entities.escape("三公😀<b>&\"'\u00a0"), Prose.escape("三公😀<b>&\"'\u00a0"));
    }

    @Test
    void aFigureOrReferenceWithNothingToEscapeIsReturnedAsItIs() {
        String ref = "share(gk03.total.basic,gk03.total.total)";
        assertSame(ref, Prose.escape(ref));
        assertEquals("1,234.56 &lt; 2", Prose.escape("1,234.56 < 2"));
    }
}
