package cn.gongkai.render.chart;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SvgMarkupTest {

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoTrailingZeros() {
        assertEquals("0", SvgMarkup.number(0));
        assertEquals("12", SvgMarkup.number(12));
        assertEquals("12.5", SvgMarkup.number(12.5));
        assertEquals("12.05", SvgMarkup.number(12.05));
        assertEquals("-3.2", SvgMarkup.number(-3.2));
        assertEquals("0.3", SvgMarkup.number(0.1 + 0.2));
        assertEquals("1234567.89", SvgMarkup.number(1234567.891));
        assertEquals("100", SvgMarkup.number(99.999));
    }

    @Test
    void halfARoundsAwayFromZeroAndNothingIsMinusZero() {
        assertEquals("0.01", SvgMarkup.number(0.005));
        assertEquals("-0.01", SvgMarkup.number(-0.005));
        assertEquals("0", SvgMarkup.number(0.004));
        assertEquals("0", SvgMarkup.number(-0.001));
        assertEquals("0", SvgMarkup.number(-0.0));
        assertEquals("0", SvgMarkup.number(1e-300));
    }

    @Test
    void largeNumbersAreWrittenOutNeverAsAnExponent() {
        assertEquals("123456789012.25", SvgMarkup.number(123456789012.25));
        assertEquals("100000000000000000000", SvgMarkup.number(1e20));
        assertEquals("-100000000000000000000", SvgMarkup.number(-1e20));
        assertEquals(new java.math.BigDecimal(Double.MAX_VALUE).toPlainString(), SvgMarkup.number(Double.MAX_VALUE));
    }

    @Test
    void noLocaleDecimalComma() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234.5", SvgMarkup.number(1234.5));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aNumberThatIsNotOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SvgMarkup.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SvgMarkup.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void textAndAttributesAreEscapedAndCharactersXmlCannotCarryReplaced() {
        String markup = new SvgMarkup(64).start("text").attr("data-x", "a\"<&>").open()
                .text("<b>&\"'</b>\u0007\uD800x").close("text").toString();
        assertEquals("<text data-x=\"a&quot;&lt;&amp;&gt;\">&lt;b&gt;&amp;\"'&lt;/b&gt;\uFFFD\uFFFDx</text>", markup);
        assertEquals("<t>\uD83D\uDE00</t>", new SvgMarkup(8).start("t").open().text("\uD83D\uDE00").close("t").toString());
    }

    @Test
    void randomTextsAreEscapedAsCharacterByCharacterAndTheBufferGrows() {
        char[] alphabet = {'a', '0', ' ', '预', '算', '（', '&', '<', '>', '"', '\'', '\t', '\n', '\r', '\u0001', '\u001F',
                '\u007F', '\uD83D', '\uDE00', '\uFFFD', '\uFFFE', '\uFFFF'};
        java.util.Random random = new java.util.Random(8);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) text.append(alphabet[random.nextInt(alphabet.length)]);
            String t = text.toString();
            assertEquals("<t a=\"" + reference(t, true) + "\">" + reference(t, false) + "</t>",
                    new SvgMarkup(1).start("t").attr("a", t).open().text(t).close("t").toString(), t);
        }
        assertEquals("10 105 1000.1 0.5 9007199254740.99",
                String.join(" ", SvgMarkup.number(10), SvgMarkup.number(105), SvgMarkup.number(1000.1),
                        SvgMarkup.number(0.5), SvgMarkup.number(9007199254740.99)));
    }

    /** Escaping spelled out one code unit at a time, as XML 1.0 allows characters. */
    private static String reference(String t, boolean attribute) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(t.charAt(i - 1));
            if (c == '&') out.append("&amp;");
            else if (c == '<') out.append("&lt;");
            else if (c == '>') out.append("&gt;");
            else if (c == '"') out.append(attribute ? "&quot;" : "\"");
            else if (Character.isSurrogate(c)) out.append(paired ? c : '\uFFFD');
            else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0xFFFE) out.append('\uFFFD');
            else out.append(c);
        }
        return out.toString();
    }

    @Test
    void pathsAndColoursAndTransforms() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(1, 2.005);
        path.lineTo(-3.333, 4);
        path.quadTo(1, 1, 2, 2);
        path.curveTo(1, 2, 3, 4, 5, 6);
        path.closePath();
        assertEquals("<path d=\"M1 2.01L-3.33 4Q1 1 2 2C1 2 3 4 5 6Z\" fill=\"rgb(31,91,153)\"/>",
                new SvgMarkup(64).start("path").pathData(path.getPathIterator(null)).attr("fill", new Color(0x1F5B99))
                        .end().toString());
        AffineTransform turn = AffineTransform.getRotateInstance(Math.PI / 4, 10, 20);
        assertEquals("<g transform=\"matrix(0.707107 0.707107 -0.707107 0.707107 17.07 -1.21)\">",
                new SvgMarkup(64).start("g").transform(turn).open().toString());
        assertEquals("rgb(255,255,255)", SvgMarkup.rgb(Color.WHITE));
    }
}
