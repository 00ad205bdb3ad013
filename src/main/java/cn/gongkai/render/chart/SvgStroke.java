package cn.gongkai.render.chart;

import java.awt.BasicStroke;
import java.util.StringJoiner;

/**
 * A Java {@link BasicStroke} in SVG. The chart's group carries Java's defaults (square caps, miter joins
 * with a limit of 10; SVG's are butt caps and a limit of 4), so an element names only what its stroke
 * changes.
 */
final class SvgStroke {

    private static final double SQRT_2 = Math.sqrt(2);
    private static final float JAVA_MITER_LIMIT = 10;

    private SvgStroke() {
    }

    /** Java's stroke defaults, as attributes of the group that holds the drawing. */
    static SvgMarkup javaDefaults(SvgMarkup group) {
        return group.attr("stroke-linecap", "square").attr("stroke-miterlimit", JAVA_MITER_LIMIT);
    }

    /** The attributes in which {@code stroke} differs from Java's defaults. */
    static void write(BasicStroke stroke, SvgMarkup out) {
        if (width(stroke) != 1) out.attr("stroke-width", width(stroke));
        if (stroke.getEndCap() != BasicStroke.CAP_SQUARE) {
            out.attr("stroke-linecap", stroke.getEndCap() == BasicStroke.CAP_BUTT ? "butt" : "round");
        }
        if (stroke.getLineJoin() != BasicStroke.JOIN_MITER) {
            out.attr("stroke-linejoin", stroke.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel");
        } else if (stroke.getMiterLimit() != JAVA_MITER_LIMIT) {
            out.attr("stroke-miterlimit", stroke.getMiterLimit());
        }
        float[] dashes = stroke.getDashArray();
        if (dashes == null) return;
        StringJoiner list = new StringJoiner(" ");
        for (float d : dashes) list.add(SvgMarkup.number(d));
        out.attr("stroke-dasharray", list.toString());
        if (stroke.getDashPhase() != 0) out.attr("stroke-dashoffset", stroke.getDashPhase());
    }

    /**
     * How far a stroke can reach past its path: half its width, times √2 at the corner of a square cap,
     * times the miter limit at the sharpest miter join.
     */
    static double reach(BasicStroke stroke) {
        double factor = stroke.getEndCap() == BasicStroke.CAP_SQUARE ? SQRT_2 : 1;
        if (stroke.getLineJoin() == BasicStroke.JOIN_MITER) factor = Math.max(factor, stroke.getMiterLimit());
        return width(stroke) / 2 * factor;
    }

    /** Java draws a stroke of width 0 as the thinnest line it can: here, one px. */
    private static float width(BasicStroke stroke) {
        return stroke.getLineWidth() == 0 ? 1 : stroke.getLineWidth();
    }
}
