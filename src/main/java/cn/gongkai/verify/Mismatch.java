package cn.gongkai.verify;

/**
 * A difference between a published site and its content: the page (or file) from the site root,
 * the CSS selector (or a description of the place in a download), what the content says should be
 * there, and what is there.
 */
public record Mismatch(String page, String selector, String expected, String found) implements Comparable<Mismatch> {

    @Override
    public int compareTo(Mismatch o) {
        int c = page.compareTo(o.page);
        return c != 0 ? c : selector.compareTo(o.selector);
    }

    /** "zhenan/…/index.html  section#gk03 td[…]  应为 102.39，实际为 102.38". */
    public String printed() {
        return page + "  " + selector + "  应为 " + expected + "，实际为 " + found;
    }
}
