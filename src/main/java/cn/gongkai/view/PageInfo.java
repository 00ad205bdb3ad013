package cn.gongkai.view;

import java.util.List;

/**
 * What every page's layout needs: its own title, the site's name and publisher, the relative
 * prefix back to the site root, the stylesheet and home links from this page, and the breadcrumb trail.
 */
public record PageInfo(String path, String title, String siteTitle, String publisher, String root,
                       String stylesheet, String home, List<Link> breadcrumbs) {

    public PageInfo {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
