package cn.gongkai.view;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.Department;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.PublishTime;
import cn.gongkai.model.Site;
import cn.gongkai.model.SiteConfig;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.site.SitePaths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/** Every page of the site as a {@link PageSpec}: which template, where, and its view. */
public final class SiteViews {

    /** Documents of one year are listed by jurisdiction, then department. */
    private static final Comparator<Department> BY_DEPARTMENT = Comparator.comparing(Department::jurisdiction)
            .thenComparing(Department::slug);

    private final Site site;
    private final IntFunction<Catalog> catalogs;
    private final DisclosureViews disclosures;
    private final PageInfo.SiteFrame frame;
    private final BudgetReviewViews reviews;

    public SiteViews(Site site, IntFunction<Catalog> catalogs, MarkdownHtml markdown) {
        this.site = site;
        this.catalogs = catalogs;
        AmountFormat format = new AmountFormat(site.config().displayUnitOpt().orElse(null), site.config().decimals());
        this.frame = frame(site.config());
        this.disclosures = new DisclosureViews(format, markdown);
        this.reviews = new BudgetReviewViews(format);
    }

    private static PageInfo.SiteFrame frame(SiteConfig c) {
        SiteConfig.Identity id = c.identity();
        return new PageInfo.SiteFrame(c.title().value(), text(id.column()) != null ? text(id.column()) : c.title().value(), text(id.domain()),
                text(id.siteCode()), text(c.publisher()), text(id.contact()), text(id.icp()), text(id.police()));
    }

    private static String text(cn.gongkai.model.Text t) {
        return t == null ? null : t.value();
    }

    public List<PageSpec> pages() {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(home());
        for (FinalAccounts fa : sortedAccounts()) {
            String path = SitePaths.finalAccounts(fa);
            PageInfo info = article(path, fa.displayTitle(), List.of(
                    new Link(SitePaths.relative(path, SitePaths.HOME), "首页"),
                    new Link("", fa.displayTitle())), fa.publishedOpt().map(PublishTime::printed).orElse(null), fa.department().name().value());
            pages.add(new PageSpec(path, "final-accounts.ftlh", info,
                    disclosures.view(fa, site.previousYear(fa).orElse(null), catalogs.apply(fa.year()), site.glossary(), path)));
        }
        for (BudgetReview r : sortedReviews()) {
            String path = SitePaths.budgetReview(r);
            PageInfo info = info(path, r.displayTitle(), List.of(
                    new Link(SitePaths.relative(path, SitePaths.HOME), "首页"),
                    new Link("", r.displayTitle())));
            pages.add(new PageSpec(path, "budget-review.ftlh", info, reviews.view(r)));
        }
        pages.add(glossary());
        pages.add(new PageSpec(SitePaths.SEARCH, "search.ftlh", info(SitePaths.SEARCH, "搜索", List.of(
                new Link(SitePaths.relative(SitePaths.SEARCH, SitePaths.HOME), "首页"), new Link("", "搜索"))),
                new SearchView(SitePaths.relative(SitePaths.SEARCH, SitePaths.SEARCH_INDEX))));
        pages.add(new PageSpec(SitePaths.NOT_FOUND, "404.ftlh", info(SitePaths.NOT_FOUND, "页面不存在", List.of()), new NotFoundView(baseUrl())));
        return pages;
    }

    /** What sitemap.xml and the Atom feed list: every page, and the disclosures with a publish time, newest first. */
    public FeedView feed(List<PageSpec> pages) {
        List<FeedView.Entry> entries = new ArrayList<>();
        List<FinalAccounts> dated = new ArrayList<>(site.finalAccounts().stream().filter(f -> f.published() != null).toList());
        dated.sort(Comparator.comparing((FinalAccounts f) -> f.published()).reversed().thenComparing(f -> f.department().slug()));
        for (FinalAccounts fa : dated) {
            String path = SitePaths.finalAccounts(fa);
            String summary = fa.tables().summary().flatMap(s -> s.totals().get(cn.gongkai.model.table.SummaryTotal.INCOME_GRAND_TOTAL))
                    .map(a -> fa.year() + " 年收入、支出总计 " + a.value().toPlainString() + " " + a.unit().label() + "。").orElse(fa.displayTitle());
            entries.add(new FeedView.Entry(fa.displayTitle(), path, fa.published().value().atOffset(java.time.ZoneOffset.ofHours(8)).toString(),
                    summary, path));
        }
        return new FeedView(pages.stream().map(PageSpec::path).filter(p -> !p.equals(SitePaths.NOT_FOUND)).toList(), entries);
    }

