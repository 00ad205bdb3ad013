package cn.gongkai.validate;

import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.Severity;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.table.ThreePublicColumn;
import cn.gongkai.model.table.ThreePublicExpenses;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RSN01: when a 公开07 item's 决算数 differs from its 预算数, section 七 of 情况说明 must say why
 * (标准目录: 「对增减变化情况（与预算对比）进行说明」). A paragraph that names the item and gives a
 * 原因 counts as the reason.
 */
final class ReasonChecks implements Check {

    /** The word by which a paragraph of section 七 names each item. */
    private static final Map<ThreePublicColumn, String> ITEM_WORDS = new LinkedHashMap<>();

    static {
        ITEM_WORDS.put(ThreePublicColumn.TOTAL, "三公");
        ITEM_WORDS.put(ThreePublicColumn.OVERSEAS, "出国");
        ITEM_WORDS.put(ThreePublicColumn.RECEPTION, "接待");
        ITEM_WORDS.put(ThreePublicColumn.VEHICLE_PURCHASE, "购置");
        ITEM_WORDS.put(ThreePublicColumn.VEHICLE_OPERATION, "运行");
        ITEM_WORDS.put(ThreePublicColumn.MEETING, "会议费");
        ITEM_WORDS.put(ThreePublicColumn.TRAINING, "培训费");
    }

    @Override
    public void check(FinalAccounts fa, Report r) {
        fa.tables().threePublic().ifPresent(t -> {
            List<String> paragraphs = fa.explanation(StandardSection.THREE_PUBLIC).map(ReasonChecks::paragraphs).orElse(List.of());
            for (Map.Entry<ThreePublicColumn, String> e : ITEM_WORDS.entrySet()) {
                check(t, e.getKey(), e.getValue(), paragraphs, r);
            }
        });
    }

    private static void check(ThreePublicExpenses t, ThreePublicColumn c, String word, List<String> paragraphs, Report r) {
        CellRef budget = Refs.line(t.kind(), "预算数", t.budget(), c, t.meta().at());
        CellRef actual = Refs.line(t.kind(), "决算数", t.actual(), c, t.meta().at());
        BigDecimal b = budget.value(budget.blank() ? null : budget.amount().unit());
        BigDecimal a = actual.value(actual.blank() ? null : actual.amount().unit());
        if (b.compareTo(a) == 0) return;
        boolean explained = paragraphs.stream().anyMatch(p -> p.contains(word) && p.contains("原因"));
        if (explained) return;
        String direction = a.compareTo(b) > 0 ? "超过" : "低于";
        Location at = budget.at();
        r.add(new Finding("RSN01", Severity.WARNING, at, "公开07表 " + c.label() + "：决算数 " + Report.fmt(a) + " " + direction + "预算数 "
                + Report.fmt(b) + "，情况说明「七」中没有说明原因；请在写到" + word + "的段落中写明「主要原因是……」",
                Report.fmt(b), Report.fmt(a), List.of(at, actual.at())));
    }

    private static List<String> paragraphs(ExplanationSection s) {
        return Arrays.stream(s.markdown().split("\\n\\s*\\n")).toList();
    }
}
