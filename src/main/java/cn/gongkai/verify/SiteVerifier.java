package cn.gongkai.verify;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Jurisdiction;
import cn.gongkai.model.Site;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.site.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Re-reads a published site with jsoup and checks it against the content it was built from: every
 * table cell, every generated figure, the self-evaluation and review figures, every comparison,
 * every download file and every internal link. It reads only the content model and the published
 * files — never the view code that wrote them — so it can prove a deployed copy still says what the
 * approved data says.
 */
public final class SiteVerifier {

    /** What a run compared and what differed. */
    public record Result(List<Mismatch> mismatches, int pages, int values, int links, int files) {
        public boolean ok() {
            return mismatches.isEmpty();
        }
    }

    private final Site site;
    private final Path root;
    private final Map<String, Document> parsed = new HashMap<>();

    public SiteVerifier(Site site, Path root) {
        this.site = site;
        this.root = root.toAbsolutePath().normalize();
    }

    /** The whole site. */
    public Result verify() {
        parsed.clear();
        return run(null);
    }

    /** One page (its figures, downloads and links), e.g. after changing it. */
    public Result verifyPage(String path) {
        parsed.remove(path);
        return run(path);
    }

    private Result run(String only) {
        Checker check = new Checker(site.config().displayUnitOpt().orElse(null), site.config().decimals());
        DisclosureCheck disclosures = new DisclosureCheck(check);
        ReviewCheck reviews = new ReviewCheck(check);
        ComparisonCheck comparisons = new ComparisonCheck(check, site.config().displayUnitOpt().orElse(null));
        DownloadCheck downloads = new DownloadCheck(check, root);
        LinkCheck links = new LinkCheck(check, root, this::pageOrNull);
        int pages = 0;
        for (FinalAccounts fa : site.finalAccounts()) {
            String path = SitePaths.finalAccounts(fa);
            if (only != null && !only.equals(path)) continue;
            Document d = page(path, check);
            if (d == null) continue;
            disclosures.page(path, d, fa, site.previousYear(fa).orElse(null));
            downloads.finalAccounts(path, d, fa);
            pages++;
        }
        for (BudgetReview r : site.budgetReviews()) {
            String path = SitePaths.budgetReview(r);
            if (only != null && !only.equals(path)) continue;
            Document d = page(path, check);
            if (d == null) continue;
            reviews.page(path, d, r);
            downloads.review(path, d, r);
            pages++;
        }
        for (Jurisdiction j : site.jurisdictions()) {
            for (int year : site.finalAccounts().stream().filter(f -> f.department().jurisdiction().equals(j.slug()))
                    .map(FinalAccounts::year).distinct().sorted().toList()) {
                String path = SitePaths.comparison(j.slug(), year);
                if (only != null && !only.equals(path)) continue;
                Document d = page(path, check);
                if (d == null) continue;
                comparisons.page(path, d, site.finalAccounts().stream()
                        .filter(f -> f.department().jurisdiction().equals(j.slug()) && f.year() == year).toList());
                pages++;
            }
        }
        for (String path : List.of(SitePaths.HOME, SitePaths.GLOSSARY, SitePaths.SEARCH, SitePaths.NOT_FOUND)) {
            if (only == null && !Files.isRegularFile(root.resolve(path))) check.add(path, "文件", "存在", "不存在");
        }
        for (String path : htmlPages()) {
            if (only != null && !only.equals(path)) continue;
            Document d = pageOrNull(path);
            if (d != null) links.page(path, d);
        }
        List<Mismatch> mismatches = new ArrayList<>(check.mismatches());
        Collections.sort(mismatches);
        return new Result(List.copyOf(mismatches), only == null ? htmlPages().size() : pages, check.compared(), links.links(), downloads.files());
    }

    private Document page(String path, Checker check) {
        Document d = pageOrNull(path);
        if (d == null) check.add(path, "文件", "内容中有这份公开文件，网站上应有这一页", "不存在");
        return d;
    }

    private Document pageOrNull(String path) {
        return parsed.computeIfAbsent(path, p -> {
            Path file = root.resolve(p).normalize();
            if (!file.startsWith(root) || !p.endsWith(".html") || !Files.isRegularFile(file)) return null;
            try {
                return Jsoup.parse(file.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<String> htmlPages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html") && Files.isRegularFile(f))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
