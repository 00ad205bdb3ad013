package cn.gongkai.render;

import cn.gongkai.render.chart.ChartRenderer;
import cn.gongkai.site.OutputFolder;
import cn.gongkai.view.PageSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes pages through the theme's templates (with their charts), and the theme's static files under assets/. */
public final class SiteRenderer {

    private final Templates templates;
    private final Path themeStatic;
    private final SvgCharts charts;

    public SiteRenderer(Templates templates, Path themeStatic, ChartRenderer charts) {
        this.templates = templates;
        this.themeStatic = themeStatic;
        this.charts = new SvgCharts(charts);
    }

    /** Renders every page into {@code out}, then copies the theme's static files. */
    public void render(List<PageSpec> pages, OutputFolder out) throws IOException, Templates.ThemeException {
        for (PageSpec p : pages) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", p.page());
            model.put("view", p.view());
            model.put("svg", charts);
            out.write(p.path(), templates.render(p.template(), model).getBytes(StandardCharsets.UTF_8));
        }
        out.copyTree(themeStatic, "assets");
    }

    /** How many distinct charts were drawn. */
    public int chartsDrawn() {
        return charts.drawn();
    }
}
