package cn.gongkai.view;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.DocumentType;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Headlines;
import cn.gongkai.model.Jurisdiction;
import cn.gongkai.model.PublishTime;
import cn.gongkai.model.Site;
import cn.gongkai.model.SiteConfig;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.Text;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.site.SitePaths;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every page of the site as a {@link PageSpec}: which template, where, and its view. The documents
 * (final accounts, budget reviews) are listed once as {@link Published}, from which the navigation,
 * the feed and the search are all made.
 */
public final class SiteViews {

    /** Publish times are Beijing time; the feed writes them with their offset. */
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Site site;
    private final IntFunction<Catalog> catalogs;
    private final AmountFormat format;
    private final DisclosureViews disclosures;
    private final BudgetReviewViews reviews;
    private final Pages frame;
    private final List<Published> published;
    private final java.util.Map<String, Published> byPath = new java.util.HashMap<>();
    /** What was kept of each disclosure whose tables were let go, by {@link DisclosureDigest#key}. */
    private final java.util.Map<String, DisclosureDigest> digests;

    public SiteViews(Site site, IntFunction<Catalog> catalogs, MarkdownHtml markdown) {
        this(site, catalogs, markdown, java.util.Map.of());
    }

    /** {@code digests}: what was kept of each disclosure whose tables were released (a large build). */
    public SiteViews(Site site, IntFunction<Catalog> catalogs, MarkdownHtml markdown, java.util.Map<String, DisclosureDigest> digests) {
        this.site = site;
        this.digests = digests;
        this.catalogs = catalogs;
        this.format = new AmountFormat(site.config().displayUnitOpt().orElse(null), site.config().decimals());
        this.frame = new Pages(frame(site.config()), site);
        this.disclosures = new DisclosureViews(format, markdown);
        this.reviews = new BudgetReviewViews(format);
        this.published = published();
        for (Published p : published) byPath.put(p.path(), p);
    }

    private static PageInfo.SiteFrame frame(SiteConfig c) {
        SiteConfig.Identity id = c.identity();
        return new PageInfo.SiteFrame(c.title().value(), text(id.column()) != null ? text(id.column()) : c.title().value(), text(id.domain()),
                text(id.siteCode()), text(c.publisher()), text(id.contact()), text(id.icp()), text(id.police()));
    }

    private static String text(Text t) {
        return t == null ? null : t.value();
    }

    /** What was kept of {@code fa}, whose tables were released. */
    private DisclosureDigest digest(FinalAccounts fa) {
        DisclosureDigest d = digests.get(DisclosureDigest.key(fa));
        if (d == null) throw new IllegalStateException("no digest kept for " + DisclosureDigest.key(fa));
        return d;
    }

    /** The headline figures of last year's disclosure of {@code fa}'s department, or null when there is none. */
    private java.util.Map<StandardSection, Headlines.Figure> lastYear(FinalAccounts fa) {
        FinalAccounts last = site.previousYear(fa).orElse(null);
        if (last == null) return null;
        return last.tables().isReleased() ? digest(last).headlines() : Headlines.of(last);
    }

    /** Every document of the site, newest year first. */
    private List<Published> published() {
        List<Published> out = new ArrayList<>();
        for (FinalAccounts fa : site.finalAccounts()) {
            String summary = fa.tables().isReleased() ? digest(fa).summary() : DisclosureDigest.summary(fa);
            out.add(new Published(DocumentType.FINAL_ACCOUNTS, fa.department(), fa.year(), fa.displayTitle(), SitePaths.finalAccounts(fa),
                    fa.published(), summary));
        }
        for (BudgetReview r : site.budgetReviews()) {
            String summary = "共 " + r.lines().size() + " 个项目，" + r.year() + " 年度申报预算资金合计 "
                    + r.requestedTotal().value().toPlainString() + " " + r.unit().label() + "。";
            out.add(new Published(DocumentType.BUDGET_REVIEW, r.department(), r.year(), r.displayTitle(), SitePaths.budgetReview(r),
                    r.published(), summary));
        }
        out.sort(Published.BY_YEAR);
        return List.copyOf(out);
    }

    public List<PageSpec> pages() {
        List<PageSpec> pages = new ArrayList<>(new NavigationViews(site, published, frame).pages());
        // Each disclosure's listing looked up once, not once per comparison of the sort (serve plans every page on each save).
        java.util.Map<FinalAccounts, Published> listed = new java.util.IdentityHashMap<>();
        for (FinalAccounts fa : site.finalAccounts()) listed.put(fa, of(fa));
        for (FinalAccounts fa : site.finalAccounts().stream().sorted((a, b) -> Published.BY_YEAR.compare(listed.get(a), listed.get(b))).toList()) {
            Published p = listed.get(fa);
            String path = p.path();
            pages.add(new PageSpec(path, "final-accounts.ftlh", frame.document(p, fa.department().name().value()),
                    () -> disclosures.view(fa.withTablesRead(), lastYear(fa), catalogs.apply(fa.year()), site.glossary(), path),
                    PageSpec.finalAccounts(fa.department().slug(), fa.year())));
        }
        for (BudgetReview r : site.budgetReviews()) {
            Published p = byPath.get(SitePaths.budgetReview(r));
            pages.add(new PageSpec(p.path(), "budget-review.ftlh", frame.document(p, r.department().name().value()), () -> reviews.view(r),
                    PageSpec.budgetReview(r.department().slug(), r.year())));
        }
        pages.addAll(comparisons());
        pages.add(glossary());
        pages.add(PageSpec.of(SitePaths.SEARCH, "search.ftlh", frame.info(SitePaths.SEARCH, "搜索", List.of(new Crumb("搜索", null))),
                new SearchView(SitePaths.relative(SitePaths.SEARCH, SitePaths.SEARCH_INDEX)), PageSpec.SITE));
        pages.add(PageSpec.of(SitePaths.NOT_FOUND, "404.ftlh", frame.info(SitePaths.NOT_FOUND, "页面不存在", List.of()),
                new NotFoundView(baseUrl()), PageSpec.SITE));
        return pages;
    }

