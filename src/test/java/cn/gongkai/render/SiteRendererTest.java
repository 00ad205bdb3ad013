package cn.gongkai.render;

import cn.gongkai.view.PageSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteRendererTest {

    private static PageSpec page(String path, String dependsOn) {
        return PageSpec.of(path, "t.ftlh", null, null, dependsOn);
    }

    @Test
    void disclosuresAndComparisonsFirstEachGroupInItsOrder() {
        List<PageSpec> pages = List.of(
                page("index.html", PageSpec.NAVIGATION),
                page("a/2019/final-accounts/index.html", PageSpec.finalAccounts("a", 2019)),
                page("a/2021/budget-review/index.html", PageSpec.budgetReview("a", 2021)),
                page("compare/x/2019/index.html", PageSpec.comparison("x", 2019)),
                page("b/2019/final-accounts/index.html", PageSpec.finalAccounts("b", 2019)),
                page("404.html", PageSpec.SITE));
        assertEquals(List.of("a/2019/final-accounts/index.html", "compare/x/2019/index.html", "b/2019/final-accounts/index.html",
                        "index.html", "a/2021/budget-review/index.html", "404.html"),
                SiteRenderer.heaviestFirst(pages).stream().map(PageSpec::path).toList());
    }
}
