package cn.gongkai.render.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.geom.Rectangle2D;

/** Java's FontMetrics answered from {@link TextMetrics}, which is how JFreeChart measures everything it lays out. */
final class MeasuredFontMetrics extends FontMetrics {

    private static final long serialVersionUID = 1L;

    private final transient TextMetrics metrics;

    MeasuredFontMetrics(Font font, TextMetrics metrics) {
        super(font);
        this.metrics = metrics;
    }

    private double exactWidth(String text) {
        return metrics.width(text, getFont().getSize2D());
    }

    @Override
    public int getAscent() {
        return (int) Math.ceil(metrics.ascent(getFont().getSize2D()));
    }

    @Override
    public int getDescent() {
        return (int) Math.ceil(metrics.descent(getFont().getSize2D()));
    }

    @Override
    public int getLeading() {
        return 0;
    }

    @Override
    public int stringWidth(String text) {
        return (int) Math.ceil(exactWidth(text));
    }

    @Override
    public int charWidth(char c) {
        return stringWidth(String.valueOf(c));
    }

    @Override
    public int charWidth(int codePoint) {
        return stringWidth(new String(Character.toChars(codePoint)));
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return stringWidth(new String(data, off, len));
    }

    @Override
    public Rectangle2D getStringBounds(String text, Graphics context) {
        float size = getFont().getSize2D();
        return new Rectangle2D.Double(0, -metrics.ascent(size), exactWidth(text), metrics.lineHeight(size));
    }

    @Override
    public Rectangle2D getStringBounds(String text, int beginIndex, int limit, Graphics context) {
        return getStringBounds(text.substring(beginIndex, limit), context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
        return getStringBounds(new String(chars, beginIndex, limit - beginIndex), context);
    }
}
