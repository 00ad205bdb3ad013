package cn.gongkai.sample;

import cn.gongkai.sample.YearFigures.Item;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * “三公”经费, 会议费 and 培训费 of a department-year (公开07) with the counts behind them: vehicles held
 * and bought, receptions, trips abroad. What basic spending pays is also booked in 公开06 at the same
 * amount (X09/X10); a vehicle purchase is a project.
 */
final class ThreePublicBuilder {

    private final Map<Item, Long> budget = new EnumMap<>(Item.class);
    private final Map<Item, Long> actual = new EnumMap<>(Item.class);
    private final YearFigures.Counts counts;
    private final YearFigures.Assets assets;

    ThreePublicBuilder(DepartmentPlan d, Scale scale, Rng rng, int staff) {
        int vehicles = d.vehicles();
        int groups = 0;
        int travellers = 0;
        int batches = 0;
        int guests = 0;
        int foreignBatches = 0;
        int bought = 0;
        if (d.threePublic()) {
            if (vehicles > 0) actual.put(Item.VEHICLE_OPERATION, scale.of(vehicles * rng.between(10_000L, 25_000L)));
            if (rng.percent(6)) {
                actual.put(Item.VEHICLE_PURCHASE, scale.between(120_000, 250_000));
                bought = 1;
            }
            if (rng.percent(85)) {
                long reception = scale.perPerson(staff, 200, 1_200);
                if (reception > 0) {
                    actual.put(Item.RECEPTION, reception);
                    batches = rng.between(3, 40);
                    guests = batches * rng.between(3, 10);
                    foreignBatches = rng.percent(10) ? rng.between(1, Math.min(3, batches)) : 0;
                }
            }
            if (rng.percent(5)) {
                actual.put(Item.OVERSEAS, scale.between(20_000, 90_000));
                groups = rng.between(1, 2);
                travellers = groups * rng.between(2, 5);
            }
            if (rng.percent(75)) actual.put(Item.MEETING, scale.between(3_000, 40_000));
            if (rng.percent(80)) actual.put(Item.TRAINING, scale.between(3_000, 50_000));
            for (Item i : Item.values()) budget(i, rng, scale);
        }
        actual.values().removeIf(v -> v == 0);
        counts = new YearFigures.Counts(groups, travellers, bought, vehicles + bought, batches, guests, foreignBatches,
                foreignBatches * rng.between(2, 6));
        assets = new YearFigures.Assets(vehicles + bought, rng.percent(10) ? rng.between(1, 2) : 0, rng.percent(5) ? 1 : 0, bought,
                rng.percent(4) ? 1 : 0, 0);
    }

    /** 预算数 (adjusted): often as spent, usually more (savings), now and then less (overspent), sometimes budgeted but unspent. */
    private void budget(Item i, Rng rng, Scale scale) {
        long spent = actual.getOrDefault(i, 0L);
        int r = rng.between(0, 99);
        long b;
        if (spent == 0) b = r < 10 && i != Item.VEHICLE_PURCHASE ? scale.between(2_000, 20_000) : 0;
        else if (r < 35) b = spent;
        else if (r < 92) b = spent + Scale.percent(spent, rng.between(1, 30));
        else b = spent - Scale.percent(spent, rng.between(1, 10));
        if (b > 0) budget.put(i, b);
    }

    YearFigures.ThreePublic figures() {
        return new YearFigures.ThreePublic(Map.copyOf(budget), Map.copyOf(actual));
    }

    YearFigures.Counts counts() {
        return counts;
    }

    YearFigures.Assets assets() {
        return assets;
    }

    /** The items paid from basic spending, by 经济分类 code, as 公开06 books them. */
    Map<String, Long> basicItems() {
        Map<String, Long> out = new TreeMap<>();
        put(out, "30212", Item.OVERSEAS);
        put(out, "30215", Item.MEETING);
        put(out, "30216", Item.TRAINING);
        put(out, "30217", Item.RECEPTION);
        put(out, "30231", Item.VEHICLE_OPERATION);
        return out;
    }

    private void put(Map<String, Long> out, String code, Item item) {
        long v = actual.getOrDefault(item, 0L);
        if (v > 0) out.put(code, v);
    }
}
