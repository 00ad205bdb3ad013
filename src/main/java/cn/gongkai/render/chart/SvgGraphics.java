package cn.gongkai.render.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * A Graphics2D that writes SVG as it is drawn on: shapes as {@code <rect>}, {@code <line>} or
 * {@code <path>}, strings as {@code <text>} (searchable, selectable, read by screen readers). It does what
 * JFreeChart needs for our charts: solid colours, {@link BasicStroke}, SrcOver alpha, transforms and
 * clips; any other paint, stroke or composite is refused rather than drawn wrong. Text is measured with
 * {@link TextMetrics}, not with whatever font Java falls back to: on a machine without a Chinese font
 * Java would measure boxes for missing glyphs.
 *
 * <p>Under a translation (all JFreeChart uses) an element is written in the chart's coordinates; under any
 * other transform in its own, with a {@code transform} attribute. An element refers to a clip path only
 * when the clip can cut it, judged from its bounds: JFreeChart clips everything to the chart or the plot,
 * and nearly everything lies inside.
 */
final class SvgGraphics extends ShapeGraphics {

    /** Java's default for a new Graphics. */
    private static final Font DEFAULT_FONT = new Font(Font.DIALOG, Font.PLAIN, 12);
    /** How the layout measured text (see {@link FontTextMetrics}): fractional widths, antialiased. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final SvgCanvas canvas;
    private final TextMetrics metrics;
    /** True for the graphics that opened the chart's group (not a copy): disposing it closes the group. */
    private boolean ownsGroup;

    private Color paint = Color.BLACK;
    private Color background = Color.WHITE;
    private BasicStroke stroke = new BasicStroke();
    private Font font = DEFAULT_FONT;
    private AlphaComposite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints;
    private final AffineTransform transform;
    /** In the chart's coordinates, null for none; replaced, never changed in place: {@link SvgCanvas} compares it by identity. */
    private Shape clip;

    /** Opens a group carrying Java's stroke defaults (see {@link SvgStroke}); {@link #dispose()} closes it. */
    SvgGraphics(SvgCanvas canvas, TextMetrics metrics) {
        this.canvas = canvas;
        this.metrics = metrics;
        this.hints = new RenderingHints(null);
        this.transform = new AffineTransform();
        this.ownsGroup = true;
        SvgStroke.javaDefaults(canvas.out().start("g")).open();
    }

    private SvgGraphics(SvgGraphics parent) {
        canvas = parent.canvas;
        metrics = parent.metrics;
        paint = parent.paint;
        background = parent.background;
        stroke = parent.stroke;
        font = parent.font;
        composite = parent.composite;
        hints = (RenderingHints) parent.hints.clone();
        transform = new AffineTransform(parent.transform);
        clip = parent.clip;
    }

    /** JFreeChart draws parts through copies: same canvas, own state. */
    @Override
    public Graphics create() {
        return new SvgGraphics(this);
    }

    @Override
    public void dispose() {
        if (ownsGroup) canvas.out().close("g");
        ownsGroup = false;
    }

    @Override
    public void fill(Shape s) {
        shape(s, true);
    }

    @Override
    public void draw(Shape s) {
        shape(s, false);
    }

    private void shape(Shape s, boolean fill) {
        boolean shifted = translationOnly();
        double dx = shifted ? transform.getTranslateX() : 0;
        double dy = shifted ? transform.getTranslateY() : 0;
        boolean rect = s instanceof Rectangle2D r && r.getWidth() > 0 && r.getHeight() > 0;
        if (fill && (s instanceof Line2D || s instanceof Rectangle2D && !rect)) return;  // no area, nothing to paint
        PathIterator path = rect || s instanceof Line2D ? null : s.getPathIterator(shifted ? transform : null);
        if (path != null && path.isDone()) return;  // e.g. a rectangle of negative width: Java draws nothing
        String clipPath = clipPath(s.getBounds2D(), fill ? 0 : SvgStroke.reach(stroke));
        SvgMarkup out = begin(clipPath, shifted);
        if (s instanceof Line2D l) {
            out.start("line").attr("x1", l.getX1() + dx).attr("y1", l.getY1() + dy)
                    .attr("x2", l.getX2() + dx).attr("y2", l.getY2() + dy);
        } else if (rect) {
            Rectangle2D r = (Rectangle2D) s;
            out.start("rect").attr("x", r.getX() + dx).attr("y", r.getY() + dy)
                    .attr("width", r.getWidth()).attr("height", r.getHeight());
        } else {
            out.start("path").pathData(path);
        }
        placed(out, clipPath, shifted);
        if (fill) {
            paint(out, "fill");
        } else {
            if (!(s instanceof Line2D)) out.attr("fill", "none");
            paint(out, "stroke");
            SvgStroke.write(stroke, out);
        }
        out.end();
        end(out, clipPath, shifted);
    }

    @Override
    public void drawString(String text, float x, float y) {
        if (text.isEmpty()) return;
        float size = font.getSize2D();
        String clipPath = clip == null ? null : clipPath(
                new Rectangle2D.Double(x, y - metrics.ascent(size), metrics.width(text, size), metrics.lineHeight(size)), 0);
        boolean shifted = translationOnly();
        SvgMarkup out = begin(clipPath, shifted);
        out.start("text").attr("x", x + (shifted ? transform.getTranslateX() : 0))
                .attr("y", y + (shifted ? transform.getTranslateY() : 0));
        placed(out, clipPath, shifted);
        paint(out, "fill");
        out.attr("font-size", size, "px");
        if (font.isBold()) out.attr("font-weight", "bold");
        if (font.isItalic()) out.attr("font-style", "italic");
        if (collapsesWhitespace(text)) out.attr("xml:space", "preserve");
        out.open().text(text).close("text");
        end(out, clipPath, shifted);
    }

