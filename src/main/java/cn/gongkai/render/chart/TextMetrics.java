package cn.gongkai.render.chart;

import java.awt.Font;

/**
 * How wide and tall chart text is. Every measurement of a chart goes through one of these, JFreeChart's
 * included (see {@link SvgGraphics#getFontMetrics}), so the space reserved for a label and the label drawn
 * agree.
 */
interface TextMetrics {

    double width(String text, float size);

    double ascent(float size);

    double descent(float size);

    /** The font handed to JFreeChart; its family never reaches the SVG, which names the CSS list. */
    Font font(float size);

    default double lineHeight(float size) {
        return ascent(size) + descent(size);
    }
}
