package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartSeries;
import cn.gongkai.view.chart.ChartKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sample charts and readers for the SVG the renderer writes. */
final class Charts {

    private Charts() {
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static ChartSeries series(String name, String... values) {
        return new ChartSeries(name, Arrays.stream(values).map(Charts::d).toList());
    }

    /** 预算数 vs 决算数 over long Chinese labels, with a blank cell. */
    static ChartData budgetVsActual() {
        return new ChartData("yusuan-juesuan", ChartKind.GROUPED_HORIZONTAL_BAR, "2019年支出预决算对比",
                "决算数略低于预算数，行政运行没有预算数。", "金额（万元）",
                List.of("一般公共预算财政拨款", "2010301 行政运行", "2080505 机关事业单位基本养老保险缴费支出",
                        "2101101 行政单位医疗"),
                List.of(series("预算数", "265.71", null, "12.3", "4.5"),
                        series("决算数", "250.5", "108.52", "12.3", "1234567.891")));
    }

    /** One series, including zero and a negative value. */
    static ChartData income() {
        return new ChartData("shouru", ChartKind.HORIZONTAL_BAR, "2019年收入决算", "收入几乎全部来自财政拨款。",
                "金额（万元）", List.of("财政拨款收入", "事业收入", "其他收入", "年初结转和结余"),
                List.of(series("决算数", "265.71", "0", "-3.2", "12.34")));
    }

    /** Scores against full marks and last year's scores: three series. */
    static ChartData scores() {
        return new ChartData("defen", ChartKind.GROUPED_HORIZONTAL_BAR, "部门整体支出绩效自评得分", "三项指标均接近满分。", "分值",
                List.of("产出指标", "效益指标", "满意度指标（服务对象）"),
                List.of(series("得分", "45", "28.5", "9"), series("分值", "50", "30", "10"),
                        series("上年得分", "40", "25", "8")));
    }

    /** A score distribution. */
    static ChartData distribution() {
        return new ChartData("fenbu", ChartKind.VERTICAL_BAR, "项目绩效自评得分分布", "多数项目得分在80到90分之间。", "项目数（个）",
                List.of("60以下", "60–70", "70–80", "80–90", "90–100"),
                List.of(series("项目数", "1", "2", "5", "12", "7")));
    }

    static List<ChartData> all() {
        return List.of(budgetVsActual(), income(), scores(), distribution());
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS("*", name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) result.add((Element) list.item(i));
        return result;
    }

    static List<Element> all(Document doc) {
        return elements(doc, "*");
    }

    /** The text a {@code <text>} shows: its own text and its tspans', not its tooltip. */
    static String shown(Element text) {
        StringBuilder out = new StringBuilder();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) out.append(n.getNodeValue());
            else if (n instanceof Element e && e.getLocalName().equals("tspan")) out.append(e.getTextContent());
        }
        return out.toString();
    }

    static List<String> shownTexts(Document doc) {
        return elements(doc, "text").stream().map(Charts::shown).toList();
    }

    /** The value of a presentation attribute where SVG takes it from: the element or its nearest ancestor. */
    static String inherited(Element e, String attribute) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(attribute)) return el.getAttribute(attribute);
        }
        return null;
    }

    /** Reads the one colour notation the renderer writes, {@code rgb(r,g,b)}. */
    static Color colour(String value) {
        if (!value.startsWith("rgb(") || !value.endsWith(")")) throw new AssertionError("unexpected colour " + value);
        String[] p = value.substring(4, value.length() - 1).split(",");
        return new Color(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    /** WCAG 2 contrast ratio between two colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
