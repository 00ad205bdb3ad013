package cn.gongkai.render.chart;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * SVG markup written straight into one buffer, for inlining in an HTML page: elements and attributes in
 * the order they are written (so the same drawing gives the same bytes), text and attribute values
 * escaped, coordinates with at most two decimals, and no number with a locale's decimal comma or an exponent.
 */
final class SvgMarkup {

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Up to here a double holds every whole number exactly, and a long holds it. */
    private static final double LONG_EXACT = 0x1p53;

    /**
     * The markup so far. A char array rather than a StringBuilder: a chart's labels are Chinese, so the
     * builder would be UTF-16, and each char appended to it went through four small methods and two
     * bounds checks, which C1 (the only compiler of most builds) leaves as calls; a third of the time
     * spent drawing charts was appending.
     */
    private char[] out;
    private int size;

    SvgMarkup(int capacity) {
        out = new char[capacity];
    }

    /** Opens a start tag: attributes follow, then {@link #open()} or {@link #end()}. */
    SvgMarkup start(String name) {
        append('<').append(name);
        return this;
    }

    SvgMarkup attr(String name, String value) {
        append(' ').append(name).append("=\"");
        escape(value, true);
        append('"');
        return this;
    }

    SvgMarkup attr(String name, double value) {
        append(' ').append(name).append("=\"");
        number(value, 2);
        append('"');
        return this;
    }

    /** A length with its unit, e.g. {@code font-size="14px"}. */
    SvgMarkup attr(String name, double value, String unit) {
        append(' ').append(name).append("=\"");
        number(value, 2);
        append(unit).append('"');
        return this;
    }

    /**
     * A {@code transform}: its linear part to six decimals (a rotation's cosine to two would misplace
     * the far end of a long line by pixels), its translation as coordinates.
     */
    SvgMarkup transform(AffineTransform t) {
        append(" transform=\"matrix(");
        double[] m = new double[6];
        t.getMatrix(m);
        for (int i = 0; i < 6; i++) {
            if (i > 0) append(' ');
            number(m[i], i < 4 ? 6 : 2);
        }
        append(")\"");
        return this;
    }

    SvgMarkup attr(String name, Color colour) {
        append(' ').append(name).append("=\"rgb(").whole(colour.getRed()).append(',')
                .whole(colour.getGreen()).append(',').whole(colour.getBlue()).append(")\"");
        return this;
    }

    /** A {@code d} attribute: the segments of {@code path}, absolute, in the coordinates it gives. */
    SvgMarkup pathData(PathIterator path) {
        append(" d=\"");
        double[] c = new double[6];
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> points('M', c, 1);
                case PathIterator.SEG_LINETO -> points('L', c, 1);
                case PathIterator.SEG_QUADTO -> points('Q', c, 2);
                case PathIterator.SEG_CUBICTO -> points('C', c, 3);
                default -> append('Z');
            }
        }
        append('"');
        return this;
    }

    private void points(char command, double[] c, int count) {
        append(command);
        for (int i = 0; i < 2 * count; i++) {
            if (i > 0) append(' ');
            number(c[i], 2);
        }
    }

    /** Ends a start tag that has content. */
    SvgMarkup open() {
        append('>');
        return this;
    }

    /** Ends a start tag as an empty element. */
    SvgMarkup end() {
        append("/>");
        return this;
    }

    SvgMarkup text(String text) {
        escape(text, false);
        return this;
    }

    /** Markup already written (and escaped) by another SvgMarkup. */
    SvgMarkup raw(String markup) {
        append(markup);
        return this;
    }

    SvgMarkup close(String name) {
        append("</").append(name).append('>');
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
        return new String(out, 0, size);
    }

    /** The colour as SVG's {@code rgb(r,g,b)}, as {@link #attr(String, Color)} writes it. */
    static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    static String number(double value) {
        return new SvgMarkup(24).number(value, 2).toString();
    }

    /**
     * Rounded half away from zero to {@code decimals} places of the double's value, trailing zeros
     * dropped, no "-0". Every coordinate of a chart goes through here, so it is plain arithmetic: no
     * DecimalFormat, no BigDecimal except for numbers too large to be coordinates.
     */
    private SvgMarkup number(double value, int decimals) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        long unit = POWERS_OF_TEN[decimals];
        double scaled = Math.abs(value) * unit;
        if (scaled >= LONG_EXACT) {
            return append(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        long units = (long) scaled;
        if (scaled - units >= 0.5) units++;
        if (units == 0) return append('0');
        if (value < 0) append('-');
        whole(units / unit);
        long fraction = units % unit;
        if (fraction == 0) return this;
        append('.');
        for (long digit = unit / 10; fraction > 0; digit /= 10) {
            append((char) ('0' + fraction / digit));
            fraction %= digit;
        }
        return this;
    }

    /** The digits of {@code n} (not negative). */
    private SvgMarkup whole(long n) {
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) digits++;
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            out[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        size += digits;
        return this;
    }

    private SvgMarkup append(char c) {
        ensure(1);
        out[size++] = c;
        return this;
    }

    private SvgMarkup append(String s) {
        int n = s.length();
        ensure(n);
        s.getChars(0, n, out, size);
        size += n;
        return this;
    }

    private void ensure(int more) {
        if (out.length - size < more) out = Arrays.copyOf(out, Math.max(2 * out.length, size + more));
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

    /**
     * Copies {@code text} in as it is, then looks over the copy; from the first character that needs
     * escaping or replacing on, the rest is written char by char.
     */
    private void escape(String text, boolean attribute) {
        int start = size;
        int n = text.length();
        append(text);
        for (int i = 0; i < n; i++) {
            char c = out[start + i];
            if (c == '&' || c == '<' || c == '>' || c == '"' || c < 0x20 || c >= Character.MIN_SURROGATE
                    && (c <= Character.MAX_SURROGATE || c >= 0xFFFE)) {
                size = start + i;
                escape(text, i, attribute);
                return;
            }
        }
    }

    private void escape(String text, int from, boolean attribute) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> append("&amp;");
                case '<' -> append("&lt;");
                case '>' -> append("&gt;");
                case '"' -> append(attribute ? "&quot;" : "\"");
                default -> append(allowedInXml(text, i) ? c : '\uFFFD');
            }
        }
    }
}
