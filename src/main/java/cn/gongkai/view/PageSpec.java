package cn.gongkai.view;

import java.util.function.Supplier;

/**
 * One page to write: where, with which template, its frame, its view model (made only when the page
 * is rendered, so a build never holds every page's view at once; exposed to the template as "view"),
 * and what it depends on ({@code dependsOn}: a key such as {@code final-accounts:zhenan-xzspfwj/2019},
 * {@code navigation} or {@code site}, from which the build knows when the page must be rendered again).
 */
public record PageSpec(String path, String template, PageInfo page, Supplier<?> viewSupplier, String dependsOn) {

    /** Depends on the whole site's settings and theme only. */
    public static final String SITE = "site";
    /** Depends on the list of published documents (titles, departments, years, publish times). */
    public static final String NAVIGATION = "navigation";

    /** A page whose view is already made (small pages). */
    public static PageSpec of(String path, String template, PageInfo page, Object view, String dependsOn) {
        return new PageSpec(path, template, page, () -> view, dependsOn);
    }

    public Object view() {
        return viewSupplier.get();
    }

    /** A disclosure's or a comparison's page: with its charts and data files 10–14 ms to render, others under 2 ms. */
    public boolean heavy() {
        return dependsOn.startsWith("final-accounts:") || dependsOn.startsWith("comparison:");
    }

    public static String finalAccounts(String department, int year) {
        return "final-accounts:" + department + "/" + year;
    }

    public static String budgetReview(String department, int year) {
        return "budget-review:" + department + "/" + year;
    }

    public static String comparison(String jurisdiction, int year) {
        return "comparison:" + jurisdiction + "/" + year;
    }
}
