package cn.gongkai.view;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Site;
import cn.gongkai.site.SitePaths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/** Every page of the site as a {@link PageSpec}: which template, where, and its view. */
public final class SiteViews {

    private final Site site;
    private final IntFunction<Catalog> catalogs;
    private final DisclosureViews disclosures;

    public SiteViews(Site site, IntFunction<Catalog> catalogs, MarkdownHtml markdown) {
        this.site = site;
        this.catalogs = catalogs;
        AmountFormat format = new AmountFormat(site.config().displayUnitOpt().orElse(null), site.config().decimals());
        this.disclosures = new DisclosureViews(format, markdown);
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
        all.sort(Comparator.comparing((FinalAccounts f) -> -f.year())
                .thenComparing(f -> f.department().jurisdiction())
                .thenComparing(f -> f.department().slug()));
        return all;
    }

    private PageSpec home() {
        String path = SitePaths.HOME;
        List<HomeView.Entry> entries = new ArrayList<>();
        for (FinalAccounts fa : sortedAccounts()) {
            String jurisdiction = site.jurisdiction(fa.department().jurisdiction()).map(j -> j.name().value()).orElse("");
            entries.add(new HomeView.Entry(new Link(SitePaths.relative(path, SitePaths.finalAccounts(fa)), fa.displayTitle()),
                    jurisdiction, fa.year(), "部门决算", fa.department().name().value()));
        }
        String empty = entries.isEmpty() ? "本站尚未发布预决算公开文件。发布后将在此按年度列出。" : null;
        return new PageSpec(path, "home.ftlh", info(path, site.config().title().value(), List.of()), new HomeView(entries, empty));
    }

    private PageInfo info(String path, String title, List<Link> breadcrumbs) {
        return new PageInfo(path, title, site.config().title().value(),
                site.config().publisher() == null ? null : site.config().publisher().value(),
                SitePaths.rootOf(path), SitePaths.relative(path, SitePaths.STYLESHEET), SitePaths.relative(path, SitePaths.HOME),
                breadcrumbs);
    }
}
