package cn.gongkai.render.chart;

import cn.gongkai.render.chart.ChartPalette.BarPattern;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;

/**
 * Paints each series' bars in its {@link ChartPalette} colour and pattern. Hatching is drawn as plain
 * line segments cut to the bar, not as an SVG pattern or a texture: a texture would have to be an
 * embedded bitmap, and a pattern needs ids and renders unevenly when scaled.
 */
final class BarFill implements BarPainter {

    static final double HATCH_SPACING = 5;
    static final Stroke HATCH = new BasicStroke(1.5f);
    static final Stroke OUTLINE = new BasicStroke(1.5f);
    static final Stroke THICK_OUTLINE = new BasicStroke(2.5f);

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base) {
        paint(g2, row, bar.getFrame());
    }

    @Override
    public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                               RectangleEdge base, boolean pegShadow) {
        // no shadows: they add ink without meaning
    }

    static void paint(Graphics2D g2, int series, Rectangle2D bar) {
        Color colour = ChartPalette.SERIES.get(series);
        BarPattern pattern = ChartPalette.PATTERNS.get(series);
        g2.setPaint(pattern == BarPattern.SOLID ? colour : ChartPalette.BACKGROUND);
        g2.fill(bar);
        if (pattern == BarPattern.SOLID) return;
        g2.setPaint(colour);
        if (pattern == BarPattern.HATCHED) {
            g2.setStroke(HATCH);
            g2.draw(hatching(bar));
        }
        g2.setStroke(pattern == BarPattern.HATCHED ? OUTLINE : THICK_OUTLINE);
        g2.draw(bar);
    }

    /**
     * Lines at 45° (rising to the right) across {@code r}, on a grid fixed to the page so neighbouring
     * bars' lines line up: the lines x + y = k for every k that is a multiple of the spacing.
     */
    static Shape hatching(Rectangle2D r) {
        Path2D.Double path = new Path2D.Double();
        double first = Math.ceil((r.getMinX() + r.getMinY()) / HATCH_SPACING) * HATCH_SPACING;
        for (double k = first; k <= r.getMaxX() + r.getMaxY(); k += HATCH_SPACING) {
            double x0 = Math.max(r.getMinX(), k - r.getMaxY());
            double x1 = Math.min(r.getMaxX(), k - r.getMinY());
            if (x1 <= x0) continue;
            path.moveTo(x0, k - x0);
            path.lineTo(x1, k - x1);
        }
        return path;
    }
}
