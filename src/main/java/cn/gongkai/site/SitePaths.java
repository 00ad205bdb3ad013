package cn.gongkai.site;

import cn.gongkai.model.Department;
import cn.gongkai.model.DocumentType;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.review.BudgetReview;

/**
 * The path of every published file, relative to the site root, and relative links between them.
 * Every link points at a file (".../index.html", never a bare folder) so the site works from
 * file:// and from any sub-path.
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String STYLESHEET = "assets/css/site.css";
    public static final String GLOSSARY = "glossary/index.html";
    public static final String SCRIPT = "assets/js/site.js";
    public static final String SEARCH = "search/index.html";
    public static final String SEARCH_INDEX = "search/index.js";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String FEED = "feed.xml";
    public static final String ROBOTS = "robots.txt";

    /** Top-level folders the site writes itself; a jurisdiction's folder must not take one of these names. */
    public static final java.util.List<String> RESERVED_FOLDERS = java.util.List.of("assets", "glossary", "search");

    private SitePaths() {
    }

    /** {jurisdiction}/{year}/final-accounts/{department}/index.html */
    public static String finalAccounts(FinalAccounts fa) {
        return document(DocumentType.FINAL_ACCOUNTS, fa.department(), fa.year());
    }

    /** {jurisdiction}/{year}/{type}/{department}/index.html */
    public static String document(DocumentType type, Department d, int year) {
        return d.jurisdiction() + "/" + year + "/" + type.slug() + "/" + d.slug() + "/index.html";
    }

    /** {jurisdiction}/index.html: the years a jurisdiction has published. */
    public static String jurisdiction(String jurisdiction) {
        return jurisdiction + "/index.html";
    }

    /** {jurisdiction}/{year}/index.html: the document types of a year. */
    public static String year(String jurisdiction, int year) {
        return jurisdiction + "/" + year + "/index.html";
    }

    /** {jurisdiction}/{year}/{type}/index.html: the departments that published a type of document that year. */
    public static String documentList(String jurisdiction, int year, DocumentType type) {
        return jurisdiction + "/" + year + "/" + type.slug() + "/index.html";
    }

    /**
     * {jurisdiction}/{year}/compare/index.html: the departments' final accounts side by side. Beside
     * the type folders, not inside final-accounts/, so no department slug can take its name.
     */
    public static String comparison(String jurisdiction, int year) {
        return jurisdiction + "/" + year + "/compare/index.html";
    }

    /** A disclosure's table as CSV or JSON ("csv"/"json"), beside its page: data/gk05.csv. */
    public static String tableData(String page, String tableId, String extension) {
        return folderOf(page) + "data/" + tableId + "." + extension;
    }

    /** The Fiscal Data Package descriptor of a disclosure and its long-format data file. */
    public static String dataPackage(String page) {
        return folderOf(page) + "data/datapackage.json";
    }

    public static String fiscalData(String page) {
        return folderOf(page) + "data/fiscal-data.csv";
    }

    /** {jurisdiction}/{year}/budget-review/{department}/index.html */
    public static String budgetReview(BudgetReview r) {
        return document(DocumentType.BUDGET_REVIEW, r.department(), r.year());
    }

    /** The folder of a disclosure's files (downloads sit beside its page). */
    public static String folderOf(String page) {
        int slash = page.lastIndexOf('/');
        return slash < 0 ? "" : page.substring(0, slash + 1);
    }

    /** The URL of {@code target} as written in {@code fromPage}: relative, with "../" as needed. */
    public static String relative(String fromPage, String target) {
        int depth = 0;
        for (int i = 0; i < fromPage.length(); i++) {
            if (fromPage.charAt(i) == '/') depth++;
        }
        return "../".repeat(depth) + target;
    }

    /** The prefix that leads from {@code page} back to the site root ("" at the root). */
    public static String rootOf(String page) {
        return relative(page, "");
    }
}
