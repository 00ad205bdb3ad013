package cn.gongkai.view;

import cn.gongkai.model.Department;
import cn.gongkai.model.DocumentType;
import cn.gongkai.model.PublishTime;

import java.util.Comparator;

/**
 * A document published on the site, whatever its type: what the navigation, the latest list, the
 * feed, the sitemap and the search need to know about it. {@code published} is null when the content
 * does not say when it was published; {@code summary} is one sentence for the feed.
 */
public record Published(DocumentType type, Department department, int year, String title, String path, PublishTime published,
                        String summary) {

    /** Newest year first, then by jurisdiction, department and type: the order of every list by year. */
    public static final Comparator<Published> BY_YEAR = Comparator.comparing((Published p) -> -p.year())
            .thenComparing(p -> p.department().jurisdiction())
            .thenComparing(p -> p.department().slug())
            .thenComparing(Published::type);

    /** Newest publish time first; documents without one after those with one, by year. */
    public static final Comparator<Published> LATEST = Comparator
            .comparing((Published p) -> p.published() == null)
            .thenComparing(Published::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BY_YEAR);
}
