package cn.gongkai.view;

import cn.gongkai.site.SitePaths;

import java.util.List;

/**
 * What every page's frame needs: its path and title, the prefix back to the site root (from which
 * every site-wide link is made relative), the breadcrumb trail, the site's identity for the header,
 * footer and meta tags, and for an article page (a disclosure) its meta data.
 */
public record PageInfo(String path, String title, String root, List<Link> breadcrumbs, SiteFrame site, ArticleMeta article) {

    public PageInfo {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /**
     * The site's identity: name, column (ColumnName), domain (SiteDomain), 网站标识码 (SiteIDCode),
     * and the footer's 主办单位, 联系方式, ICP备案号, 公安备案号 — each null when not given.
     */
    public record SiteFrame(String name, String column, String domain, String siteCode, String publisher, String contact,
                            String icp, String police) {
    }

    /** ArticleTitle, PubDate ("YYYY-MM-DD HH:MM", null when not given) and ContentSource of an article page. */
    public record ArticleMeta(String title, String pubDate, String source) {
    }

    public String stylesheet() {
        return root + SitePaths.STYLESHEET;
    }

    public String script() {
        return root + SitePaths.SCRIPT;
    }

    public String home() {
        return root + SitePaths.HOME;
    }

    public String search() {
        return root + SitePaths.SEARCH;
    }

    public String glossary() {
        return root + SitePaths.GLOSSARY;
    }
}
