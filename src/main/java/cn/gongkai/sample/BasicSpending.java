package cn.gongkai.sample;

import cn.gongkai.sample.YearFigures.Economic;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * 基本支出 by 经济分类 (公开06): the pay, social insurance and housing fund of each group of staff,
 * pensions of the retired, and 公用经费 per head, each item recorded as it is drawn so that 公开06
 * and the 人员经费/公用经费 of 公开05 are sums of the same leaves.
 */
final class BasicSpending {

    /** What a group of staff costs, by the 项 each part is booked under. */
    record Pay(long salaries, long pension, long annuity, long medical, long civilServantMedical, long housingFund) {
    }

    private final Scale scale;
    private final Rng rng;
    /** Pay level of the year in percent of the first year's (raises, 调标). */
    private final int wageIndex;
    private final SortedMap<String, long[]> economic = new TreeMap<>();
    /** 基本工资 + 津贴补贴 + 奖金 + 绩效工资 of every group, the base of 工会经费. */
    private long payBase;

    BasicSpending(Scale scale, Rng rng, int wageIndex) {
        this.scale = scale;
        this.rng = rng;
        this.wageIndex = wageIndex;
    }

    private long perPerson(int people, long lo, long hi) {
        return scale.perPerson(people, lo * wageIndex / 100, hi * wageIndex / 100);
    }

    private long record(String code, long amount, boolean personnel) {
        if (amount > 0) economic.computeIfAbsent(code, c -> new long[2])[personnel ? 0 : 1] += amount;
        return amount;
    }

    Pay pay(int people, boolean admin) {
        long base = record("30101", perPerson(people, 28_000, 42_000), true)
                + record("30102", perPerson(people, 25_000, 45_000), true)
                + record("30103", admin ? perPerson(people, 2_000, 6_000) : 0, true)
                + record("30107", admin ? 0 : perPerson(people, 25_000, 45_000), true);
        payBase += base;
        long other = record("30112", Scale.percent(base, 1), true)
                + record("30199", rng.percent(40) ? perPerson(people, 500, 3_000) : 0, true);
        return new Pay(base + other, record("30108", Scale.percent(base, 16), true), record("30109", Scale.percent(base, 8), true),
                record("30110", Scale.percent(base, rng.between(6, 8)), true), record("30111", admin ? Scale.percent(base, 1) : 0, true),
                record("30113", Scale.percent(base, 12), true));
    }

    /** 退休费 and 奖励金 of the retired, booked under 归口管理的行政单位离退休. */
    long retirees(int retired) {
        return record("30302", perPerson(retired, 30_000, 50_000), true)
                + record("30309", rng.percent(20) ? perPerson(retired, 500, 2_000) : 0, true);
    }

    /**
     * 公用经费 of {@code staff} people, including the “三公”, meeting and training items of 公开07
     * paid from basic spending ({@code fromThreePublic}, by 经济分类 code); returns the total.
     */
    long publicCosts(int staff, Map<String, Long> fromThreePublic) {
        long total = 0;
        for (Map.Entry<String, Long> e : new TreeMap<>(fromThreePublic).entrySet()) total += record(e.getKey(), e.getValue(), false);
        total += record("30201", perPerson(staff, 1_500, 4_000), false);
        total += optional("30202", 60, staff, 200, 800);
        total += optional("30205", 60, staff, 100, 400);
        total += optional("30206", 80, staff, 400, 1_500);
        total += optional("30207", 70, staff, 300, 900);
        total += optional("30209", 50, staff, 800, 3_000);
        total += record("30211", perPerson(staff, 1_000, 4_000), false);
        total += optional("30213", 50, staff, 300, 2_500);
        total += record("30228", Scale.percent(payBase, 2), false);
        total += optional("30229", 50, staff, 200, 1_000);
        total += optional("30239", 60, staff, 1_000, 3_000);
        total += record("30299", perPerson(staff, 500, 3_000), false);
        total += record("31002", rng.percent(30) ? scale.between(5_000, 60_000) : 0, false);
        return total;
    }

    private long optional(String code, int percent, int staff, long lo, long hi) {
        return record(code, rng.percent(percent) ? perPerson(staff, lo, hi) : 0, false);
    }

    /** 公开06 by 款, as drawn. */
    SortedMap<String, Economic> economic() {
        SortedMap<String, Economic> out = new TreeMap<>();
        economic.forEach((code, v) -> out.put(code, new Economic(v[0], v[1])));
        return out;
    }
}
