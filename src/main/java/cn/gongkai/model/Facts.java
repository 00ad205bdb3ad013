package cn.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * The figures 情况说明 needs beyond the tables, as data so that sentences are generated from them:
 * 年初预算 and 调整预算 per 项 of the general budget, 机关运行经费, the counts behind “三公”经费,
 * 政府采购 and 国有资产. Anything not given is null and its sentence is left out.
 */
public record Facts(List<LineBudget> budgets, OperatingCosts operatingCosts, ThreePublicStats threePublic,
                    Procurement procurement, Assets assets) {

    public static final Facts NONE = new Facts(List.of(), null, null, null, null);

    public Facts {
        budgets = List.copyOf(budgets);
    }

    public Optional<LineBudget> budget(FunctionCode code) {
        return budgets.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** 年初预算 and 调整预算（全年预算）of one 项 of 一般公共预算财政拨款支出. */
    public record LineBudget(FunctionCode code, Amount initial, Amount adjusted, Location at) {
    }

    /** 机关运行经费: 年初预算, 上年结转, 调整预算 (全年预算) and 决算. */
    public record OperatingCosts(Amount initial, Amount carriedOver, Amount adjusted, Amount actual, Location at) {
    }

    /** The counts behind “三公”经费: 团组/人次, 车辆购置/保有, 接待批次/人次 (of which foreign). */
    public record ThreePublicStats(Integer overseasGroups, Integer overseasPeople, Integer vehiclesPurchased,
                                   Integer vehiclesOwned, Integer receptionBatches, Integer receptionPeople,
                                   Integer foreignReceptionBatches, Integer foreignReceptionPeople, Location at) {
    }

    /** 政府采购: the total, goods/works/services, and what was awarded to small and medium enterprises. */
    public record Procurement(Amount total, Amount goods, Amount works, Amount services, Amount smeAwarded,
                              Location at) {
    }

    /** 国有资产占用: vehicles and costly equipment held at year end, and bought during the year. */
    public record Assets(Integer vehicles, Integer generalEquipmentOver50, Integer specialEquipmentOver100,
                         Integer vehiclesBought, Integer generalEquipmentOver50Bought,
                         Integer specialEquipmentOver100Bought, Location at) {
    }
}
