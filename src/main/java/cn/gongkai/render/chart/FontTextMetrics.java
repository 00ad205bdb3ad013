package cn.gongkai.render.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/** Measures with a real Chinese font, with fractional widths so results do not depend on rounding hints. */
final class FontTextMetrics implements TextMetrics {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String ALL_HEIGHTS = "预决算Ag";

    private final Font base;

    FontTextMetrics(Font base) {
        this.base = base.deriveFont(Font.PLAIN);
    }

    @Override
    public double width(String text, float size) {
        return font(size).getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public double ascent(float size) {
        return lineMetrics(size).getAscent();
    }

    @Override
    public double descent(float size) {
        return lineMetrics(size).getDescent();
    }

    @Override
    public Font font(float size) {
        return base.deriveFont(size);
    }

    private LineMetrics lineMetrics(float size) {
        return font(size).getLineMetrics(ALL_HEIGHTS, CONTEXT);
    }
}
