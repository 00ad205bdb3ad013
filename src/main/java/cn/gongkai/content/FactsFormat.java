package cn.gongkai.content;

import cn.gongkai.content.shape.Field;
import cn.gongkai.content.shape.ListShape;
import cn.gongkai.content.shape.ObjectShape;
import cn.gongkai.content.shape.Scalars;
import cn.gongkai.model.Amount;
import cn.gongkai.model.Facts;
import cn.gongkai.model.Facts.Assets;
import cn.gongkai.model.Facts.LineBudget;
import cn.gongkai.model.Facts.OperatingCosts;
import cn.gongkai.model.Facts.Procurement;
import cn.gongkai.model.Facts.ThreePublicStats;
import cn.gongkai.model.FunctionCode;

import java.util.List;

/** The YAML form of {@code facts:} in final-accounts.yaml: the figures the generated sentences need. */
final class FactsFormat {

    private static Field<Amount> amount(String key, String title) {
        return Field.optional(key, title, Scalars.amount());
    }

    private static Field<Integer> count(String key, String title) {
        return Field.optional(key, title, Scalars.count(0, 1_000_000));
    }

    private static final Field<FunctionCode> CODE = Field.required("code", "功能分类项级科目编码", Scalars.functionCode());
    private static final Field<Amount> INITIAL = amount("initial", "年初预算");
    private static final Field<Amount> ADJUSTED = amount("adjusted", "调整预算（全年预算）");
    private static final Field<List<LineBudget>> BUDGETS = Field.optional("budgets", "一般公共预算财政拨款支出各项的预算数",
            new ListShape<>(new ObjectShape<>("项级科目预算数", List.of(CODE, INITIAL, ADJUSTED),
                    v -> new LineBudget(v.get(CODE), v.get(INITIAL), v.get(ADJUSTED), v.at()))))
            .describedAs("情况说明五（二）逐项说明年初预算、调整预算与决算的对比；年初预算为 0 时按全年预算计算完成率。");

    private static final Field<Amount> OC_INITIAL = amount("initial", "年初预算");
    private static final Field<Amount> OC_CARRIED = amount("carried_over", "上年结转");
    private static final Field<Amount> OC_ADJUSTED = amount("adjusted", "调整预算数（全年预算）");
    private static final Field<Amount> OC_ACTUAL = amount("actual", "支出决算");
    private static final Field<OperatingCosts> OPERATING_COSTS = Field.optional("operating_costs", "机关运行经费",
            new ObjectShape<>("机关运行经费", List.of(OC_INITIAL, OC_CARRIED, OC_ADJUSTED, OC_ACTUAL),
                    v -> new OperatingCosts(v.get(OC_INITIAL), v.get(OC_CARRIED), v.get(OC_ADJUSTED), v.get(OC_ACTUAL), v.at())));

    private static final Field<Integer> GROUPS = count("overseas_groups", "因公出国（境）团组数");
    private static final Field<Integer> PEOPLE = count("overseas_people", "因公出国（境）人次");
    private static final Field<Integer> BOUGHT = count("vehicles_purchased", "购置公务用车（辆）");
    private static final Field<Integer> OWNED = count("vehicles_owned", "公务用车保有量（辆）");
    private static final Field<Integer> BATCHES = count("reception_batches", "国内公务接待批次");
    private static final Field<Integer> GUESTS = count("reception_people", "国内公务接待人次");
    private static final Field<Integer> F_BATCHES = count("foreign_reception_batches", "其中：外事接待批次");
    private static final Field<Integer> F_GUESTS = count("foreign_reception_people", "其中：外事接待人次");
    private static final Field<ThreePublicStats> THREE_PUBLIC = Field.optional("three_public", "“三公”经费相关数量",
            new ObjectShape<>("“三公”经费相关数量", List.of(GROUPS, PEOPLE, BOUGHT, OWNED, BATCHES, GUESTS, F_BATCHES, F_GUESTS),
                    v -> new ThreePublicStats(v.get(GROUPS), v.get(PEOPLE), v.get(BOUGHT), v.get(OWNED), v.get(BATCHES),
                            v.get(GUESTS), v.get(F_BATCHES), v.get(F_GUESTS), v.at())));

    private static final Field<Amount> P_TOTAL = amount("total", "政府采购支出总额");
    private static final Field<Amount> P_GOODS = amount("goods", "货物类");
    private static final Field<Amount> P_WORKS = amount("works", "工程类");
    private static final Field<Amount> P_SERVICES = amount("services", "服务类");
    private static final Field<Amount> P_SME = amount("sme_awarded", "授予中小企业合同金额");
    private static final Field<Procurement> PROCUREMENT = Field.optional("procurement", "政府采购",
            new ObjectShape<>("政府采购", List.of(P_TOTAL, P_GOODS, P_WORKS, P_SERVICES, P_SME),
                    v -> new Procurement(v.get(P_TOTAL), v.get(P_GOODS), v.get(P_WORKS), v.get(P_SERVICES), v.get(P_SME), v.at())));

    private static final Field<Integer> A_VEHICLES = count("vehicles", "公务车辆保有量（辆）");
    private static final Field<Integer> A_GENERAL = count("general_equipment_over_50", "单价 50 万元以上的通用设备（台、套）");
    private static final Field<Integer> A_SPECIAL = count("special_equipment_over_100", "单价 100 万元以上的专用设备（台、套）");
    private static final Field<Integer> A_VEHICLES_BOUGHT = count("vehicles_bought", "当年购置车辆（辆）");
    private static final Field<Integer> A_GENERAL_BOUGHT = count("general_equipment_over_50_bought", "当年购置单价 50 万元以上的通用设备（台、套）");
    private static final Field<Integer> A_SPECIAL_BOUGHT = count("special_equipment_over_100_bought", "当年购置单价 100 万元以上的专用设备（台、套）");
    private static final Field<Assets> ASSETS = Field.optional("assets", "国有资产占用及购置",
            new ObjectShape<>("国有资产占用及购置", List.of(A_VEHICLES, A_GENERAL, A_SPECIAL, A_VEHICLES_BOUGHT, A_GENERAL_BOUGHT, A_SPECIAL_BOUGHT),
                    v -> new Assets(v.get(A_VEHICLES), v.get(A_GENERAL), v.get(A_SPECIAL), v.get(A_VEHICLES_BOUGHT),
                            v.get(A_GENERAL_BOUGHT), v.get(A_SPECIAL_BOUGHT), v.at())));

    static final Field<Facts> FACTS = Field.optional("facts", "情况说明所需的数据",
            new ObjectShape<>("情况说明所需的数据", List.of(BUDGETS, OPERATING_COSTS, THREE_PUBLIC, PROCUREMENT, ASSETS),
                    v -> new Facts(v.opt(BUDGETS).orElse(List.of()), v.get(OPERATING_COSTS), v.get(THREE_PUBLIC),
                            v.get(PROCUREMENT), v.get(ASSETS))))
            .describedAs("情况说明中的句子由这些数据和各表自动生成，编辑只需在 explanations.md 中写原因和补充说明。");

    private FactsFormat() {
    }
}
