package cn.gongkai.validate;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Facts;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.table.BasicEconomicColumn;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.GeneralBudgetColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts behind the generated sentences (P05, FACT01–FACT04): present where a section needs
 * them, and consistent with the tables and with themselves.
 */
final class FactChecks implements Check {

    @Override
    public void check(FinalAccounts fa, Report r) {
        Facts f = fa.facts();
        List<String> missing = new ArrayList<>();
        if (f.operatingCosts() == null) missing.add("机关运行经费（facts.operating_costs）");
        if (f.procurement() == null) missing.add("政府采购（facts.procurement）");
        if (f.assets() == null) missing.add("国有资产占用（facts.assets）");
        if (f.threePublic() == null && fa.tables().threePublic().isPresent()) missing.add("“三公”经费相关数量（facts.three_public）");
        if (!missing.isEmpty()) {
            r.error("P05", fa.at(), "情况说明必须说明的内容缺少数据：" + String.join("、", missing) + "；请在 final-accounts.yaml 的 facts 中填写（没有发生的填 0）");
        }
        fa.tables().generalBudget().ifPresent(t -> {
            for (CodedRow<?, GeneralBudgetColumn> row : t.body().rows()) {
                if (row.code().levelName().equals("项") && f.budget((cn.gongkai.model.FunctionCode) row.code()).isEmpty()) {
                    r.warning("FACT01", row.at(), "公开05表 " + row.code().digits() + " " + row.name() + " 没有预算数（facts.budgets），"
                            + "情况说明无法说明其年初预算、调整预算和完成情况");
                }
            }
            for (Facts.LineBudget b : f.budgets()) {
                if (t.body().row(b.code()).filter(x -> x.code().level() == 3).isEmpty()) {
                    r.error("FACT02", b.at(), "预算数（facts.budgets）中的科目 " + b.code().digits() + " 不是公开05表中的项级科目");
                }
            }
        });
        if (f.operatingCosts() != null && f.operatingCosts().actual() != null) {
            fa.tables().basicExpenditure().ifPresent(t -> r.atMost("FACT03", null, "机关运行经费 ≤ 公开06表 公用经费合计",
                    new CellRef("机关运行经费 支出决算", f.operatingCosts().actual(), f.operatingCosts().at()),
                    Refs.total(t.kind(), t.body().total(), BasicEconomicColumn.PUBLIC)));
        }
        if (f.procurement() != null) {
            Facts.Procurement p = f.procurement();
            r.sum("FACT04", "政府采购支出总额 = 货物 + 工程 + 服务", ref("政府采购支出总额", p.total(), p), List.of(ref("货物", p.goods(), p),
                    ref("工程", p.works(), p), ref("服务", p.services(), p)), null);
            if (p.smeAwarded() != null) {
                r.atMost("FACT04", null, "授予中小企业合同金额 ≤ 政府采购支出总额", ref("授予中小企业合同金额", p.smeAwarded(), p),
                        ref("政府采购支出总额", p.total(), p));
            }
        }
    }

    private static CellRef ref(String label, Amount a, Facts.Procurement p) {
        return new CellRef("政府采购 " + label, a, p.at());
    }
}
