package cn.gongkai.view;

/** The search page: where its index script is, relative to the page. */
public record SearchView(String index) {
}
