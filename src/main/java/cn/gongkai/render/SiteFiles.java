package cn.gongkai.render;

import cn.gongkai.site.OutputFolder;
import cn.gongkai.site.SitePaths;
import cn.gongkai.view.FeedView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The site's own files: sitemap.xml (every page), feed.xml (an Atom feed of disclosures by publish
 * time), robots.txt, and the search index. Addresses are relative to the site root unless site.yaml
 * gives base_url.
 */
public final class SiteFiles {

    private final String siteName;
    private final String baseUrl;
    private final String authority;

    /** {@code baseUrl} may be null; {@code authority} names the site in feed ids (its domain, or "gongkai"). */
    public SiteFiles(String siteName, String baseUrl, String authority) {
        this.siteName = siteName;
        this.baseUrl = baseUrl == null ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.authority = authority;
    }

    /** {@code searchIndex}: writes the script {@link SearchIndex} makes; {@code inMemory}: see {@link OutputFolder#write(String, OutputFolder.Stream, boolean)}. */
    public void write(FeedView feed, OutputFolder.Stream searchIndex, boolean inMemory, OutputFolder out) throws IOException {
        out.write(SitePaths.SITEMAP, sitemap(feed).getBytes(StandardCharsets.UTF_8));
        out.write(SitePaths.FEED, atom(feed).getBytes(StandardCharsets.UTF_8));
        out.write(SitePaths.ROBOTS, robots().getBytes(StandardCharsets.UTF_8));
        out.write(SitePaths.SEARCH_INDEX, searchIndex, inMemory);
    }

    String sitemap(FeedView feed) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : feed.pages()) x.append("  <url><loc>").append(xml(address(page))).append("</loc></url>\n");
        return x.append("</urlset>\n").toString();
    }

    String atom(FeedView feed) {
        String updated = feed.entries().isEmpty() ? "1970-01-01T00:00:00+08:00" : feed.entries().get(0).published();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\"")
                .append(baseUrl == null ? "" : " xml:base=\"" + xml(baseUrl) + "\"").append(">\n")
                .append("  <title>").append(xml(siteName)).append("</title>\n")
                .append("  <id>tag:").append(xml(authority)).append(",2000:").append(xml(SitePaths.FEED)).append("</id>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"").append(SitePaths.FEED).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(SitePaths.HOME).append("\"/>\n");
        for (FeedView.Entry e : feed.entries()) {
            x.append("  <entry>\n")
                    .append("    <title>").append(xml(e.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(e.path())).append("\"/>\n")
                    .append("    <id>tag:").append(xml(authority)).append(",").append(e.published(), 0, 10).append(":").append(xml(e.id())).append("</id>\n")
                    .append("    <published>").append(e.published()).append("</published>\n")
                    .append("    <updated>").append(e.published()).append("</updated>\n")
                    .append("    <author><name>").append(xml(siteName)).append("</name></author>\n")
                    .append("    <summary>").append(xml(e.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    String robots() {
        return "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "Sitemap: " + baseUrl + SitePaths.SITEMAP + "\n");
    }

    private String address(String page) {
        return baseUrl == null ? page : baseUrl + page;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
