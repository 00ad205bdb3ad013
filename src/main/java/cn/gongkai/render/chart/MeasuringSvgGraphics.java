package cn.gongkai.render.chart;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;

/**
 * Batik's SVG canvas, writing text as {@code <text>} (searchable, selectable, read by screen readers),
 * with measurement taken from {@link TextMetrics} instead of whatever font Java falls back to: on a
 * machine without a Chinese font Java would measure boxes for missing glyphs.
 */
final class MeasuringSvgGraphics extends SVGGraphics2D {

    private final TextMetrics metrics;

    MeasuringSvgGraphics(SVGGeneratorContext context, TextMetrics metrics) {
        super(context, false);
        this.metrics = metrics;
    }

    private MeasuringSvgGraphics(MeasuringSvgGraphics parent) {
        super(parent);
        this.metrics = parent.metrics;
    }

    /** JFreeChart draws parts through copies; they must measure the same way. */
    @Override
    public Graphics create() {
        return new MeasuringSvgGraphics(this);
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return new MeasuredFontMetrics(font, metrics);
    }
}
