package cn.gongkai.model.table;

import java.util.List;
import java.util.Locale;

/**
 * The standard tables of a final-accounts disclosure (部门决算公开表), with their number and name as
 * published. The 9th (国有资本经营) appears from the 2020 accounts on.
 */
public enum TableKind {
    SUMMARY("公开01表", "收入支出决算总表"),
    INCOME("公开02表", "收入决算表"),
    EXPENDITURE("公开03表", "支出决算表"),
    FISCAL_SUMMARY("公开04表", "财政拨款收入支出决算总表"),
    GENERAL_BUDGET("公开05表", "一般公共预算财政拨款支出决算表（按功能分类科目）"),
    BASIC_EXPENDITURE("公开06表", "一般公共预算财政拨款基本支出决算表（按经济分类科目）"),
    THREE_PUBLIC("公开07表", "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表"),
    GOVERNMENT_FUND("公开08表", "政府性基金预算财政拨款收入支出决算表"),
    STATE_CAPITAL("公开09表", "国有资本经营预算财政拨款支出决算表");

    /** The first year of accounts whose standard set includes {@link #STATE_CAPITAL}. */
    public static final int NINE_TABLES_FROM = 2020;

    private final String number;
    private final String defaultTitle;
    /** Computed once: slugs and keys are asked for per row by search, views and checks. */
    private final String key = name().toLowerCase(Locale.ROOT);
    private final String slug = String.format(Locale.ROOT, "gk%02d", ordinal() + 1);

    TableKind(String number, String defaultTitle) {
        this.number = number;
        this.defaultTitle = defaultTitle;
    }

    /** The printed number, e.g. "公开01表". */
    public String number() {
        return number;
    }

    /** 1-based position in the set. */
    public int ordinal1() {
        return ordinal() + 1;
    }

    public String defaultTitle() {
        return defaultTitle;
    }

    /** The key of this table in final-accounts.yaml, e.g. "three_public". */
    public String key() {
        return key;
    }

    /** A URL-safe identifier, e.g. "gk07". */
    public String slug() {
        return slug;
    }

    /** The standard set for a year of accounts: 8 tables up to 2019, 9 from 2020. */
    public static List<TableKind> standardSet(int year) {
        List<TableKind> all = List.of(values());
        return year >= NINE_TABLES_FROM ? all : all.subList(0, 8);
    }
}
