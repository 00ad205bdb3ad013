package cn.gongkai.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The standard sections of 情况说明 (第三部分), in the order of the 2019 Shaanxi template, and the
 * keywords by which an editor's heading is recognised.
 */
public enum StandardSection {
    SUMMARY("一", "收入支出决算总体情况说明", List.of("收入支出决算总体")),
    INCOME("二", "收入决算情况说明", List.of("收入决算情况")),
    EXPENDITURE("三", "支出决算情况说明", List.of("支出决算情况")),
    FISCAL_SUMMARY("四", "财政拨款收入支出决算总体情况说明", List.of("财政拨款收入支出决算总体")),
    GENERAL_BUDGET("五", "一般公共预算财政拨款支出决算情况说明", List.of("一般公共预算财政拨款支出决算")),
    BASIC_EXPENDITURE("六", "一般公共预算财政拨款基本支出决算情况说明", List.of("基本支出决算")),
    THREE_PUBLIC("七", "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算情况说明", List.of("三公")),
    GOVERNMENT_FUND("八", "政府性基金预算财政拨款收入支出情况说明", List.of("政府性基金")),
    STATE_CAPITAL("九", "国有资本经营财政拨款收入支出情况说明", List.of("国有资本经营")),
    PERFORMANCE("十", "预算绩效情况说明", List.of("绩效")),
    OTHER_MATTERS("十一", "其他重要事项说明", List.of("其他重要事项"));

    private final String numeral;
    private final String title;
    private final List<String> keywords;

    StandardSection(String numeral, String title, List<String> keywords) {
        this.numeral = numeral;
        this.title = title;
        this.keywords = keywords;
    }

    /** The Chinese numeral the section carries in the standard order, e.g. "十一". */
    public String numeral() {
        return numeral;
    }

    public String title() {
        return title;
    }

    /** The heading as published: "十一、其他重要事项说明". */
    public String heading() {
        return numeral + "、" + title;
    }

    /** A URL fragment for the section. */
    public String slug() {
        return "s-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    List<String> keywords() {
        return keywords;
    }

    /**
     * The section an editor's heading names, matched by keyword; headings are tried from the most
     * specific section to the least, since "支出决算情况" is also inside "基本支出决算情况".
     */
    public static Optional<StandardSection> matching(String heading) {
        String h = heading.replaceAll("\\s+", "");
        StandardSection[] bySpecificity = {OTHER_MATTERS, PERFORMANCE, STATE_CAPITAL, GOVERNMENT_FUND, THREE_PUBLIC,
                BASIC_EXPENDITURE, GENERAL_BUDGET, FISCAL_SUMMARY, SUMMARY, INCOME, EXPENDITURE};
        for (StandardSection s : bySpecificity) {
            for (String k : s.keywords) {
                if (h.contains(k)) return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
