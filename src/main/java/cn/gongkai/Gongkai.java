package cn.gongkai;

import cn.gongkai.content.CatalogLoader;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Site;
import cn.gongkai.render.SiteFiles;
import cn.gongkai.render.SiteRenderer;
import cn.gongkai.render.Templates;
import cn.gongkai.render.chart.ChartRenderer;
import cn.gongkai.render.chart.CjkFontProbe;
import cn.gongkai.render.chart.ValueFormat;
import cn.gongkai.sample.SampleGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.site.OutputFolder;
import cn.gongkai.validate.Validator;
import cn.gongkai.view.MarkdownHtml;
import cn.gongkai.view.PageSpec;
import cn.gongkai.view.SiteViews;
import com.vladsch.flexmark.parser.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline as one object: load → check → views → render → publish. The CLI and the tests go
 * through here; one instance holds the services a build shares (catalogs, the Markdown parser).
 */
public final class Gongkai {

    /** Where the content is, and how messages name it. */
    public record Content(Path folder, String display) {
        public static Content of(Path folder) {
            return new Content(folder, folder.toString().replace('\\', '/'));
        }
    }

    /** The outcome of {@link #check}: the loaded site when there is no error, and every finding. */
    public record Check(Optional<Site> site, List<Finding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /** How a build ended. */
    public enum Status { PUBLISHED, CONTENT_ERRORS, THEME_ERROR, OUTPUT_REFUSED }

    /**
     * The outcome of {@link #build}; {@code message} explains a theme or output failure, {@code notes}
     * are warnings about the build machine (e.g. no Chinese font for chart layout).
     */
    public record BuildResult(Status status, List<Finding> findings, int pages, int files, int charts, long millis, String message,
                              List<String> notes) {
        public boolean published() {
            return status == Status.PUBLISHED;
        }
    }

    private final CatalogLoader catalogs = new CatalogLoader();
    private final Parser markdownParser = MarkdownHtml.newParser();
    private final List<String> notes = new ArrayList<>();
    private final ChartRenderer charts;

    /** Charts are laid out with the machine's Chinese font, if it has one. */
    public Gongkai() {
        this(CjkFontProbe.system());
    }

    /** {@code fonts} decides how chart labels are measured (tests force the no-font path). */
    public Gongkai(CjkFontProbe fonts) {
        this.charts = new ChartRenderer(ValueFormat.DEFAULT, fonts, notes::add);
    }

    /** Loads the content and, when it loaded, checks it with every rule. */
    public Check check(Content content) {
        ContentLoader.Result r = new ContentLoader(catalogs, markdownParser).load(content.folder(), content.display());
        if (r.site().isEmpty()) return new Check(r.site(), r.findings());
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.addAll(new Validator(catalogs::forYear).validate(r.site().get()));
        Collections.sort(findings);
        return new Check(r.site(), List.copyOf(findings));
    }

    /** Checks, then renders into a staging folder beside {@code out} and swaps it in only when all went well. */
    public BuildResult build(Content content, Path theme, Path out) throws IOException {
        long start = System.nanoTime();
        Check check = check(content);
        if (check.hasErrors() || check.site().isEmpty()) {
            return new BuildResult(Status.CONTENT_ERRORS, check.findings(), 0, 0, 0, elapsed(start), null, List.copyOf(notes));
        }
        Site site = check.site().get();
        SiteViews views = new SiteViews(site, catalogs::forYear, new MarkdownHtml(markdownParser));
        List<PageSpec> pages = views.pages();
        try (OutputFolder folder = OutputFolder.open(out, List.of(content.folder(), theme))) {
            Templates templates = new Templates(theme.resolve("templates"));
            SiteRenderer renderer = new SiteRenderer(templates, theme.resolve("static"), charts);
            renderer.render(pages, folder);
            var identity = site.config().identity();
            new SiteFiles(site.config().title().value(), identity.baseUrl() == null ? null : identity.baseUrl().value(),
                    identity.domain() == null ? "gongkai" : identity.domain().value()).write(views.feed(pages), views.search(), folder);
            int files = folder.written();
            folder.commit();
            return new BuildResult(Status.PUBLISHED, check.findings(), pages.size(), files, renderer.chartsDrawn(), elapsed(start), null,
                    List.copyOf(notes));
        } catch (OutputFolder.UnsafeOutputException e) {
            return new BuildResult(Status.OUTPUT_REFUSED, check.findings(), 0, 0, 0, elapsed(start), e.getMessage(), List.copyOf(notes));
        } catch (Templates.ThemeException e) {
            return new BuildResult(Status.THEME_ERROR, check.findings(), 0, 0, 0, elapsed(start), e.getMessage(), List.copyOf(notes));
        }
    }

    /**
     * Generates synthetic content for {@code spec} into {@code out}: written beside it and swapped in
     * when complete, like a site, and never over a folder that is not earlier sample content. Static:
     * generating needs only the catalogs, not the services of a build.
     */
    public static SampleGenerator.Summary sample(SampleSpec spec, Path out) throws IOException, OutputFolder.UnsafeOutputException {
        try (OutputFolder folder = OutputFolder.open(out, List.of(), OutputFolder.Kind.SAMPLE_CONTENT)) {
            SampleGenerator.Summary summary = new SampleGenerator(new CatalogLoader()).generate(spec, folder::write);
            folder.commit();
            return summary;
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
