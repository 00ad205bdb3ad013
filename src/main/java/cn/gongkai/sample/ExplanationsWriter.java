package cn.gongkai.sample;

import cn.gongkai.model.ReasonKeys;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.sample.YearFigures.Item;

import java.util.List;
import java.util.Map;

/**
 * explanations.md of a department-year: a reason wherever check asks for one — every 项 whose
 * 决算 differs from its budget, every item of 公开07, 机关运行经费, and each headline that moved since
 * last year — plus notes that cite figures with {@code {{ … }}} instead of copying them.
 */
final class ExplanationsWriter {

    /** The 公开07 items as {@link ReasonKeys} names them, with the figures they compare. */
    private static final Map<ThreePublicColumn, List<Item>> THREE_PUBLIC_ITEMS = Map.of(
            ThreePublicColumn.TOTAL, List.of(Item.OVERSEAS, Item.RECEPTION, Item.VEHICLE_PURCHASE, Item.VEHICLE_OPERATION),
            ThreePublicColumn.OVERSEAS, List.of(Item.OVERSEAS), ThreePublicColumn.VEHICLE_PURCHASE, List.of(Item.VEHICLE_PURCHASE),
            ThreePublicColumn.VEHICLE_OPERATION, List.of(Item.VEHICLE_OPERATION), ThreePublicColumn.RECEPTION, List.of(Item.RECEPTION),
            ThreePublicColumn.TRAINING, List.of(Item.TRAINING), ThreePublicColumn.MEETING, List.of(Item.MEETING));

    private final YearFigures f;
    private final YearFigures previous;
    private final Rng rng;
    /** Each section's headline figure this year and last year (null without last year), see {@link YearFigures#headlines()}. */
    private final long[] now;
    private final long[] before;
    private final StringBuilder out = new StringBuilder(4096);
    /** The reasons for a rise and for a fall since last year, one each, as an editor repeats them section after section. */
    private String up;
    private String down;

    private ExplanationsWriter(YearFigures f, YearFigures previous, Rng rng) {
        this.f = f;
        this.previous = previous;
        this.rng = rng;
        this.now = f.headlines();
        this.before = previous == null ? null : previous.headlines();
    }

    /** {@code previous} is the department's disclosure of the year before, or null when there is none. */
    static String write(YearFigures f, YearFigures previous, Rng rng) {
        return new ExplanationsWriter(f, previous, rng).write();
    }

    private String write() {
        if (previous != null) drivers();
        totals();
        generalBudget();
        heading(StandardSection.BASIC_EXPENDITURE);
        paragraph("人员经费用途主要包括基本工资、津贴补贴、奖金、绩效工资、社会保障缴费、住房公积金等；公用经费用途主要包括办公费、"
                + "印刷费、水电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费等。");
        threePublic();
        funds();
        heading(StandardSection.PERFORMANCE);
        paragraph("根据预算绩效管理要求，本部门组织对" + f.year() + "年度一般公共预算项目支出开展绩效自评，项目支出共 {{ 公开05.合计.项目支出 }}。");
        paragraph("{{ 自动生成 }}");
        paragraph("部门整体支出绩效自评结果见部门整体支出绩效自评表，自评中发现的问题已制定整改措施。");
        heading(StandardSection.OTHER_MATTERS);
        operatingCosts();
        yearOverYear(6, Reasons.OPERATING_UP, Reasons.OPERATING_DOWN);
        return out.toString().stripTrailing() + "\n";
    }

    /** 一 to 四: why the totals moved since last year; in the first year, why there is no comparison. */
    private void totals() {
        heading(StandardSection.SUMMARY);
        if (previous == null) {
            reason(ReasonKeys.YEAR_OVER_YEAR, "本部门" + (f.year() - 1) + "年度决算未在本栏目公开，与上年不形成对比。");
        }
        yearOverYear(0);
        heading(StandardSection.INCOME);
        if (f.own().values().stream().anyMatch(o -> o.business() > 0)) {
            paragraph("事业收入是下属事业单位开展专业业务活动及其辅助活动取得的收入。");
        }
        yearOverYear(1);
        heading(StandardSection.EXPENDITURE);
        yearOverYear(2);
        heading(StandardSection.FISCAL_SUMMARY);
        yearOverYear(3);
    }

