package cn.gongkai.render.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures with a real Chinese font, with fractional widths so results do not depend on rounding hints.
 * A chart uses three sizes and JFreeChart asks for ascent and descent for every string it places, so
 * the font and its line metrics are kept per size rather than derived again for every question.
 */
final class FontTextMetrics implements TextMetrics {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String ALL_HEIGHTS = "预决算Ag";

    private final Font base;
    private final Map<Float, Font> fonts = new ConcurrentHashMap<>();
    private final Map<Float, LineMetrics> lines = new ConcurrentHashMap<>();

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
        return fonts.computeIfAbsent(size, base::deriveFont);
    }

    private LineMetrics lineMetrics(float size) {
        return lines.computeIfAbsent(size, s -> font(s).getLineMetrics(ALL_HEIGHTS, CONTEXT));
    }
}
