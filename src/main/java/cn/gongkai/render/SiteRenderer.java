package cn.gongkai.render;

import cn.gongkai.render.chart.ChartRenderer;
import cn.gongkai.render.data.FiscalDataPackage;
import cn.gongkai.render.data.ReviewFiles;
import cn.gongkai.render.data.TableFiles;
import cn.gongkai.site.OutputFolder;
import cn.gongkai.site.SitePaths;
import cn.gongkai.view.BudgetReviewView;
import cn.gongkai.view.DisclosureView;
import cn.gongkai.view.TableView;
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
            if (p.view() instanceof DisclosureView d) writeData(p.path(), d, out);
            if (p.view() instanceof BudgetReviewView r) writeData(p.path(), r, out);
        }
        out.copyTree(themeStatic, "assets");
    }

    /** Each table as CSV and JSON, and the whole disclosure as a Fiscal Data Package, beside the page. */
    private static void writeData(String page, DisclosureView d, OutputFolder out) throws IOException {
        for (TableView t : d.tables()) {
            out.write(SitePaths.tableData(page, t.id(), "csv"), TableFiles.csv(t));
            out.write(SitePaths.tableData(page, t.id(), "json"), TableFiles.json(t, d.department(), d.year()));
        }
        out.write(SitePaths.fiscalData(page), FiscalDataPackage.data(d.tables(), d.departmentCode(), d.department(), d.year()));
        out.write(SitePaths.dataPackage(page), FiscalDataPackage.descriptor(d.departmentCode() + "-" + d.year() + "-final-accounts",
                d.title(), "fiscal-data.csv"));
    }

    /** A budget review list as CSV and JSON, and as a Fiscal Data Package, beside the page. */
    private static void writeData(String page, BudgetReviewView r, OutputFolder out) throws IOException {
        out.write(SitePaths.tableData(page, "review", "csv"), ReviewFiles.csv(r));
        out.write(SitePaths.tableData(page, "review", "json"), ReviewFiles.json(r, r.preparer()));
        out.write(SitePaths.fiscalData(page), ReviewFiles.fiscalData(r));
        out.write(SitePaths.dataPackage(page), ReviewFiles.descriptor(r, "fiscal-data.csv"));
    }

    /** How many distinct charts were drawn. */
    public int chartsDrawn() {
        return charts.drawn();
    }
}
