package cn.gongkai;

import cn.gongkai.content.CatalogLoader;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.internal.Parallel;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Site;
import cn.gongkai.render.Fingerprints;
import cn.gongkai.render.Metrics;
import cn.gongkai.render.Progress;
import cn.gongkai.render.SearchIndex;
import cn.gongkai.render.SiteFiles;
import cn.gongkai.render.SiteRenderer;
import cn.gongkai.render.SvgCharts;
import cn.gongkai.render.Templates;
import cn.gongkai.render.chart.ChartRenderer;
import cn.gongkai.render.chart.CjkFontProbe;
import cn.gongkai.render.chart.ValueFormat;
import cn.gongkai.sample.SampleGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.site.BuildRecord;
import cn.gongkai.site.OutputFolder;
import cn.gongkai.validate.Validator;
import cn.gongkai.view.DisclosureDigest;
import cn.gongkai.view.MarkdownHtml;
import cn.gongkai.view.PageSpec;
import cn.gongkai.view.SiteViews;
import com.vladsch.flexmark.parser.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
     * are warnings about the build machine (e.g. no Chinese font for chart layout). {@code pages} is
     * every page of the site, {@code rendered} those rendered this time (the others were unchanged),
     * {@code files} every file of the site, {@code written} those written this time.
     */
    public record BuildResult(Status status, List<Finding> findings, int pages, int rendered, int files, int written, int charts,
                              long millis, String message, List<String> notes, Metrics metrics) {
        public boolean published() {
            return status == Status.PUBLISHED;
        }
    }

    /**
     * How to build: incrementally (only what changed since the last build into the same folder) or
     * in full, on how many threads, telling {@code progress} as pages are done. {@code recorded}: an
     * incremental build whose inputs are those the site's {@link BuildRecord} names stops there (the
     * preview server, which keeps everything it read and made in memory for its next build, does not
     * need this; a recorded build keeps nothing it will not use again). {@code trustsOutput}: the
     * files the last build left are as it left them, checked by the caller just before (serve; see
     * {@link OutputFolder#open(Path, List, boolean, boolean)}).
     */
    public record BuildOptions(boolean incremental, boolean recorded, int threads, Progress progress, boolean trustsOutput) {
        public static final BuildOptions DEFAULT = new BuildOptions(true, true, Runtime.getRuntime().availableProcessors(), Progress.NONE, false);

        public BuildOptions withProgress(Progress p) {
            return new BuildOptions(incremental, recorded, threads, p, trustsOutput);
        }

        public BuildOptions full() {
            return new BuildOptions(false, recorded, threads, progress, trustsOutput);
        }

        public BuildOptions withoutRecord() {
            return new BuildOptions(incremental, false, threads, progress, trustsOutput);
        }

        public BuildOptions trustingOutput(boolean trusts) {
            return new BuildOptions(incremental, recorded, threads, progress, trusts);
        }

        /** Whether what this build draws and indexes is kept for the next build in this process (serve: not recorded). */
        public boolean keepsForNextBuild() {
            return !recorded;
        }
    }

    private final CatalogLoader catalogs = new CatalogLoader();
    // The services below are made when first used: check draws no chart, so it no longer scans the
    // machine's fonts or makes a chart renderer (check of the sample: median 0.80 -> 0.74 s).
    private final Lazy<Parser> markdownParser = new Lazy<>(MarkdownHtml::newParser);
    /** Kept for the life of this object: a department read before is not read again until its files change (serve). */
    private final Lazy<ContentLoader> loader = new Lazy<>(() -> new ContentLoader(catalogs, markdownParser.get()));
    private final Validator validator = new Validator(catalogs::forYear);
    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Charts drawn for one build are found again by the next (serve), by a hash of their data. */
    private final Lazy<SvgCharts> svg;
    private final java.util.Map<Path, Templates> templates = new java.util.HashMap<>();
    /** Each disclosure's search entries are written once while its model is kept (serve). */
    private final SearchIndex search = new SearchIndex();
    /** The font charts are measured with: part of every build's inputs. */
    private final Lazy<String> fonts;
    /**
     * From how many year folders a one-off build lets each disclosure's tables go once checked and
     * reads them again for its page (see {@link ContentLoader.Release}): at 10,000 department-years
     * the tables are 300 MB; below a few thousand, holding them costs less than reading them twice.
     */
    private volatile int releaseTablesFrom = RELEASE_TABLES_FROM;
    public static final int RELEASE_TABLES_FROM = 2_000;

    /** Charts are laid out with the machine's Chinese font, if it has one. */
    public Gongkai() {
        this(CjkFontProbe.system());
    }

    /** {@code fonts} decides how chart labels are measured (tests force the no-font path). */
    public Gongkai(CjkFontProbe fonts) {
        this.svg = new Lazy<>(() -> new SvgCharts(new ChartRenderer(ValueFormat.DEFAULT, fonts, notes::add)));
        this.fonts = new Lazy<>(() -> fonts.find().map(f -> f.getFontName(java.util.Locale.ROOT) + "/" + f.getFamily(java.util.Locale.ROOT))
                .orElse("(none)"));
    }

    /** A value made once, when first asked for. */
    private static final class Lazy<T> {
        private java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v != null) return v;
            synchronized (this) {
                if (value == null) {
                    value = make.get();
                    make = null;
                }
                return value;
            }
        }
    }

    /** Builds of content with at least {@code yearFolders} year folders release tables (tests: 0, so the sample does). */
    public Gongkai releasingTablesFrom(int yearFolders) {
        this.releaseTablesFrom = yearFolders;
        return this;
    }

    /** Loads the content and, when it loaded, checks it with every rule. */
    public Check check(Content content) {
        return checked(loader.get().load(content.folder(), content.display()));
    }

    /**
     * The findings of {@link #check(Content)}, found as a build finds them: a large site department by
     * department, each disclosure's tables let go once checked, so checking 10,000 department-years
     * holds no more than building them. The site returned is for counting, not for rendering.
     */
    public Check checkHoldingLess(Content content) {
        return checkReleasing(content, null);
    }

    /** What was read, checked with every rule when it read without error. */
    private Check checked(ContentLoader.Result r) {
        if (r.site().isEmpty()) return new Check(r.site(), r.findings());
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.addAll(validator.validate(r.site().get()));
        Collections.sort(findings);
        return new Check(r.site(), List.copyOf(findings));
    }

    /**
     * As {@link #check(Content)}, but a large site is checked department by department as it is read
     * and its disclosures' tables are let go; {@code digests}, when given, receives what the other
     * pages need of each (see {@link ContentLoader.Release}).
     */
    private Check checkReleasing(Content content, Map<String, DisclosureDigest> digests) {
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.Set<Finding> checked = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ContentLoader.Result r = loader.get().load(content.folder(), content.display(), (config, accounts, reviews) -> {
            released.set(true);
            List<Finding> found = validator.validateDepartment(config, accounts, reviews);
            checked.addAll(found);
            if (digests != null && found.stream().noneMatch(Finding::isError)) {
                for (FinalAccounts fa : accounts) digests.put(DisclosureDigest.key(fa), DisclosureDigest.of(fa, config));
            }
            return found;
        }, releaseTablesFrom);
        if (released.get()) {
            // As check(): content that does not read is not checked, so its findings are the reading's alone.
            boolean unread = r.findings().stream().anyMatch(f -> f.isError() && !checked.contains(f));
            return new Check(r.site(), unread ? r.findings().stream().filter(f -> !checked.contains(f)).toList() : r.findings());
        }
        return checked(r);
    }

    /** Checks, then renders (incrementally when {@code out} holds a previous build) and publishes only when all went well. */
    public BuildResult build(Content content, Path theme, Path out) throws IOException {
        return build(content, theme, out, BuildOptions.DEFAULT);
    }

    /**
     * Checks, then renders into a staging folder beside {@code out} and moves it in only when all
     * went well; with {@code options.incremental()}, pages whose inputs did not change are kept and
     * unchanged files are not written again.
     */
    public BuildResult build(Content content, Path theme, Path out, BuildOptions options) throws IOException {
        long start = System.nanoTime();
        Metrics metrics = new Metrics();
        long t = System.nanoTime();
        String inputs = options.recorded() ? inputs(content, theme) : null;
        if (inputs != null && options.incremental()) {
            String now = inputs;
            Optional<BuildRecord> last = BuildRecord.read(out, content.display()).filter(r -> r.inputs().equals(now)).flatMap(r -> r.current(out));
            metrics.stage("核对输入", System.nanoTime() - t);
            if (last.isPresent()) {
                BuildRecord r = last.get();
                return new BuildResult(Status.PUBLISHED, r.findings(), r.pages(), 0, r.files(), 0, 0, elapsed(start), null, notes(), metrics);
            }
            t = System.nanoTime();
        }
        // serve keeps every model for its next build; a one-off build of a large site holds less.
        Map<String, DisclosureDigest> digests = new java.util.concurrent.ConcurrentHashMap<>();
        Check check = options.keepsForNextBuild() ? check(content) : checkReleasing(content, digests);
        metrics.stage("读取和检查内容", System.nanoTime() - t);
        if (check.hasErrors() || check.site().isEmpty()) {
            return new BuildResult(Status.CONTENT_ERRORS, check.findings(), 0, 0, 0, 0, 0, elapsed(start), null, notes(), metrics);
        }
        Site site = check.site().get();
        t = System.nanoTime();
        SiteViews views = new SiteViews(site, catalogs::forYear, new MarkdownHtml(markdownParser.get()), digests);
        List<PageSpec> pages = views.pages();
        Fingerprints fingerprints = new Fingerprints(site, content.folder(), theme, views.navigationInputs());
        metrics.stage("规划页面", System.nanoTime() - t);
        try (OutputFolder folder = OutputFolder.open(out, List.of(content.folder(), theme), options.incremental(), options.trustsOutput())) {
            t = System.nanoTime();
            Templates templates = templates(theme.resolve("templates"));
            SvgCharts svg = this.svg.get();
            svg.keep(options.keepsForNextBuild());
            SiteRenderer renderer = new SiteRenderer(templates, theme.resolve("static"), svg, options.threads());
            // The sitemap, feed and search index need the model, not the pages: they are written while the
            // pages are, instead of after them on one core while the other waits.
            var identity = site.config().identity();
            SiteFiles siteFiles = new SiteFiles(site.config().title().value(), identity.baseUrl() == null ? null : identity.baseUrl().value(),
                    identity.domain() == null ? "gongkai" : identity.domain().value());
            Parallel.Background<IOException> siteFilesWritten = Parallel.start("gongkai-site-files", () -> siteFiles.write(views.feed(pages),
                    stream -> search.write(views.searchParts(), options.keepsForNextBuild(), stream), options.keepsForNextBuild(), folder));
            try {
                renderer.render(pages, folder, fingerprints, metrics, options.progress());
            } catch (Throwable e) {
                siteFilesWritten.await();   // it writes into the staging folder, which goes when this build fails
                throw e;
            }
            metrics.stage("生成页面和下载文件", System.nanoTime() - t);
            siteFilesWritten.join();
            metrics.stage("网站地图、订阅和搜索索引（同时）", siteFilesWritten.nanos());
            t = System.nanoTime();
            int files = folder.files();
            int written = folder.written();
            folder.commit();
            // Recorded only when the inputs did not change while this build read them.
            if (inputs != null && inputs.equals(inputs(content, theme))) {
                BuildRecord.of(out, inputs, pages.size(), files, check.findings(), content.display()).writeTo(out);
            }
            metrics.stage("发布", System.nanoTime() - t);
            return new BuildResult(Status.PUBLISHED, check.findings(), pages.size(), renderer.pagesRendered(), files, written,
                    renderer.chartsDrawn(), elapsed(start), null, notes(), metrics);
        } catch (OutputFolder.UnsafeOutputException e) {
            return new BuildResult(Status.OUTPUT_REFUSED, check.findings(), 0, 0, 0, 0, 0, elapsed(start), e.getMessage(), notes(), metrics);
        } catch (ContentLoader.ChangedWhileBuilding e) {
            List<Finding> findings = new ArrayList<>(check.findings());
            findings.add(e.finding());
            Collections.sort(findings);
            return new BuildResult(Status.CONTENT_ERRORS, List.copyOf(findings), 0, 0, 0, 0, 0, elapsed(start), null, notes(), metrics);
        } catch (Templates.ThemeException e) {
            return new BuildResult(Status.THEME_ERROR, check.findings(), 0, 0, 0, 0, 0, elapsed(start), e.getMessage(), notes(), metrics);
        }
    }

    /** The fingerprint of everything a build reads, or null when a folder cannot be walked (the build then says why). */
    private String inputs(Content content, Path theme) {
        try {
            return Fingerprints.all(content.folder(), theme, fonts.get());
        } catch (java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** One FreeMarker configuration per theme for the life of this object (its template cache follows edits). */
    private synchronized Templates templates(Path folder) throws IOException {
        Templates t = templates.get(folder.toAbsolutePath().normalize());
        if (t == null) {
            t = new Templates(folder);
            templates.put(folder.toAbsolutePath().normalize(), t);
        }
        return t;
    }

    private List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
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
