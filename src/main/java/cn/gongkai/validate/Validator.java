package cn.gongkai.validate;

import cn.gongkai.internal.Parallel;
import cn.gongkai.model.Catalog;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Site;
import cn.gongkai.model.SiteConfig;
import cn.gongkai.model.review.BudgetReview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Runs every check on every document of a site (final accounts, budget reviews) and returns the
 * findings. A document is checked again only when it, last year's final accounts or the check
 * settings changed since the previous call (the loader hands back the same objects for unchanged
 * files), so serve re-checks what an editor touched, not the whole site.
 */
public final class Validator {

    private final IntFunction<Catalog> catalogs;
    /** Findings of a document, by the document's identity, with what they were computed from. */
    private final Map<Object, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Object document, Object previous, String settings, List<Finding> findings) {
    }

    public Validator(IntFunction<Catalog> catalogs) {
        this.catalogs = catalogs;
    }

    /** The checks of a final-accounts disclosure; {@code previous} finds last year's of the same department. */
    private List<Check> checks(SiteConfig.CheckSettings settings, java.util.function.Function<FinalAccounts, FinalAccounts> previous) {
        return List.of(new CompletenessChecks(settings.stateCapitalFrom()), new CodeChecks(catalogs),
                new InTableChecks(), new HierarchyChecks(), new CrossTableChecks(), new RemnantChecks(), new FactChecks(),
                new ExplanationChecks(previous), new NumberLint(), new PerformanceChecks());
    }

    /**
     * Checks one department's documents, as soon as they are read, in the caller's thread (a large
     * build checks departments in parallel and lets their tables go; see
     * {@link cn.gongkai.content.ContentLoader.Release}). Remembers nothing.
     */
    public List<Finding> validateDepartment(SiteConfig config, List<FinalAccounts> accounts, List<BudgetReview> reviews) {
        var settings = config.checks();
        Tolerance tolerance = new Tolerance(settings.roundingPerAddend(), settings.roundingMax());
        Map<Integer, FinalAccounts> byYear = new java.util.HashMap<>();
        for (FinalAccounts fa : accounts) byYear.putIfAbsent(fa.year(), fa);
        List<Check> checks = checks(settings, fa -> byYear.get(fa.year() - 1));
        List<Finding> out = new ArrayList<>();
        for (FinalAccounts fa : accounts) out.addAll(findings(fa, checks, tolerance));
        for (BudgetReview review : reviews) out.addAll(findings(review, tolerance));
        return out;
    }

    private static List<Finding> findings(FinalAccounts fa, List<Check> checks, Tolerance tolerance) {
        Report report = new Report(tolerance, fa.unit());
        for (Check c : checks) c.check(fa, report);
        return report.findings();
    }

    private static List<Finding> findings(BudgetReview review, Tolerance tolerance) {
        Report report = new Report(tolerance, review.unit());
        new BudgetReviewChecks().check(review, report);
        return report.findings();
    }

    public List<Finding> validate(Site site) {
        var settings = site.config().checks();
        Tolerance tolerance = new Tolerance(settings.roundingPerAddend(), settings.roundingMax());
        List<Check> checks = checks(settings, fa -> site.previousYear(fa).orElse(null));
        // Each document is checked on its own (a final account reads last year's only): in parallel,
        // collected in document order.
        List<Finding> out = new ArrayList<>();
        String key = settings.roundingPerAddend() + "/" + settings.roundingMax() + "/" + settings.stateCapitalFrom();
        Map<Object, Cached> next = new ConcurrentHashMap<>();
        Parallel.map(site.finalAccounts(), Parallel.cores(), fa -> cached(fa, site.previousYear(fa).orElse(null), key, next,
                () -> findings(fa, checks, tolerance))).forEach(out::addAll);
        Parallel.map(site.budgetReviews(), Parallel.cores(), review -> cached(review, null, key, next,
                () -> findings(review, tolerance))).forEach(out::addAll);
        cache.clear();
        cache.putAll(next);
        return out;
    }

    private List<Finding> cached(Object document, Object previous, String settings, Map<Object, Cached> next,
                                 java.util.function.Supplier<List<Finding>> check) {
        Identity id = new Identity(document);
        Cached hit = cache.get(id);
        List<Finding> findings = hit != null && hit.previous() == previous && hit.settings().equals(settings) ? hit.findings() : check.get();
        next.put(id, new Cached(document, previous, settings, findings));
        return findings;
    }

    /** A key equal only to itself: documents are records whose equality would compare every cell. */
    private record Identity(Object of) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }
}
