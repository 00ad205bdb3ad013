package cn.gongkai.sample;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every figure of one department-year, as whole hundredths of the department's unit (0.01 万元 or
 * 0.01 元) so that each total is a sum of published parts and every identity holds exactly. Only the
 * leaves are stored; tables and totals are summed from them when written.
 *
 * @param staff        实有人员 at the year's end
 * @param retired      离退休人员
 * @param general      一般公共预算财政拨款, by 项
 * @param fund         政府性基金预算财政拨款, by 项
 * @param capital      国有资本经营预算财政拨款 spending, by 项 (received as spent)
 * @param own          money that is not a fiscal appropriation (事业收入, 其他收入) and what it paid for, by 项
 * @param economic     公开06: 一般公共预算 basic spending by 经济分类 款
 * @param generalOpening 一般公共预算财政拨款 年初结转和结余
 * @param ownOpening   年初结转和结余 of the money that is not a fiscal appropriation
 */
record YearFigures(int year, int staff, int retired, SortedMap<String, GeneralLine> general, SortedMap<String, FundLine> fund,
                   SortedMap<String, CapitalLine> capital, SortedMap<String, OwnLine> own, SortedMap<String, Economic> economic,
                   long generalOpening, long ownOpening, ThreePublic threePublic, Counts counts, OperatingCosts operatingCosts,
                   Procurement procurement, Assets assets, List<Project> projects) {

    /** One 项 of 一般公共预算: 人员经费, 公用经费, 项目支出, the year's appropriation, and its 年初/调整预算. */
    record GeneralLine(long personnel, long publicCost, long project, long income, long initial, long adjusted) {
        long basic() {
            return personnel + publicCost;
        }

        long spent() {
            return personnel + publicCost + project;
        }
    }

    /** One 项 of 政府性基金: balances, the year's appropriation and spending (all on projects). */
    record FundLine(long opening, long income, long spent) {
        long closing() {
            return opening + income - spent;
        }
    }

    /** One 项 of 国有资本经营预算, named by the generator where the catalog has no 项 (name null otherwise). */
    record CapitalLine(String name, long spent) {
    }

    /** Spending of 事业收入 and 其他收入 under one 项, and the income itself. */
    record OwnLine(long basic, long project, long business, long other) {
    }

    /** One 经济分类 款 of 公开06: 人员经费 and 公用经费. */
    record Economic(long personnel, long publicCost) {
    }

    /** The items of 公开07, each with its 预算数 (adjusted budget) and 决算数. */
    enum Item { OVERSEAS, RECEPTION, VEHICLE_PURCHASE, VEHICLE_OPERATION, MEETING, TRAINING }

    record ThreePublic(Map<Item, Long> budget, Map<Item, Long> actual) {
        long budget(Item i) {
            return budget.getOrDefault(i, 0L);
        }

        long actual(Item i) {
            return actual.getOrDefault(i, 0L);
        }

        /** “三公”经费 小计: 因公出国（境）+ 公务接待 + 公务用车购置及运行维护. */
        long actualTotal() {
            return actual(Item.OVERSEAS) + actual(Item.RECEPTION) + actual(Item.VEHICLE_PURCHASE) + actual(Item.VEHICLE_OPERATION);
        }

        long budgetTotal() {
            return budget(Item.OVERSEAS) + budget(Item.RECEPTION) + budget(Item.VEHICLE_PURCHASE) + budget(Item.VEHICLE_OPERATION);
        }

        boolean isEmpty() {
            return budget.values().stream().allMatch(v -> v == 0) && actual.values().stream().allMatch(v -> v == 0);
        }
    }

    /** The counts behind “三公”经费. */
    record Counts(int overseasGroups, int overseasPeople, int vehiclesPurchased, int vehiclesOwned, int receptionBatches,
                  int receptionPeople, int foreignBatches, int foreignPeople) {
    }

    record OperatingCosts(long initial, long carriedOver, long adjusted, long actual) {
    }

    record Procurement(long goods, long works, long services, long smeAwarded) {
        long total() {
            return goods + works + services;
        }
    }

    record Assets(int vehicles, int generalEquipment, int specialEquipment, int vehiclesBought, int generalEquipmentBought,
                  int specialEquipmentBought) {
    }

    /**
     * A project paid from 一般公共预算 under the 项 {@code code}: its 全年预算数 and 执行数, of which
     * {@code provincial} came from the province (the rest from the 市/县), and who carried it out.
     */
    record Project(String name, String code, String implementer, long budget, long actual, int provincialPercent) {
    }

    // ---- totals the tables, sentences and reasons share --------------------------------------

    long generalSpent() {
        return general.values().stream().mapToLong(GeneralLine::spent).sum();
    }

    long generalIncome() {
        return general.values().stream().mapToLong(GeneralLine::income).sum();
    }

    long generalClosing() {
        return generalOpening + generalIncome() - generalSpent();
    }

    long fundIncome() {
        return fund.values().stream().mapToLong(FundLine::income).sum();
    }

    long fundOpening() {
        return fund.values().stream().mapToLong(FundLine::opening).sum();
    }

    long fundSpent() {
        return fund.values().stream().mapToLong(FundLine::spent).sum();
    }

    long capitalSpent() {
        return capital.values().stream().mapToLong(CapitalLine::spent).sum();
    }

    long ownIncome() {
        return own.values().stream().mapToLong(o -> o.business() + o.other()).sum();
    }

    long ownSpent() {
        return own.values().stream().mapToLong(o -> o.basic() + o.project()).sum();
    }

    long ownClosing() {
        return ownOpening + ownIncome() - ownSpent();
    }

    /** 财政拨款收入: all three kinds of appropriation (国有资本经营 is received as spent). */
    long fiscalIncome() {
        return generalIncome() + fundIncome() + capitalSpent();
    }

    long incomeTotal() {
        return fiscalIncome() + ownIncome();
    }

    long spentTotal() {
        return generalSpent() + fundSpent() + capitalSpent() + ownSpent();
    }

    long openingTotal() {
        return generalOpening + fundOpening() + ownOpening;
    }

    long closingTotal() {
        return generalClosing() + fund.values().stream().mapToLong(FundLine::closing).sum() + ownClosing();
    }

    long basicTotal() {
        return general.values().stream().mapToLong(GeneralLine::basic).sum() + own.values().stream().mapToLong(OwnLine::basic).sum();
    }

    long projectTotal() {
        return spentTotal() - basicTotal();
    }

    /**
     * The figure each section of 情况说明 compares with last year (see {@code Headlines}), in the order
     * 一 收入总计, 二 收入合计, 三 支出合计, 四 财政拨款收入总计, 五 一般公共预算支出, 七 “三公”经费, 十一 机关运行经费.
     */
    long[] headlines() {
        return new long[]{incomeTotal() + openingTotal(), incomeTotal(), spentTotal(), fiscalIncome() + generalOpening + fundOpening(),
                generalSpent(), threePublic.actualTotal(), operatingCosts.actual()};
    }
}
