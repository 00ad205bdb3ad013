package cn.gongkai.view;

import java.util.List;

/**
 * What the site files are made of: every page of the site (for sitemap.xml) and the dated
 * disclosures, newest first (for the Atom feed).
 */
public record FeedView(List<String> pages, List<Entry> entries) {

    public FeedView {
        pages = List.copyOf(pages);
        entries = List.copyOf(entries);
    }

    /** A disclosure in the feed: title, page path, publish time (ISO, +08:00), a summary, and a stable id. */
    public record Entry(String title, String path, String published, String summary, String id) {
    }
}
