package cn.gongkai.render.chart;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SVG markup written straight into one buffer, for inlining in an HTML page: elements and attributes in
 * the order they are written (so the same drawing gives the same bytes), text and attribute values
 * escaped, coordinates with at most two decimals, and no number with a locale's decimal comma or an exponent.
 */
final class SvgMarkup {

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Up to here a double holds every whole number exactly, and a long holds it. */
    private static final double LONG_EXACT = 0x1p53;

    private final StringBuilder out;

    SvgMarkup(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Opens a start tag: attributes follow, then {@link #open()} or {@link #end()}. */
    SvgMarkup start(String name) {
        out.append('<').append(name);
        return this;
    }

    SvgMarkup attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    SvgMarkup attr(String name, double value) {
        out.append(' ').append(name).append("=\"");
        number(out, value, 2);
        out.append('"');
        return this;
    }

    /** A length with its unit, e.g. {@code font-size="14px"}. */
    SvgMarkup attr(String name, double value, String unit) {
        out.append(' ').append(name).append("=\"");
        number(out, value, 2);
        out.append(unit).append('"');
        return this;
    }

    /**
     * A {@code transform}: its linear part to six decimals (a rotation's cosine to two would misplace
     * the far end of a long line by pixels), its translation as coordinates.
     */
    SvgMarkup transform(AffineTransform t) {
        out.append(" transform=\"matrix(");
        double[] m = new double[6];
        t.getMatrix(m);
        for (int i = 0; i < 6; i++) {
            if (i > 0) out.append(' ');
            number(out, m[i], i < 4 ? 6 : 2);
        }
        out.append(")\"");
        return this;
    }

    SvgMarkup attr(String name, Color colour) {
        out.append(' ').append(name).append("=\"rgb(").append(colour.getRed()).append(',')
                .append(colour.getGreen()).append(',').append(colour.getBlue()).append(")\"");
        return this;
    }

    /** A {@code d} attribute: the segments of {@code path}, absolute, in the coordinates it gives. */
    SvgMarkup pathData(PathIterator path) {
        out.append(" d=\"");
        double[] c = new double[6];
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> points('M', c, 1);
                case PathIterator.SEG_LINETO -> points('L', c, 1);
                case PathIterator.SEG_QUADTO -> points('Q', c, 2);
                case PathIterator.SEG_CUBICTO -> points('C', c, 3);
                default -> out.append('Z');
            }
        }
        out.append('"');
        return this;
    }

    private void points(char command, double[] c, int count) {
        out.append(command);
        for (int i = 0; i < 2 * count; i++) {
            if (i > 0) out.append(' ');
            number(out, c[i], 2);
        }
    }

    /** Ends a start tag that has content. */
    SvgMarkup open() {
        out.append('>');
        return this;
    }

    /** Ends a start tag as an empty element. */
    SvgMarkup end() {
        out.append("/>");
        return this;
    }

    SvgMarkup text(String text) {
        escape(text, false);
        return this;
    }

    /** Markup already written (and escaped) by another SvgMarkup. */
    SvgMarkup raw(String markup) {
        out.append(markup);
        return this;
    }

    SvgMarkup close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name>text</name>}, with an id when {@code id} is not null. */
    SvgMarkup element(String name, String id, String text) {
        start(name);
        if (id != null) attr("id", id);
        return open().text(text).close(name);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The colour as SVG's {@code rgb(r,g,b)}, as {@link #attr(String, Color)} writes it. */
    static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    static String number(double value) {
        StringBuilder s = new StringBuilder(12);
        number(s, value, 2);
        return s.toString();
    }

    /**
     * Rounded half away from zero to {@code decimals} places of the double's value, trailing zeros
     * dropped, no "-0". Every coordinate of a chart goes through here, so it is plain arithmetic: no
     * DecimalFormat, no BigDecimal except for numbers too large to be coordinates.
     */
    static void number(StringBuilder out, double value, int decimals) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        long unit = POWERS_OF_TEN[decimals];
        double scaled = Math.abs(value) * unit;
        if (scaled >= LONG_EXACT) {
            out.append(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            return;
        }
        long units = (long) scaled;
        if (scaled - units >= 0.5) units++;
        if (units == 0) {
            out.append('0');
            return;
        }
        if (value < 0) out.append('-');
        out.append(units / unit);
        long fraction = units % unit;
        if (fraction == 0) return;
        out.append('.');
        for (long digit = unit / 10; fraction > 0; digit /= 10) {
            out.append((char) ('0' + fraction / digit));
            fraction %= digit;
        }
    }

    /**
     * XML cannot carry control characters, U+FFFE/U+FFFF or half a surrogate pair; such a character in
     * a label becomes U+FFFD (shown as �) so the chart stays well-formed and the slip stays visible.
     */
    private static boolean allowedInXml(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(allowedInXml(text, i) ? c : '\uFFFD');
            }
        }
    }
}
