package cn.gongkai.view;

/** A step of the breadcrumb trail: its text and the page it leads to (from the site root), or null for the current page. */
record Crumb(String text, String target) {
}
