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
    /** Widths kept per size; value labels are nearly all different, so they stop being kept once this many are. */
    private static final int KEPT_WIDTHS = 10_000;

    private final Font base;
    private final Map<Float, Font> fonts = new ConcurrentHashMap<>();
    private final Map<Float, LineMetrics> lines = new ConcurrentHashMap<>();
    /**
     * Widths measured before, by size and text. A site's charts label their bars with the same names
     * (一般公共服务支出), and wrapping a label measures each of its beginnings; measuring asks the font
     * for every character's advance.
     */
    private final Map<Float, Map<String, Double>> widths = new ConcurrentHashMap<>();

    FontTextMetrics(Font base) {
        this.base = base.deriveFont(Font.PLAIN);
    }

    @Override
    public double width(String text, float size) {
        Map<String, Double> known = widths.computeIfAbsent(size, s -> new ConcurrentHashMap<>());
        Double width = known.get(text);
        if (width == null) {
            width = font(size).getStringBounds(text, CONTEXT).getWidth();
            if (known.size() < KEPT_WIDTHS) known.put(text, width);
        }
        return width;
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