    private Published of(FinalAccounts fa) {
        return byPath.get(SitePaths.finalAccounts(fa));
    }

    /** A comparison page for each jurisdiction and year with final accounts. */
    private List<PageSpec> comparisons() {
        List<PageSpec> out = new ArrayList<>();
        ComparisonViews views = new ComparisonViews(format, site.config().displayUnitOpt().orElse(null));
        // Grouped in one pass (a site of 10,000 disclosures in 167 jurisdictions was filtered 500 times).
        java.util.Map<String, java.util.TreeMap<Integer, List<FinalAccounts>>> byJurisdiction = new java.util.HashMap<>();
        for (FinalAccounts f : site.finalAccounts()) {
            byJurisdiction.computeIfAbsent(f.department().jurisdiction(), k -> new java.util.TreeMap<>(java.util.Comparator.reverseOrder()))
                    .computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f);
        }
        for (Jurisdiction j : site.jurisdictions()) {
            for (var byYear : byJurisdiction.getOrDefault(j.slug(), new java.util.TreeMap<>()).entrySet()) {
                int year = byYear.getKey();
                String path = SitePaths.comparison(j.slug(), year);
                List<FinalAccounts> accounts = List.copyOf(byYear.getValue());
                String heading = ComparisonViews.heading(j.name().value(), year);
                out.add(new PageSpec(path, "comparison.ftlh", frame.info(path, heading, List.of(
                        new Crumb(j.name().value(), SitePaths.jurisdiction(j.slug())),
                        new Crumb(year + " 年", SitePaths.year(j.slug(), year)),
                        new Crumb("部门决算对比", null))), () -> views.view(j.name().value(), year, accounts,
                                fa -> fa.tables().isReleased() ? digest(fa).compared() : views.figures(fa), path),
                        PageSpec.comparison(j.slug(), year)));
            }
        }
        return out;
    }

    /** What sitemap.xml and the Atom feed list: every page, and the documents with a publish time, newest first. */
    public FeedView feed(List<PageSpec> pages) {
        List<FeedView.Entry> entries = new ArrayList<>();
        for (Published p : published.stream().filter(p -> p.published() != null).sorted(Published.LATEST).toList()) {
            entries.add(new FeedView.Entry(p.title(), p.path(), RFC3339.format(p.published().value().atOffset(ZoneOffset.ofHours(8))),
                    p.summary(), p.path()));
        }
        return new FeedView(pages.stream().map(PageSpec::path).filter(p -> !p.equals(SitePaths.NOT_FOUND)).toList(), entries);
    }

    /** site.yaml's base_url ending in "/", or null. */
    private String baseUrl() {
        Text b = site.config().identity().baseUrl();
        if (b == null) return null;
        return b.value().endsWith("/") ? b.value() : b.value() + "/";
    }

    /**
     * What the navigation pages show, as one text: every document's type, department, name,
     * jurisdiction, year, title, page and publish time. The navigation must be rendered again exactly
     * when this changes.
     */
    public String navigationInputs() {
        StringBuilder b = new StringBuilder();
        for (Published p : published) {
            b.append(p.type()).append('\t').append(p.department().slug()).append('\t').append(p.department().name().value()).append('\t')
                    .append(p.department().jurisdiction()).append('\t').append(p.year()).append('\t').append(p.title()).append('\t')
                    .append(p.path()).append('\t').append(p.published() == null ? "" : p.published().printed()).append('\n');
        }
        return b.toString();
    }

    /** The entries of the site search, in parts that can be reused when the model they come from is. */
    public List<SearchEntries.Part> searchParts() {
        return SearchEntries.parts(site, published, this::digest);
    }

    private PageSpec glossary() {
        String path = SitePaths.GLOSSARY;
        List<DisclosureView.TermView> terms = site.glossary().stream()
                .map(g -> new DisclosureView.TermView("term-" + g.id(), g.term().value(), g.definition().value())).toList();
        return PageSpec.of(path, "glossary.ftlh", frame.info(path, "名词解释", List.of(new Crumb("名词解释", null))), new GlossaryView(terms),
                PageSpec.SITE);
    }

    /** The printed form of a publish time, or null. */
    static String printed(PublishTime t) {
        return t == null ? null : t.printed();
    }
}
