package cn.gongkai.render.chart;

import org.apache.batik.svggen.DefaultErrorHandler;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Batik's generator settings for one chart, made fresh per chart so nothing leaks between charts:
 * ids carry the chart's id (charts inlined in one page must not share ids), no generator comment,
 * no embedded fonts, and coordinates printed to two decimals by a number format of this chart's own
 * (Batik's default formats are static and shared between threads, and DecimalFormat is not thread-safe).
 */
final class ChartSvgContext extends SVGGeneratorContext {

    ChartSvgContext(Document document, String chartId) {
        super(document);
        setIDGenerator(new PrefixedIds(chartId));
        // Batik needs every handler set; charts draw no images, so the image handler is never used
        setExtensionHandler(new DefaultExtensionHandler());
        setImageHandler(new ImageHandlerBase64Encoder());
        setStyleHandler(new DefaultStyleHandler());
        setErrorHandler(new DefaultErrorHandler());
        setComment(null);
        setEmbeddedFontsOn(false);
        decimalFormat = new DecimalFormat("#.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Batik's counters, per prefix, starting at 1 for every chart, behind the chart's id. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String chartId;

        PrefixedIds(String chartId) {
            this.chartId = chartId;
        }

        @Override
        public String generateID(String prefix) {
            return chartId + "-" + super.generateID(prefix);
        }
    }
}
