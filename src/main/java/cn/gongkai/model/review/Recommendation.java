package cn.gongkai.model.review;

/** What the reviewers recommend for a project's budget (预算资金安排建议): the four phrases a review list uses. */
public enum Recommendation {
    ARRANGE("予以安排预算"),
    ARRANGE_ADJUSTED("予以安排，但应调整额度"),
    DEFER("暂缓安排"),
    DECLINE("不予安排");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    /** The phrase as published and as editors write it. */
    public String label() {
        return label;
    }
}
