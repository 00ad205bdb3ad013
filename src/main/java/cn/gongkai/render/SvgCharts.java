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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template function {@code svg(chart, decimals)}: a chart drawn as inline SVG, once per distinct
 * chart and value format of a build (charts are cached by a hash of their data).
 */
final class SvgCharts implements TemplateMethodModelEx {

    private final ChartRenderer renderer;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    SvgCharts(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.size() != 2) throw new TemplateModelException("svg(chart, decimals) takes 2 arguments");
        Object chart = DeepUnwrap.unwrap((TemplateModel) args.get(0));
        if (!(chart instanceof ChartData data)) throw new TemplateModelException("svg(): not a chart: " + chart);
        int decimals = ((TemplateNumberModel) args.get(1)).getAsNumber().intValue();
        String svg = cache.computeIfAbsent(data.contentHash() + "/" + decimals, k -> renderer.render(data, format(decimals)));
        return HTMLOutputFormat.INSTANCE.fromMarkup(svg);
    }

    /** Money with a fixed number of decimals; a negative count means as written (scores). */
    private static ValueFormat format(int decimals) {
        return decimals < 0 ? v -> v.stripTrailingZeros().toPlainString() : ValueFormat.decimals(decimals);
    }

    int drawn() {
        return cache.size();
    }
}
