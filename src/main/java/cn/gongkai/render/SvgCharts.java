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

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The template function {@code svg(chart, decimals)}: a chart drawn as inline SVG. Where builds follow
 * one another in one process (serve), the most recently used charts are cached by a hash of their data
 * and value format, so a chart of an unchanged page, or one several pages share, is drawn once.
 */
public final class SvgCharts implements TemplateMethodModelEx {

    /**
     * Characters of SVG kept: enough for every chart of the pages an editor is working on in
     * {@code serve} (a disclosure's charts are about 150,000), bounded so a site of 10,000
     * disclosures, whose charts are nearly all different, does not keep them all in memory.
     */
    static final long CACHED_CHARS = 8_000_000;

    private final ChartRenderer renderer;
    private final AtomicInteger drawn = new AtomicInteger();
    /** Most recently used last; guarded by itself, as is {@link #cachedChars}. */
    private final LinkedHashMap<String, String> cache = new LinkedHashMap<>(256, 0.75f, true);
    private long cachedChars;
    private volatile long limit = CACHED_CHARS;
    private final java.util.Map<Integer, ValueFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

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
        String svg;
        synchronized (cache) {
            svg = cache.get(key);
        }
        if (svg == null) {
            svg = renderer.render(data, format(decimals));
            keep(key, svg);
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(svg);
    }

    private void keep(String key, String svg) {
        synchronized (cache) {
            String before = cache.put(key, svg);
            // Two threads may draw the same chart at once: it counts once, so the summary is the same every build.
            if (before == null) drawn.incrementAndGet();
            cachedChars += svg.length() - (before == null ? 0 : before.length());
            Iterator<String> eldest = cache.values().iterator();
            while (cachedChars > limit && eldest.hasNext()) {
                cachedChars -= eldest.next().length();
                eldest.remove();
            }
        }
    }

    /**
     * Whether charts are kept for later builds. A one-off build draws nearly every chart once (7,673
     * charts for 1,000 disclosures, none twice): keeping them only made 75,000 SVG texts at 10,000
     * live long enough to be moved to the old generation and die there, which grew the heap.
     */
    public void keep(boolean keep) {
        limit = keep ? CACHED_CHARS : 0;
        if (!keep) {
            synchronized (cache) {
                cache.clear();
                cachedChars = 0;
            }
        }
    }

    /** Money with a fixed number of decimals; a negative count means as written (scores). One format per count. */
    private ValueFormat format(int decimals) {
        return formats.computeIfAbsent(decimals, d -> d < 0 ? v -> v.stripTrailingZeros().toPlainString() : ValueFormat.decimals(d));
    }

    /** How many charts were drawn so far (a chart found in the cache is not drawn again). */
    public int drawn() {
        return drawn.get();
    }
}
