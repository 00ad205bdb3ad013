package cn.gongkai.sample;

import cn.gongkai.model.MoneyUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plans the departments of a run: jurisdictions enough that none has two departments of one kind,
 * departments spread over them in turn, each with a kind, a unit of account, its units and staff.
 * The first three departments are set up so that even the smallest run shows every kind of table
 * and document: a multi-unit 财政局 with 国有资本经营 spending and a budget review every year, a
 * 住房和城乡建设局 in 元 with 政府性基金 spending and next year's review, and a department without
 * any “三公”经费 (an empty 公开07).
 */
final class Departments {

    /** At most this many departments per jurisdiction, fewer than there are kinds, so names never repeat. */
    static final int PER_JURISDICTION = 30;

    private static final List<String> SURNAMES = List.of(("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕"
            + "苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟万段雷钱汤尹黎易常武乔贺赖龚文").split(""));
    private static final List<String> GIVEN_NAMES = List.of("建华", "志强", "秀英", "海涛", "明辉", "丽娟", "国庆", "卫东", "红梅", "晓燕", "俊杰",
            "文斌", "春生", "玉兰", "德明", "永刚", "静", "磊", "伟", "芳", "军", "敏", "勇", "霞", "立新", "宏伟", "婷", "晓峰", "光明", "淑珍");
    /** The kinds the first departments of a run take (see the class comment). */
    private static final List<String> SHOWCASE = List.of("czj", "zjj");

    private static final List<String> INSTITUTION_NOTES = List.of("公益一类事业单位", "公益二类事业单位", "参照公务员法管理事业单位");

    private Departments() {
    }

    /** The jurisdictions of a run of {@code departments} departments. */
    static List<Places.Place> places(int departments, long seed) {
        int count = departments == 1 ? 1 : Math.min(departments, Math.max(3, ceilDiv(departments, PER_JURISDICTION)));
        return Places.generate(count, Rng.of(seed, 0));
    }

    /** Every department of the run, in a fixed order. */
    static List<DepartmentPlan> plan(int departments, long seed, List<Places.Place> places) {
        List<List<DepartmentKind>> kindsByPlace = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            List<DepartmentKind> kinds = new ArrayList<>(Rng.of(seed, 0, p).shuffled(DepartmentKinds.ALL));
            if (p < SHOWCASE.size()) {
                String first = SHOWCASE.get(p);
                kinds.sort(Comparator.comparing(k -> !k.slug().equals(first)));
            }
            kindsByPlace.add(kinds);
        }
        List<DepartmentPlan> out = new ArrayList<>();
        for (int i = 0; i < departments; i++) {
            int p = i % places.size();
            DepartmentKind kind = kindsByPlace.get(p).get(i / places.size());
            out.add(plan(i, places.get(p), kind, Rng.of(seed, 1, i)));
        }
        return out;
    }

    private static DepartmentPlan plan(int index, Places.Place place, DepartmentKind kind, Rng rng) {
        String name = place.name() + kind.name();
        boolean city = place.level().equals("市");
        List<DepartmentPlan.BudgetUnit> units = new ArrayList<>();
        units.add(new DepartmentPlan.BudgetUnit(name + "本级", "行政单位"));
        int institutionQuota = 0;
        if (!kind.units().isEmpty() && (index == 0 || rng.percent(40))) {
            for (String unit : rng.choose(kind.units(), rng.between(1, 3))) {
                units.add(new DepartmentPlan.BudgetUnit(place.name() + unit, rng.pick(INSTITUTION_NOTES)));
                institutionQuota += kind.slug().equals("jyj") ? rng.between(40, 120) : rng.between(6, 30);
            }
        }
        int adminQuota = rng.between(6, 30) * (city ? 3 : 2) / 2;
        int vehicles = kind.slug().equals("gaj") ? rng.between(6, 15) : rng.percent(60) ? rng.between(1, 4) : 0;
        MoneyUnit unit = index == 1 || index > 2 && rng.percent(20) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        boolean threePublic = index < 2 || index > 2 && rng.percent(94);
        DepartmentPlan.Odds odds = switch (index) {
            case 0 -> new DepartmentPlan.Odds(70, 100, 100, 20);
            case 1 -> new DepartmentPlan.Odds(100, 60, 30, 100);
            default -> DepartmentPlan.Odds.USUAL;
        };
        return new DepartmentPlan(index, place.slug() + "-" + kind.slug(), name, place, kind, unit, List.copyOf(units), adminQuota,
                institutionQuota, rng.between(0, Math.max(2, adminQuota / 3)), vehicles, threePublic, institutionQuota > 0 && rng.percent(60),
                rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES), odds);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
