package cn.gongkai.sample;

import cn.gongkai.model.MoneyUnit;

import java.util.List;

/**
 * What stays the same about a generated department from year to year: who and where it is, its unit
 * of account, its units (部门决算单位构成), its establishment and the habits its figures follow.
 *
 * @param index            its position in the run (the key of its random streams)
 * @param place            its jurisdiction
 * @param unit             the unit its disclosures are published in (most in 万元, some in 元)
 * @param units            部门决算单位构成: the 机关 first, then any 事业单位 (a multi-unit department)
 * @param adminQuota       行政编制
 * @param institutionQuota 事业编制 (0 when it has no 事业单位)
 * @param retired          离退休人员
 * @param vehicles         公务用车 held at the start of the first year
 * @param threePublic      whether it spends anything on “三公”经费, 会议费 or 培训费 at all
 * @param businessIncome   whether its 事业单位 earn 事业收入
 * @param head             the head who signs the disclosure off
 * @param odds             how often, in percent, the things that come and go happen to it
 */
record DepartmentPlan(int index, String slug, String name, Places.Place place, DepartmentKind kind, MoneyUnit unit,
                      List<BudgetUnit> units, int adminQuota, int institutionQuota, int retired, int vehicles,
                      boolean threePublic, boolean businessIncome, String head, Odds odds) {

    /**
     * Chances per year, in percent: 政府性基金 spending (for a kind that has it), 国有资本经营 spending
     * (likewise, from 2020), a 预算评审结果 for the year, and one for the year after the last.
     */
    record Odds(int fund, int stateCapital, int review, int nextReview) {
        static final Odds USUAL = new Odds(70, 60, 30, 20);
    }

    /** One line of 部门决算单位构成. */
    record BudgetUnit(String name, String note) {
    }

    boolean multiUnit() {
        return units.size() > 1;
    }

    /** 内设机构: a 县 or 区 department has 股, a 市 department 科 (预算股 → 预算科). */
    List<String> internalBodies() {
        if (!place.level().equals("市")) return kind.bodies();
        return kind.bodies().stream().map(b -> b.endsWith("股") ? b.substring(0, b.length() - 1) + "科" : b).toList();
    }

    /** The sentences' words for this department's level: 全县, 县委、县政府. */
    String localise(String text) {
        return text.replace("{area}", place.area()).replace("{gov}", place.government());
    }
}
