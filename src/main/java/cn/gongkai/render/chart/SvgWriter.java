package cn.gongkai.render.chart;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an SVG element tree as markup that can be inlined in an HTML page: no XML prolog, no
 * DOCTYPE, no comments, attributes in a fixed order (xmlns first, then by name) so equal trees give
 * equal bytes, and text and attribute values escaped.
 */
final class SvgWriter {

    private SvgWriter() {
    }

    static String write(Element root) {
        StringBuilder out = new StringBuilder(16 * 1024);
        element(root, out);
        return out.toString();
    }

    private static void element(Element e, StringBuilder out) {
        out.append('<').append(e.getTagName());
        for (Attr a : attributes(e)) {
            out.append(' ').append(a.getName()).append("=\"");
            escape(a.getValue(), true, out);
            out.append('"');
        }
        if (!e.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                element((Element) n, out);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                escape(n.getNodeValue(), false, out);
            }
        }
        out.append("</").append(e.getTagName()).append('>');
    }

    private static List<Attr> attributes(Element e) {
        NamedNodeMap map = e.getAttributes();
        List<Attr> attributes = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) attributes.add((Attr) map.item(i));
        attributes.sort(Comparator.comparing((Attr a) -> !a.getName().startsWith("xmlns")).thenComparing(Attr::getName));
        return attributes;
    }

    /**
     * XML cannot carry control characters, U+FFFE/U+FFFF or half a surrogate pair; such a character in
     * a label becomes U+FFFD (shown as �) so the chart stays well-formed and the slip stays visible.
     */
    private static boolean allowedInXml(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }

    private static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(allowedInXml(text, i) ? c : '\uFFFD');
            }
        }
    }
}
