package cn.gongkai.render;

import cn.gongkai.render.chart.ChartRenderer;
import cn.gongkai.render.chart.ValueFormat;
import cn.gongkai.view.chart.ChartData;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The template function {@code svg(chart, decimals)}: a chart drawn as inline SVG; the most recently
 * used charts are cached by a hash of their data and value format, so a chart several pages share is
 * drawn once.
 */
public final class SvgCharts implements TemplateMethodModelEx {

    /** Enough for the charts a page shares with others; bounded so a site of 10,000 disclosures does not keep them all. */
    static final int CACHED = 1024;

    private final ChartRenderer renderer;
    private final AtomicInteger drawn = new AtomicInteger();
    private final Map<String, String> cache = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
        }
    });

    public SvgCharts(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.size() != 2) throw new TemplateModelException("svg(chart, decimals) takes 2 arguments");
        Object chart = DeepUnwrap.unwrap((TemplateModel) args.get(0));
        if (!(chart instanceof ChartData data)) throw new TemplateModelException("svg(): not a chart: " + chart);
        int decimals = ((TemplateNumberModel) args.get(1)).getAsNumber().intValue();
        String key = data.contentHash() + "/" + decimals;
        String svg = cache.get(key);
        if (svg == null) {
            svg = renderer.render(data, format(decimals));
            drawn.incrementAndGet();
            cache.put(key, svg);
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(svg);
    }

    /** Money with a fixed number of decimals; a negative count means as written (scores). */
    private static ValueFormat format(int decimals) {
        return decimals < 0 ? v -> v.stripTrailingZeros().toPlainString() : ValueFormat.decimals(decimals);
    }

    /** How many charts were drawn so far (a chart found in the cache is not drawn again). */
    public int drawn() {
        return drawn.get();
    }
}
