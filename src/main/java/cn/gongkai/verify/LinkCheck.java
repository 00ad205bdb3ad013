package cn.gongkai.verify;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Every link, stylesheet, script and form of a page leads to a file of the site (and to an element
 * with that id when it names one); no address is absolute or leaves the site.
 */
final class LinkCheck {

    private final Checker check;
    private final Path root;
    private final Function<String, Document> pages;
    private int links;

    /** {@code pages}: another page of the site, parsed (null when it is not an HTML page of the site). */
    LinkCheck(Checker check, Path root, Function<String, Document> pages) {
        this.check = check;
        this.root = root;
        this.pages = pages;
    }

    int links() {
        return links;
    }

    void page(String path, Document page) {
        for (Element el : page.select("a[href], link[href], script[src], form[action]")) {
            String attr = el.hasAttr("href") ? "href" : el.hasAttr("src") ? "src" : "action";
            String href = el.attr(attr);
            String sel = el.tagName() + "[" + attr + "=\"" + href + "\"]";
            links++;
            String lower = href.strip().toLowerCase();
            if (lower.startsWith("/") || lower.contains(":")) {
                check.add(path, sel, "站内的相对地址", href);
                continue;
            }
            String file = href.replaceFirst("[#?].*$", "");
            Path base = root.resolve(path).getParent();
            Path target = file.isEmpty() ? root.resolve(path) : (base == null ? root : base).resolve(file).normalize();
            if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                check.add(path, sel, "存在的文件", "文件不存在");
                continue;
            }
            int hash = href.indexOf('#');
            if (hash >= 0 && target.toString().endsWith(".html")) {
                String id = href.substring(hash + 1);
                Document other = pages.apply(root.relativize(target).toString().replace('\\', '/'));
                if (other != null && other.getElementById(id) == null) check.add(path, sel, "页面中 id 为「" + id + "」的位置", "没有");
            }
        }
    }
}
