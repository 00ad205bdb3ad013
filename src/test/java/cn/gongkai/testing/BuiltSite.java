package cn.gongkai.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A built site's pages, parsed once, keyed by their path from the site root ("zhenan/index.html"). */
public final class BuiltSite {

    private final Path root;
    private final Map<String, Document> pages = new LinkedHashMap<>();

    public BuiltSite(Path root) {
        this.root = root;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.put(path(f), Jsoup.parse(f.toFile(), "UTF-8"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Map<String, Document> pages() {
        return pages;
    }

    public Document page(String path) {
        Document d = pages.get(path);
        if (d == null) throw new AssertionError("no page " + path + " in " + pages.keySet());
        return d;
    }

    /** Every file of the site, by path from the root. */
    public List<String> files() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(this::path).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String path(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The site path {@code href} (without its fragment) leads to from {@code page}, or null when it leaves the site. */
    public String resolve(String page, String href) {
        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        if (file.contains("?")) file = file.substring(0, file.indexOf('?'));
        if (file.isEmpty()) return page;
        Path target = root.resolve(page).getParent() == null ? root.resolve(file) : root.resolve(page).getParent().resolve(file);
        Path normal = target.normalize();
        return normal.startsWith(root) ? path(normal) : null;
    }
}
