package cn.gongkai.render;

import cn.gongkai.internal.Parallel;
import cn.gongkai.render.chart.ChartRenderer;
import cn.gongkai.render.data.FiscalDataPackage;
import cn.gongkai.render.data.ReviewFiles;
import cn.gongkai.render.data.TableFiles;
import cn.gongkai.site.OutputFolder;
import cn.gongkai.site.SitePaths;
import cn.gongkai.view.BudgetReviewView;
import cn.gongkai.view.DisclosureView;
import cn.gongkai.view.PageSpec;
import cn.gongkai.view.TableView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders pages through the theme's templates, in parallel on every core, each page's view made
 * just before and dropped just after, each file written as soon as it is made (no build holds every
 * page in memory). A page whose inputs did not change since the last build is kept as it is. Then
 * copies the theme's static files under assets/.
 */
public final class SiteRenderer {

    private final Templates templates;
    private final Path themeStatic;
    private final SvgCharts charts;
    private final int threads;
    private final int chartsBefore;
    private final AtomicInteger rendered = new AtomicInteger();
    /** Each rendering thread's page buffer, kept from one page to its next (a disclosure's page is about 240 KB). */
    private final ThreadLocal<Utf8Writer> html = ThreadLocal.withInitial(() -> new Utf8Writer(256 * 1024));

    public SiteRenderer(Templates templates, Path themeStatic, ChartRenderer charts) {
        this(templates, themeStatic, new SvgCharts(charts), Runtime.getRuntime().availableProcessors());
    }

    /** {@code charts} may be shared between builds (serve), so a chart drawn before is not drawn again. */
    public SiteRenderer(Templates templates, Path themeStatic, SvgCharts charts, int threads) {
        this.templates = templates;
        this.themeStatic = themeStatic;
        this.charts = charts;
        this.chartsBefore = charts.drawn();
        this.threads = Math.max(1, threads);
    }

    /** Renders every page into {@code out} (skipping those {@code fingerprints} say are unchanged), then the static files. */
    public void render(List<PageSpec> pages, OutputFolder out, Fingerprints fingerprints, Metrics metrics, Progress progress)
            throws IOException, Templates.ThemeException {
        progress.start(pages.size());
        // Parallel returns or throws only when every thread has stopped: after a failure, no thread goes
        // on writing into the staging folder, which is then deleted.
        try {
            Parallel.forEach(heaviestFirst(pages), threads, p -> {
                try {
                    page(p, out, fingerprints.of(p.dependsOn()), metrics);
                } catch (Templates.ThemeException e) {
                    throw new ThemeFailure(e);
                }
                progress.advance();
                return null;
            });
        } catch (ThemeFailure t) {
            throw t.theme;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            progress.done();
        }
        out.copyTree(themeStatic, "assets");
    }

    /**
     * The disclosures' and comparisons' pages (10–14 ms each, with their charts and data files) before
     * the lists and reviews (under 2 ms), so the last page a thread takes is a short one.
     */
    static List<PageSpec> heaviestFirst(List<PageSpec> pages) {
        List<PageSpec> order = new ArrayList<>(pages.size());
        for (PageSpec p : pages) if (p.heavy()) order.add(p);
        for (PageSpec p : pages) if (!p.heavy()) order.add(p);
        return order;
    }

    private void page(PageSpec p, OutputFolder out, String inputs, Metrics metrics) throws IOException, Templates.ThemeException {
        if (out.upToDate(p.path(), inputs)) {
            out.keep(p.path());
            return;
        }
        long start = System.nanoTime();
        Object view = p.view();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", p.page());
        model.put("view", view);
        model.put("svg", charts);
        Utf8Writer page = html.get();
        page.reset();
        templates.render(p.template(), model, page);
        byte[] bytes = page.toByteArray();
        metrics.template(p.template(), System.nanoTime() - start);
        out.write(p.path(), bytes, p.path(), inputs);
        if (view instanceof DisclosureView d) writeData(p.path(), d, out, inputs);
        if (view instanceof BudgetReviewView r) writeData(p.path(), r, out, inputs);
        rendered.incrementAndGet();
    }

    /** Each table as CSV and JSON, and the whole disclosure as a Fiscal Data Package, beside the page. */
    private static void writeData(String page, DisclosureView d, OutputFolder out, String inputs) throws IOException {
        for (TableView t : d.tables()) {
            out.write(SitePaths.tableData(page, t.id(), "csv"), TableFiles.csv(t), page, inputs);
            out.write(SitePaths.tableData(page, t.id(), "json"), TableFiles.json(t, d.department(), d.year()), page, inputs);
        }
        out.write(SitePaths.fiscalData(page), FiscalDataPackage.data(d.tables(), d.departmentCode(), d.department(), d.year()), page, inputs);
        out.write(SitePaths.dataPackage(page), FiscalDataPackage.descriptor(d.departmentCode() + "-" + d.year() + "-final-accounts",
                d.title(), "fiscal-data.csv"), page, inputs);
    }

    /** A budget review list as CSV and JSON, and as a Fiscal Data Package, beside the page. */
    private static void writeData(String page, BudgetReviewView r, OutputFolder out, String inputs) throws IOException {
        out.write(SitePaths.tableData(page, "review", "csv"), ReviewFiles.csv(r), page, inputs);
        out.write(SitePaths.tableData(page, "review", "json"), ReviewFiles.json(r, r.preparer()), page, inputs);
        out.write(SitePaths.fiscalData(page), ReviewFiles.fiscalData(r), page, inputs);
        out.write(SitePaths.dataPackage(page), ReviewFiles.descriptor(r, "fiscal-data.csv"), page, inputs);
    }

    /** How many charts this build drew. */
    public int chartsDrawn() {
        return charts.drawn() - chartsBefore;
    }

    /** How many pages were rendered (not kept from the last build). */
    public int pagesRendered() {
        return rendered.get();
    }

    /** A theme error thrown from a rendering thread. */
    private static final class ThemeFailure extends RuntimeException {
        private final Templates.ThemeException theme;

        ThemeFailure(Templates.ThemeException theme) {
            super(theme.getMessage(), theme);
            this.theme = theme;
        }
    }
}
