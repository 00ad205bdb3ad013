package cn.gongkai.model;

import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.ThreePublicColumn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures 情况说明 compares with their budget, each needing a reason when they differ: every
 * 项 of 公开05 with its budget facts (compared with 年初预算, or 全年预算 when 年初预算 is 0), every
 * item of 公开07 (预算数 is the adjusted budget), and 机关运行经费.
 */
public final class BudgetComparisons {

    /** One comparison: the section and reason key, the actual and the budget it is compared with. */
    public record Comparison(StandardSection section, String key, String label, BigDecimal actual, BigDecimal budget,
                             Location at) {
        public boolean differs() {
            return actual.compareTo(budget) != 0;
        }
    }

    private BudgetComparisons() {
    }

    /** 年初预算 when it is not 0, else 全年预算; null when neither is given or both are 0. */
    public static BigDecimal basis(BigDecimal initial, BigDecimal adjusted) {
        if (initial != null && initial.signum() != 0) return initial;
        if (adjusted != null && adjusted.signum() != 0) return adjusted;
        return null;
    }

    public static List<Comparison> of(FinalAccounts fa) {
        List<Comparison> out = new ArrayList<>();
        MoneyUnit u = fa.unit();
        fa.tables().generalBudget().ifPresent(t -> t.body().rows().stream().filter(r -> r.code().level() == 3).forEach(r ->
                fa.facts().budget(r.code()).ifPresent(b -> {
                    BigDecimal basis = basis(value(b.initial(), u), value(b.adjusted(), u));
                    if (basis != null) {
                        out.add(new Comparison(StandardSection.GENERAL_BUDGET, r.code().digits(), "公开05表 " + r.code().digits() + " " + r.name(),
                                r.cells().valueOrZero(GeneralBudgetColumn.TOTAL, u), basis, b.at()));
                    }
                })));
        fa.tables().threePublic().ifPresent(t -> {
            for (ThreePublicColumn c : ReasonKeys.THREE_PUBLIC_ITEMS) {
                BigDecimal budget = t.budget().valueOrZero(c, u);
                BigDecimal actual = t.actual().valueOrZero(c, u);
                if (budget.signum() == 0 && actual.signum() == 0) continue;
                Location at = t.budget().get(c).map(Amount::at).or(() -> t.actual().get(c).map(Amount::at)).orElse(t.meta().at());
                out.add(new Comparison(StandardSection.THREE_PUBLIC, ReasonKeys.threePublic(c), "公开07表 " + c.label(), actual, budget, at));
            }
        });
        if (fa.facts().operatingCosts() != null) {
            Facts.OperatingCosts o = fa.facts().operatingCosts();
            BigDecimal basis = basis(value(o.initial(), u), value(o.adjusted(), u));
            if (basis != null) {
                out.add(new Comparison(StandardSection.OTHER_MATTERS, ReasonKeys.OPERATING_COSTS, "机关运行经费", value(o.actual(), u), basis, o.at()));
            }
        }
        return out;
    }

    private static BigDecimal value(Amount a, MoneyUnit u) {
        return a == null ? BigDecimal.ZERO : a.valueIn(u);
    }
}
