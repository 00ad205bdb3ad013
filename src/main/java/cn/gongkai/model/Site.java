package cn.gongkai.model;

import cn.gongkai.model.review.BudgetReview;

import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from content/: configuration, jurisdictions, departments, the published
 * documents by kind (final accounts, budget review results), glossary.
 */
public record Site(SiteConfig config, List<Jurisdiction> jurisdictions, List<Department> departments,
                   List<FinalAccounts> finalAccounts, List<BudgetReview> budgetReviews, List<GlossaryTerm> glossary) {

    public Site {
        jurisdictions = List.copyOf(jurisdictions);
        departments = List.copyOf(departments);
        finalAccounts = List.copyOf(finalAccounts);
        budgetReviews = List.copyOf(budgetReviews);
        glossary = List.copyOf(glossary);
    }

    /** Last year's final accounts of the same department, when published here. */
    public Optional<FinalAccounts> previousYear(FinalAccounts fa) {
        return finalAccounts.stream()
                .filter(f -> f.department().slug().equals(fa.department().slug()) && f.year() == fa.year() - 1)
                .findFirst();
    }

    public Optional<Jurisdiction> jurisdiction(String slug) {
        return jurisdictions.stream().filter(j -> j.slug().equals(slug)).findFirst();
    }
}