    /** site.yaml's base_url ending in "/", or null. */
    private String baseUrl() {
        cn.gongkai.model.Text b = site.config().identity().baseUrl();
        if (b == null) return null;
        return b.value().endsWith("/") ? b.value() : b.value() + "/";
    }

    /** The entries of the site search. */
    public List<SearchEntry> search() {
        return SearchEntries.of(site);
    }

    private PageSpec glossary() {
        String path = SitePaths.GLOSSARY;
        List<DisclosureView.TermView> terms = site.glossary().stream()
                .map(g -> new DisclosureView.TermView("term-" + g.id(), g.term().value(), g.definition().value())).toList();
        PageInfo info = info(path, "名词解释", List.of(new Link(SitePaths.relative(path, SitePaths.HOME), "首页"), new Link("", "名词解释")));
        return new PageSpec(path, "glossary.ftlh", info, new GlossaryView(terms));
    }

    private List<FinalAccounts> sortedAccounts() {
        List<FinalAccounts> all = new ArrayList<>(site.finalAccounts());
        all.sort(Comparator.comparing((FinalAccounts f) -> -f.year()).thenComparing(FinalAccounts::department, BY_DEPARTMENT));
        return all;
    }

    private List<BudgetReview> sortedReviews() {
        List<BudgetReview> all = new ArrayList<>(site.budgetReviews());
        all.sort(Comparator.comparing((BudgetReview r) -> -r.year()).thenComparing(BudgetReview::department, BY_DEPARTMENT));
        return all;
    }

    /** Newest year first, then by jurisdiction and department; a department's final accounts before its review. */
    private PageSpec home() {
        String path = SitePaths.HOME;
        List<Listed> listed = new ArrayList<>();
        for (FinalAccounts fa : sortedAccounts()) {
            listed.add(new Listed(fa.year(), fa.department(), entry(path, SitePaths.finalAccounts(fa), fa.displayTitle(),
                    fa.department(), fa.year(), "部门决算")));
        }
        for (BudgetReview r : sortedReviews()) {
            listed.add(new Listed(r.year(), r.department(), entry(path, SitePaths.budgetReview(r), r.displayTitle(),
                    r.department(), r.year(), "预算评审结果")));
        }
        listed.sort(Comparator.comparing((Listed l) -> -l.year()).thenComparing(Listed::department, BY_DEPARTMENT));
        List<HomeView.Entry> entries = listed.stream().map(Listed::entry).toList();
        String empty = entries.isEmpty() ? "本站尚未发布预决算公开文件。发布后将在此按年度列出。" : null;
        return new PageSpec(path, "home.ftlh", info(path, site.config().title().value(), List.of()), new HomeView(entries, empty));
    }

    /** A document on the home page, with what it is sorted by. */
    private record Listed(int year, Department department, HomeView.Entry entry) {
    }

    private HomeView.Entry entry(String from, String page, String title, Department d, int year, String type) {
        String jurisdiction = site.jurisdiction(d.jurisdiction()).map(j -> j.name().value()).orElse("");
        return new HomeView.Entry(new Link(SitePaths.relative(from, page), title), jurisdiction, year, type, d.name().value());
    }

    private PageInfo info(String path, String title, List<Link> breadcrumbs) {
        return new PageInfo(path, title, SitePaths.rootOf(path), breadcrumbs, frame, null);
    }

    /** An article page: a disclosure, with its publish time and source. */
    private PageInfo article(String path, String title, List<Link> breadcrumbs, String pubDate, String source) {
        return new PageInfo(path, title, SitePaths.rootOf(path), breadcrumbs, frame, new PageInfo.ArticleMeta(title, pubDate, source));
    }

}
