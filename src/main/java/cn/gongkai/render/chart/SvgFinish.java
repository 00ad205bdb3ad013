package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The touches Batik cannot make: the title and summary a screen reader reads, a size that scales
 * with the page, the CSS list of Chinese fonts in place of the Java font's name, and the category
 * labels. Those are written here rather than by JFreeChart so they can be anchored at their right
 * edge (left of horizontal bars) or centre (under vertical bars) and line up whatever font the
 * browser uses; a label cut short keeps its full text in a {@code <title>} tooltip.
 */
final class SvgFinish {

    private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    /** Where the baseline sits below the middle of a line of Chinese text, in ems. */
    private static final double BASELINE_BELOW_MIDDLE = 0.35;

    private final Document doc;
    private final Element root;

    private SvgFinish(Document doc, Element root) {
        this.doc = doc;
        this.root = root;
    }

    static void finish(Document doc, Element root, ChartData chart, ChartLayout layout,
                       Rectangle2D dataArea, CategoryAxis categoryAxis) {
        SvgFinish f = new SvgFinish(doc, root);
        f.dropEmptyDefs();
        f.useCssFonts();
        f.categoryLabels(chart, layout, dataArea, categoryAxis);
        if (!chart.kind().horizontal()) f.valueAxisLabelOnTop(chart, layout);
        f.describe(chart, layout);
    }

    /** Batik always writes an empty {@code <defs id="genericDefs">}: an id no chart prefix protects. */
    private void dropEmptyDefs() {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("defs") && !e.hasChildNodes()) {
                root.removeChild(e);
                return;
            }
        }
    }

    /** One font list on the root, inherited by every text; Batik's Java font names are dropped. */
    private void useCssFonts() {
        NodeList withFont = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < withFont.getLength(); i++) ((Element) withFont.item(i)).removeAttribute("font-family");
        root.setAttribute("font-family", ChartRenderer.FONT_FAMILY);
    }

    private void categoryLabels(ChartData chart, ChartLayout layout, Rectangle2D dataArea, CategoryAxis axis) {
        boolean horizontal = chart.kind().horizontal();
        Element group = element("g");
        group.setAttribute("fill", rgb(ChartPalette.TEXT));
        group.setAttribute("stroke", "none");
        group.setAttribute("font-size", number(ChartLayout.LABEL_SIZE) + "px");
        group.setAttribute("text-anchor", horizontal ? "end" : "middle");
        int n = chart.categories().size();
        double step = ChartLayout.lineStep();
        for (int i = 0; i < n; i++) {
            List<String> lines = layout.labels().get(i).lines();
            double x, firstMiddle;
            if (horizontal) {
                x = dataArea.getMinX() - ChartLayout.LABEL_GAP;
                firstMiddle = axis.getCategoryMiddle(i, n, dataArea, RectangleEdge.LEFT) - (lines.size() - 1) * step / 2;
            } else {
                x = axis.getCategoryMiddle(i, n, dataArea, RectangleEdge.BOTTOM);
                firstMiddle = dataArea.getMaxY() + ChartLayout.LABEL_GAP + step / 2;
            }
            group.appendChild(label(chart.categories().get(i), layout.labels().get(i), x, firstMiddle));
        }
        root.appendChild(group);
    }

    /** Above the value axis, starting at its left, in the band the layout kept free at the top. */
    private void valueAxisLabelOnTop(ChartData chart, ChartLayout layout) {
        float size = ChartLayout.AXIS_LABEL_SIZE;
        double middle = ChartLayout.PAD + ChartLayout.LINE_SPACING * size / 2;
        Element text = textElement("text", chart.valueAxisLabel());
        text.setAttribute("x", number(layout.padLeft()));
        text.setAttribute("y", number(middle + BASELINE_BELOW_MIDDLE * size));
        text.setAttribute("fill", rgb(ChartPalette.TEXT));
        text.setAttribute("stroke", "none");
        text.setAttribute("font-size", number(size) + "px");
        root.appendChild(text);
    }

    private Element label(String full, LabelLines label, double x, double firstMiddle) {
        Element text = element("text");
        if (label.truncated()) text.appendChild(textElement("title", full));
        double step = ChartLayout.lineStep();
        double below = BASELINE_BELOW_MIDDLE * ChartLayout.LABEL_SIZE;
        if (label.lines().size() == 1 && !label.truncated()) {
            text.setAttribute("x", number(x));
            text.setAttribute("y", number(firstMiddle + below));
            text.setTextContent(label.lines().get(0));
            return text;
        }
        for (int j = 0; j < label.lines().size(); j++) {
            Element line = textElement("tspan", label.lines().get(j));
            line.setAttribute("x", number(x));
            line.setAttribute("y", number(firstMiddle + j * step + below));
            text.appendChild(line);
        }
        return text;
    }

    /** The accessible name and description, first inside the root, and the size the page scales from. */
    private void describe(ChartData chart, ChartLayout layout) {
        String title = chart.id() + "-title";
        String desc = chart.id() + "-desc";
        Element d = textElement("desc", chart.summary());
        d.setAttribute("id", desc);
        Element t = textElement("title", chart.title());
        t.setAttribute("id", title);
        root.insertBefore(d, root.getFirstChild());
        root.insertBefore(t, d);
        root.setAttributeNS(XMLNS_NS, "xmlns", ChartRenderer.SVG_NS);
        root.setAttribute("role", "img");
        root.setAttribute("aria-labelledby", title + " " + desc);
        root.setAttribute("width", Integer.toString(layout.width()));
        root.setAttribute("height", Integer.toString(layout.height()));
        root.setAttribute("viewBox", "0 0 " + layout.width() + " " + layout.height());
    }

    private Element element(String name) {
        return doc.createElementNS(ChartRenderer.SVG_NS, name);
    }

    private Element textElement(String name, String text) {
        Element e = element(name);
        e.setTextContent(text);
        return e;
    }

    /** Batik's colour notation, so one parser reads every colour of the chart. */
    static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    /** At most two decimals, never a locale's decimal comma or an exponent. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
