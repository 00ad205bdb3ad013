package cn.gongkai.model;

/**
 * The kinds of document a department publishes here, in the order a year's page lists them, each
 * with its URL segment and its name. 部门预算 has its place in the navigation (a year says it has
 * none yet) before its content format exists.
 */
public enum DocumentType {

    BUDGET("budget", "部门预算"),
    FINAL_ACCOUNTS("final-accounts", "部门决算"),
    BUDGET_REVIEW("budget-review", "预算评审结果");

    private final String slug;
    private final String label;

    DocumentType(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }
}