    /** 八 and 九: what the fund and state-capital money paid for, citing the tables, or that the table is empty. */
    private void funds() {
        heading(StandardSection.GOVERNMENT_FUND);
        paragraph(f.fund().isEmpty() ? "本部门已公开政府性基金预算财政拨款收入支出决算空表。"
                : "政府性基金预算财政拨款支出 {{ gk08.total.expenditure }}，主要用于征地和拆迁补偿等国有土地使用权出让收入安排的支出。");
        if (f.year() >= TableKind.NINE_TABLES_FROM) {
            heading(StandardSection.STATE_CAPITAL);
            paragraph(f.capital().isEmpty() ? "本部门已公开国有资本经营预算财政拨款支出决算空表。"
                    : "国有资本经营预算财政拨款支出 {{ 公开09.合计.本年支出合计 }}，用于解决国有企业历史遗留问题和国有企业资本金注入。");
        }
    }

    private void generalBudget() {
        heading(StandardSection.GENERAL_BUDGET);
        yearOverYear(4);
        f.general().forEach((code, l) -> {
            long basis = l.initial() != 0 ? l.initial() : l.adjusted();
            if (basis == 0 || basis == l.spent()) return;
            boolean below = l.spent() < basis;
            if (l.project() > 0) reason(code, rng.pick(below ? Reasons.PROJECT_BELOW_BUDGET : Reasons.PROJECT_ABOVE_BUDGET));
            else if (l.publicCost() > 0) reason(code, rng.pick(below ? Reasons.BASIC_BELOW_BUDGET : Reasons.BASIC_ABOVE_BUDGET));
            else reason(code, rng.pick(below ? Reasons.PERSONNEL_BELOW_BUDGET : Reasons.PERSONNEL_ABOVE_BUDGET));
        });
    }

    private void threePublic() {
        heading(StandardSection.THREE_PUBLIC);
        if (f.threePublic().isEmpty()) paragraph("本部门无一般公共预算财政拨款“三公”经费及会议费、培训费支出，已公开空表。");
        yearOverYear(5, Reasons.THREE_PUBLIC_UP, Reasons.THREE_PUBLIC_DOWN);
        for (ThreePublicColumn c : ReasonKeys.THREE_PUBLIC_ITEMS) {
            long budget = 0;
            long actual = 0;
            for (Item i : THREE_PUBLIC_ITEMS.get(c)) {
                budget += f.threePublic().budget(i);
                actual += f.threePublic().actual(i);
            }
            if (budget == actual) continue;
            String name = ReasonKeys.threePublic(c);
            reason(name, rng.pick(actual < budget ? Reasons.ITEM_BELOW_BUDGET : Reasons.ITEM_ABOVE_BUDGET).replace("{item}", name));
        }
    }

    private void operatingCosts() {
        var o = f.operatingCosts();
        long basis = o.initial() != 0 ? o.initial() : o.adjusted();
        if (basis != 0 && basis != o.actual()) {
            reason(ReasonKeys.OPERATING_COSTS, rng.pick(o.actual() < basis ? Reasons.OPERATING_BELOW_BUDGET : Reasons.OPERATING_ABOVE_BUDGET));
        }
    }

    /** What moved most since last year, rising and falling: basic spending, projects, or (neither) the balances. */
    private void drivers() {
        long basic = f.basicTotal() - previous.basicTotal();
        long project = f.projectTotal() - previous.projectTotal();
        up = rng.pick(project > 0 && project >= basic ? Reasons.PROJECT_UP : basic > 0 ? Reasons.BASIC_UP : Reasons.BALANCE_UP);
        down = rng.pick(project < 0 && project <= basic ? Reasons.PROJECT_DOWN : basic < 0 ? Reasons.BASIC_DOWN : Reasons.BALANCE_DOWN);
    }

    /** The reason a headline of 一 to 五 changed since last year; nothing when it did not. */
    private void yearOverYear(int i) {
        if (before != null && now[i] != before[i]) reason(ReasonKeys.YEAR_OVER_YEAR, now[i] > before[i] ? up : down);
    }

    /** The reason a headline changed since last year, in the direction it moved; nothing when it did not. */
    private void yearOverYear(int i, List<String> rises, List<String> falls) {
        if (before == null || now[i] == before[i]) return;
        reason(ReasonKeys.YEAR_OVER_YEAR, rng.pick(now[i] > before[i] ? rises : falls));
    }

    private void heading(StandardSection s) {
        out.append("## ").append(s.heading()).append("\n\n");
    }

    /** A reason runs to the next heading, so within a section notes are written first and reasons last. */
    private void reason(String key, String text) {
        out.append("### 原因：").append(key).append("\n\n").append(text).append("\n\n");
    }

    private void paragraph(String text) {
        out.append(text).append("\n\n");
    }
}
