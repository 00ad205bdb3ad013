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
