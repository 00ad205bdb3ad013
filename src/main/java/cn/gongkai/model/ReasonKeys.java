package cn.gongkai.model;

import cn.gongkai.model.table.ThreePublicColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures an editor can give a reason for, by the key written after {@code ### 原因：} in
 * explanations.md: 与上年相比, a 项 code of 公开05 (2010301), an item of 公开07 (会议费), 机关运行经费.
 */
public final class ReasonKeys {

    public static final String YEAR_OVER_YEAR = "与上年相比";
    public static final String OPERATING_COSTS = "机关运行经费";

    /** The 公开07 items that are compared with their budget, in sentence order. */
    public static final List<ThreePublicColumn> THREE_PUBLIC_ITEMS = List.of(ThreePublicColumn.TOTAL, ThreePublicColumn.OVERSEAS,
            ThreePublicColumn.VEHICLE_PURCHASE, ThreePublicColumn.VEHICLE_OPERATION, ThreePublicColumn.RECEPTION,
            ThreePublicColumn.TRAINING, ThreePublicColumn.MEETING);

    private ReasonKeys() {
    }

    /** How sentences and reasons name a 公开07 item: 因公出国（境）费, “三公”经费, 会议费 …. */
    public static String threePublic(ThreePublicColumn c) {
        return switch (c) {
            case TOTAL -> "“三公”经费";
            case OVERSEAS -> "因公出国（境）费";
            default -> c.label();
        };
    }

    /** The keys a section of {@code fa} accepts. */
    public static List<String> validKeys(StandardSection s, FinalAccounts fa) {
        List<String> keys = new ArrayList<>();
        if (Headlines.SECTIONS.contains(s)) keys.add(YEAR_OVER_YEAR);
        switch (s) {
            case GENERAL_BUDGET -> fa.tables().generalBudget().ifPresent(t -> t.body().rows().stream()
                    .filter(r -> r.code().level() == 3).forEach(r -> keys.add(r.code().digits())));
            case THREE_PUBLIC -> THREE_PUBLIC_ITEMS.forEach(c -> keys.add(threePublic(c)));
            case OTHER_MATTERS -> keys.add(OPERATING_COSTS);
            default -> { }
        }
        return keys;
    }
}
