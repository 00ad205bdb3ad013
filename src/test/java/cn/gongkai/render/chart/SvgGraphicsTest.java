package cn.gongkai.render.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static cn.gongkai.render.chart.Charts.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgGraphicsTest {

    private final SvgMarkup out = new SvgMarkup(1024);
    private final SvgGraphics g = new SvgGraphics(new SvgCanvas(out, "c"), new EstimatedTextMetrics());

    /** What was drawn, inside a root: disposing the graphics closes its group. */
    private Document drawn() {
        g.dispose();
        return Charts.parse("<svg xmlns=\"http://www.w3.org/2000/svg\">" + out + "</svg>");
    }

    private static Element only(Document doc, String name) {
        List<Element> found = elements(doc, name);
        assertEquals(1, found.size(), name + " in " + found);
        return found.get(0);
    }

    private static Rectangle2D rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    @Test
    void aFilledRectangleIsARectInItsColour() {
        g.setPaint(new Color(1, 2, 3));
        g.fill(rect(1.5, 2, 30, 40.125));
        Element r = only(drawn(), "rect");
        assertEquals("1.5 2 30 40.13", String.join(" ", r.getAttribute("x"), r.getAttribute("y"),
                r.getAttribute("width"), r.getAttribute("height")));
        assertEquals("rgb(1,2,3)", r.getAttribute("fill"));
        assertFalse(r.hasAttribute("stroke"));
    }

    @Test
    void shapesWithoutAreaAreNotFilled() {
        g.fill(rect(0, 0, 0, 10));
        g.fill(rect(0, 0, -5, 10));
        g.fill(new Line2D.Double(0, 0, 5, 5));
        g.draw(rect(0, 0, -5, 10));
        assertTrue(Charts.all(drawn()).stream().allMatch(e -> e.getLocalName().matches("svg|g")));
    }

    @Test
    void aStrokedPathIsMovedByTheTranslationAndCarriesItsStroke() {
        g.translate(10, 20);
        g.setPaint(Color.RED);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4, 2.5f}, 1f));
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(0, 0);
        triangle.lineTo(5, 0);
        triangle.lineTo(0, 5.5);
        triangle.closePath();
        g.draw(triangle);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(1, 2, 3, 4));

        Document doc = drawn();
        Element path = only(doc, "path");
        assertEquals("M10 20L15 20L10 25.5Z", path.getAttribute("d"));
        assertEquals("none", path.getAttribute("fill"));
        assertEquals("rgb(255,0,0)", path.getAttribute("stroke"));
        assertEquals("2", path.getAttribute("stroke-width"));
        assertEquals("butt", path.getAttribute("stroke-linecap"));
        assertEquals("round", path.getAttribute("stroke-linejoin"));
        assertEquals("4 2.5", path.getAttribute("stroke-dasharray"));
        assertEquals("1", path.getAttribute("stroke-dashoffset"));
        Element line = only(doc, "line");
        assertEquals("11 22 13 24", String.join(" ", line.getAttribute("x1"), line.getAttribute("y1"),
                line.getAttribute("x2"), line.getAttribute("y2")));
        assertEquals("1.5", line.getAttribute("stroke-width"));
        assertFalse(line.hasAttribute("stroke-linecap"), "Java's square cap is the group's");
        Element group = (Element) line.getParentNode();
        assertEquals("square", group.getAttribute("stroke-linecap"));
        assertEquals("10", group.getAttribute("stroke-miterlimit"));
    }

    @Test
    void underARotationAnElementKeepsItsCoordinatesAndGetsATransform() {
        g.translate(100, 0);
        g.rotate(Math.PI / 2);
        g.fill(rect(0, 0, 10, 5));
        Element r = only(drawn(), "rect");
        assertEquals("0", r.getAttribute("x"));
        assertEquals("matrix(0 1 -1 0 100 0)", r.getAttribute("transform"));
    }

    @Test
    void textIsTextEscapedInItsColourAndSize() {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setPaint(ChartPalette.TEXT);
        g.translate(1, 1);
        g.drawString("a<b & \"c\" 预算", 5, 6.5f);
        g.drawString("", 0, 0);
        Element text = only(drawn(), "text");
        assertEquals("a<b & \"c\" 预算", text.getTextContent());
        assertEquals("6", text.getAttribute("x"));
        assertEquals("7.5", text.getAttribute("y"));
        assertEquals("14px", text.getAttribute("font-size"));
        assertEquals(SvgMarkup.rgb(ChartPalette.TEXT), text.getAttribute("fill"));
        assertFalse(text.hasAttribute("font-family"), "the root's CSS list, not a Java font name");
        assertFalse(text.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
    }

    @Test
    void whitespaceSvgWouldCollapseIsKept() {
        g.drawString(" 两  空格", 0, 0);
        g.drawString("一 个", 0, 0);
        List<Element> texts = elements(drawn(), "text");
        assertEquals("preserve", texts.get(0).getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
        assertFalse(texts.get(1).hasAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
    }

    @Test
    void aClipIsReferencedOnlyByWhatItCanCutAndWrittenOnce() {
        g.clip(rect(10, 10, 100, 100));
        g.fill(rect(20, 20, 10, 10));
        g.fill(rect(0, 20, 30, 10));
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(10, 50, 50, 50));  // its square cap reaches past x = 10
        g.translate(5, 5);
        assertEquals(rect(5, 5, 100, 100), g.getClip());
        assertEquals(new Rectangle(5, 5, 100, 100), g.getClipBounds());
        g.fill(rect(90, 90, 30, 30));
        g.clip(rect(0, 0, 50, 50));
        g.fill(rect(40, 40, 30, 30));
        g.setClip(null);
        assertNull(g.getClip());
        g.fill(rect(-10, -10, 300, 300));

        Document doc = drawn();
        List<Element> rects = elements(doc, "rect").stream().filter(r -> r.getParentNode().getLocalName().equals("g")).toList();
        assertEquals(List.of("", "url(#c-clip1)", "url(#c-clip1)", "url(#c-clip2)", ""),
                rects.stream().map(r -> r.getAttribute("clip-path")).toList());
        assertEquals("url(#c-clip1)", only(doc, "line").getAttribute("clip-path"));
        List<Element> clips = elements(doc, "clipPath");
        assertEquals(List.of("c-clip1", "c-clip2"), clips.stream().map(c -> c.getAttribute("id")).toList());
        Element second = (Element) clips.get(1).getFirstChild();
        assertEquals("10 10 45 45", String.join(" ", second.getAttribute("x"), second.getAttribute("y"),
                second.getAttribute("width"), second.getAttribute("height")));
    }

    @Test
    void aTransformedElementIsClippedThroughAGroup() {
        g.clip(rect(0, 0, 50, 50));
        g.rotate(Math.PI / 4);
        g.fill(rect(0, 0, 100, 10));
        Element r = elements(drawn(), "rect").get(1);
        Element group = (Element) r.getParentNode();
        assertEquals("url(#c-clip1)", group.getAttribute("clip-path"));
        assertFalse(r.hasAttribute("clip-path"));
        assertTrue(r.getAttribute("transform").startsWith("matrix(0.707107 0.707107"));
    }

    @Test
    void alphaBecomesOpacity() {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.setPaint(new Color(255, 0, 0, 128));
        g.fill(rect(0, 0, 1, 1));
        assertEquals("0.25", only(drawn(), "rect").getAttribute("fill-opacity"));
    }

    @Test
    void whatSvgCannotShowAsDrawnIsRefused() {
        assertThrows(UnsupportedOperationException.class, () -> g.setPaint(new GradientPaint(0, 0, Color.RED, 1, 1, Color.BLUE)));
        assertThrows(UnsupportedOperationException.class, () -> g.setComposite(AlphaComposite.Xor));
        assertThrows(UnsupportedOperationException.class, () -> g.setStroke(s -> s));
        assertThrows(UnsupportedOperationException.class, () -> g.drawImage(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), 0, 0, null));
        assertThrows(UnsupportedOperationException.class, () -> g.setXORMode(Color.WHITE));
    }

    @Test
    void aCopyStartsWithTheStateOfItsOriginalAndChangesOnlyItsOwn() {
        g.setPaint(Color.BLUE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Graphics2D copy = (Graphics2D) g.create();
        assertEquals(RenderingHints.VALUE_ANTIALIAS_ON, copy.getRenderingHint(RenderingHints.KEY_ANTIALIASING));
        copy.setRenderingHint(RenderingHints.KEY_ANTIALIASING, null);
        copy.translate(100, 0);
        copy.fill(rect(0, 0, 1, 1));
        copy.setPaint(Color.RED);
        copy.dispose();
        g.fill(rect(0, 0, 1, 1));

        assertNull(copy.getRenderingHint(RenderingHints.KEY_ANTIALIASING));
        assertEquals(RenderingHints.VALUE_ANTIALIAS_ON, g.getRenderingHint(RenderingHints.KEY_ANTIALIASING));
        List<Element> rects = elements(drawn(), "rect");
        assertEquals(List.of("100", "0"), rects.stream().map(r -> r.getAttribute("x")).toList());
        assertEquals(List.of("rgb(0,0,255)", "rgb(0,0,255)"), rects.stream().map(r -> r.getAttribute("fill")).toList());
    }

    @Test
    void textIsMeasuredWithTheChartsMetricsNotJavasFallbackFont() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        assertEquals(28, g.getFontMetrics(font).stringWidth("预算"));
        g.setFont(font);
        assertEquals(28, g.getFontMetrics().stringWidth("预算"));
        assertTrue(g.getFontRenderContext().usesFractionalMetrics());
    }
}
