package cn.gongkai.view;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.Department;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Site;
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
    private final BudgetReviewViews reviews;

    public SiteViews(Site site, IntFunction<Catalog> catalogs, MarkdownHtml markdown) {
        this.site = site;
        this.catalogs = catalogs;
        AmountFormat format = new AmountFormat(site.config().displayUnitOpt().orElse(null), site.config().decimals());
        this.disclosures = new DisclosureViews(format, markdown);
        this.reviews = new BudgetReviewViews(format);
    }

    public List<PageSpec> pages() {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(home());
        for (FinalAccounts fa : sortedAccounts()) {
            String path = SitePaths.finalAccounts(fa);
            PageInfo info = info(path, fa.displayTitle(), List.of(
                    new Link(SitePaths.relative(path, SitePaths.HOME), "首页"),
                    new Link("", fa.displayTitle())));
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
        return pages;
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
        return new PageInfo(path, title, site.config().title().value(),
                site.config().publisher() == null ? null : site.config().publisher().value(),
                SitePaths.rootOf(path), SitePaths.relative(path, SitePaths.STYLESHEET), SitePaths.relative(path, SitePaths.HOME),
                breadcrumbs);
    }
}