    /** True when SVG's default whitespace handling would change {@code text}, which Java draws as it is. */
    private static boolean collapsesWhitespace(String text) {
        char last = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && last == ' ')) return true;
            last = c;
        }
        return last == ' ';
    }

    /** A transformed element is wrapped in a clipped group: its own clip path would be read in its own coordinates. */
    private SvgMarkup begin(String clipPath, boolean shifted) {
        SvgMarkup out = canvas.out();
        if (clipPath != null && !shifted) out.start("g").attr("clip-path", clipPath).open();
        return out;
    }

    private void placed(SvgMarkup out, String clipPath, boolean shifted) {
        if (!shifted) out.transform(transform);
        else if (clipPath != null) out.attr("clip-path", clipPath);
    }

    private static void end(SvgMarkup out, String clipPath, boolean shifted) {
        if (clipPath != null && !shifted) out.close("g");
    }

    private boolean translationOnly() {
        return (transform.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0;
    }

    /** The clip path an element with these bounds (in its own coordinates, before padding) needs, or null. */
    private String clipPath(Rectangle2D bounds, double pad) {
        if (clip == null) return null;
        Rectangle2D padded = new Rectangle2D.Double(bounds.getX() - pad, bounds.getY() - pad,
                bounds.getWidth() + 2 * pad, bounds.getHeight() + 2 * pad);
        Rectangle2D onCanvas = translationOnly() ? shifted(padded, 1) : transform.createTransformedShape(padded).getBounds2D();
        return clip.contains(onCanvas) ? null : canvas.clipReference(clip);
    }

    private void paint(SvgMarkup out, String property) {
        out.attr(property, paint);
        double opacity = composite.getAlpha() * paint.getAlpha() / 255.0;
        if (opacity < 1) out.attr(property + "-opacity", opacity);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return new MeasuredFontMetrics(f, metrics);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return CONTEXT;
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) font = f;
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    /** Solid colours only: a gradient or texture would need pattern ids and bitmaps. */
    @Override
    public void setPaint(Paint p) {
        if (p == null) return;
        if (!(p instanceof Color c)) throw new UnsupportedOperationException("charts paint in solid colours, not " + p);
        paint = c;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setStroke(Stroke s) {
        if (!(s instanceof BasicStroke b)) throw new UnsupportedOperationException("charts draw with BasicStroke, not " + s);
        stroke = b;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    /** Painting over with some opacity: SrcOver, the only rule SVG has. */
    @Override
    public void setComposite(Composite c) {
        if (!(c instanceof AlphaComposite a) || a.getRule() != AlphaComposite.SRC_OVER) {
            throw new UnsupportedOperationException("charts paint over with an alpha, not " + c);
        }
        composite = a;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setBackground(Color c) {
        background = c;
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        if (value == null) hints.remove(key);
        else hints.put(key, value);
    }

    @Override
    public void setRenderingHints(Map<?, ?> h) {
        hints.clear();
        hints.putAll(h);
    }

    @Override
    public void addRenderingHints(Map<?, ?> h) {
        hints.putAll(h);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform t) {
        transform.concatenate(t);
    }

    @Override
    public void setTransform(AffineTransform t) {
        transform.setTransform(t);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    /** In the current coordinates, as Graphics2D defines it; null when nothing is clipped. */
    @Override
    public Shape getClip() {
        if (clip == null) return null;
        if (translationOnly() && clip instanceof Rectangle2D r) return shifted(r, -1);
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("no clip in coordinates that collapse to a line: " + transform, e);
        }
    }

    @Override
    public void setClip(Shape s) {
        clip = s == null ? null : onCanvas(s);
    }

    /** Narrows the clip to {@code s}; rectangles stay rectangles, so they can be written as {@code <rect>}. */
    @Override
    public void clip(Shape s) {
        if (s == null) {
            clip = null;
            return;
        }
        Shape next = onCanvas(s);
        if (clip == null) {
            clip = next;
        } else if (clip instanceof Rectangle2D a && next instanceof Rectangle2D b) {
            Rectangle2D both = new Rectangle2D.Double();
            Rectangle2D.intersect(a, b, both);
            both.setRect(both.getX(), both.getY(), Math.max(0, both.getWidth()), Math.max(0, both.getHeight()));
            clip = both;
        } else {
            Area both = new Area(clip);
            both.intersect(new Area(next));
            clip = both;
        }
    }

    /** A copy of {@code s} in the chart's coordinates. */
    private Shape onCanvas(Shape s) {
        if (translationOnly() && s instanceof Rectangle2D r) return shifted(r, 1);
        return transform.createTransformedShape(s);
    }

    /** {@code r} moved by the translation, or back by it when {@code sign} is -1. */
    private Rectangle2D shifted(Rectangle2D r, int sign) {
        return new Rectangle2D.Double(r.getX() + sign * transform.getTranslateX(), r.getY() + sign * transform.getTranslateY(),
                r.getWidth(), r.getHeight());
    }
}
