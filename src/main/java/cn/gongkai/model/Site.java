package cn.gongkai.model;

import cn.gongkai.model.review.BudgetReview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from content/: configuration, jurisdictions, departments, the published
 * documents by kind (final accounts, budget review results), glossary. Final accounts are indexed
 * by department and year, so finding last year's is constant time on a site of thousands.
 */
public final class Site {

    private final SiteConfig config;
    private final List<Jurisdiction> jurisdictions;
    private final List<Department> departments;
    private final List<FinalAccounts> finalAccounts;
    private final List<BudgetReview> budgetReviews;
    private final List<GlossaryTerm> glossary;
    private final Map<String, FinalAccounts> byDepartmentYear = new HashMap<>();

    public Site(SiteConfig config, List<Jurisdiction> jurisdictions, List<Department> departments,
                List<FinalAccounts> finalAccounts, List<BudgetReview> budgetReviews, List<GlossaryTerm> glossary) {
        this.config = config;
        this.jurisdictions = List.copyOf(jurisdictions);
        this.departments = List.copyOf(departments);
        this.finalAccounts = List.copyOf(finalAccounts);
        this.budgetReviews = List.copyOf(budgetReviews);
        this.glossary = List.copyOf(glossary);
        for (FinalAccounts fa : this.finalAccounts) byDepartmentYear.putIfAbsent(key(fa.department().slug(), fa.year()), fa);
    }

    public SiteConfig config() {
        return config;
    }

    public List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    public List<Department> departments() {
        return departments;
    }

    public List<FinalAccounts> finalAccounts() {
        return finalAccounts;
    }

    public List<BudgetReview> budgetReviews() {
        return budgetReviews;
    }

    public List<GlossaryTerm> glossary() {
        return glossary;
    }

    /** Last year's final accounts of the same department, when published here. */
    public Optional<FinalAccounts> previousYear(FinalAccounts fa) {
        return Optional.ofNullable(byDepartmentYear.get(key(fa.department().slug(), fa.year() - 1)));
    }

    public Optional<Jurisdiction> jurisdiction(String slug) {
        return jurisdictions.stream().filter(j -> j.slug().equals(slug)).findFirst();
    }

    private static String key(String department, int year) {
        return department + "/" + year;
    }
}
