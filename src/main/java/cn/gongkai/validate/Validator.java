package cn.gongkai.validate;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Site;
import cn.gongkai.model.review.BudgetReview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Runs every check on every document of a site (final accounts, budget reviews) and returns the findings. */
public final class Validator {

    private final IntFunction<Catalog> catalogs;

    public Validator(IntFunction<Catalog> catalogs) {
        this.catalogs = catalogs;
    }

    public List<Finding> validate(Site site) {
        var settings = site.config().checks();
        Tolerance tolerance = new Tolerance(settings.roundingPerAddend(), settings.roundingMax());
        List<Check> checks = List.of(new CompletenessChecks(settings.stateCapitalFrom()), new CodeChecks(catalogs),
                new InTableChecks(), new HierarchyChecks(), new CrossTableChecks(), new RemnantChecks(), new FactChecks(),
                new ExplanationChecks(fa -> site.previousYear(fa).orElse(null)), new NumberLint(), new PerformanceChecks());
        // Each document is checked on its own (a final account reads last year's only): in parallel,
        // collected in document order.
        List<Finding> out = new ArrayList<>();
        site.finalAccounts().parallelStream().map(fa -> {
            Report report = new Report(tolerance, fa.unit());
            for (Check c : checks) c.check(fa, report);
            return report.findings();
        }).toList().forEach(out::addAll);
        BudgetReviewChecks reviewChecks = new BudgetReviewChecks();
        site.budgetReviews().parallelStream().map(review -> {
            Report report = new Report(tolerance, review.unit());
            reviewChecks.check(review, report);
            return report.findings();
        }).toList().forEach(out::addAll);
        return out;
    }
}
