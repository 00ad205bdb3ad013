package cn.gongkai.view;

import cn.gongkai.model.Site;
import cn.gongkai.site.SitePaths;

import java.util.ArrayList;
import java.util.List;

/** Makes each page's {@link PageInfo}: the site frame, and the breadcrumb trail from 首页 with relative links. */
final class Pages {

    private final PageInfo.SiteFrame frame;
    private final Site site;

    Pages(PageInfo.SiteFrame frame, Site site) {
        this.frame = frame;
        this.site = site;
    }

    /** A page whose trail is 首页 › {@code crumbs}; the home page passes none and gets no trail. */
    PageInfo info(String path, String title, List<Crumb> crumbs) {
        return new PageInfo(path, title, SitePaths.rootOf(path), links(path, crumbs), frame, null);
    }

    /** A document's page: 首页 › 县 › 年 › 类型 › 部门, with its publish time and source for the meta tags. */
    PageInfo document(Published p, String source) {
        String j = p.department().jurisdiction();
        List<Crumb> crumbs = List.of(
                new Crumb(jurisdictionName(j), SitePaths.jurisdiction(j)),
                new Crumb(p.year() + " 年", SitePaths.year(j, p.year())),
                new Crumb(p.type().label(), SitePaths.documentList(j, p.year(), p.type())),
                new Crumb(p.department().name().value(), null));
        return new PageInfo(p.path(), p.title(), SitePaths.rootOf(p.path()), links(p.path(), crumbs), frame,
                new PageInfo.ArticleMeta(p.title(), SiteViews.printed(p.published()), source));
    }

    String jurisdictionName(String slug) {
        return site.jurisdiction(slug).map(x -> x.name().value()).orElse(slug);
    }

    private static List<Link> links(String from, List<Crumb> crumbs) {
        if (crumbs.isEmpty()) return List.of();
        List<Link> out = new ArrayList<>();
        out.add(new Link(SitePaths.relative(from, SitePaths.HOME), "首页"));
        for (Crumb c : crumbs) out.add(new Link(c.target() == null ? "" : SitePaths.relative(from, c.target()), c.text()));
        return out;
    }
}
