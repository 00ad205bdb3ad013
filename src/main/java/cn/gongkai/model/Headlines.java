package cn.gongkai.model;

import cn.gongkai.model.table.ExpenditureColumn;
import cn.gongkai.model.table.GeneralBudgetColumn;
import cn.gongkai.model.table.IncomeColumn;
import cn.gongkai.model.table.SummaryTotal;
import cn.gongkai.model.table.ThreePublicColumn;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figure each section of 情况说明 compares with last year (the 标准目录 asks for 与上年相比 in
 * these): 一 收入总计, 二 收入合计, 三 支出合计, 四 财政拨款收入总计, 五 一般公共预算财政拨款支出,
 * 七 “三公”经费决算, 十一 机关运行经费决算. A blank figure counts as 0.
 */
public final class Headlines {

    public static final List<StandardSection> SECTIONS = List.of(StandardSection.SUMMARY, StandardSection.INCOME,
            StandardSection.EXPENDITURE, StandardSection.FISCAL_SUMMARY, StandardSection.GENERAL_BUDGET,
            StandardSection.THREE_PUBLIC, StandardSection.OTHER_MATTERS);

    /** A headline: its model reference, its amount (null when blank), and its unit. */
    public record Figure(String ref, Amount amount, MoneyUnit unit) {
        /** The value in 元, so years published in different units compare. */
        public java.math.BigDecimal yuan() {
            return amount == null ? java.math.BigDecimal.ZERO : amount.valueIn(MoneyUnit.YUAN);
        }
    }

    private Headlines() {
    }

    public static Map<StandardSection, Figure> of(FinalAccounts fa) {
        Map<StandardSection, Figure> out = new EnumMap<>(StandardSection.class);
        MoneyUnit u = fa.unit();
        var t = fa.tables();
        t.summary().ifPresent(s -> out.put(StandardSection.SUMMARY,
                new Figure("gk01.income_grand_total", s.totals().get(SummaryTotal.INCOME_GRAND_TOTAL).orElse(null), u)));
        t.income().ifPresent(x -> out.put(StandardSection.INCOME,
                new Figure("gk02.total.total", x.body().total().cells().get(IncomeColumn.TOTAL).orElse(null), u)));
        t.expenditure().ifPresent(x -> out.put(StandardSection.EXPENDITURE,
                new Figure("gk03.total.total", x.body().total().cells().get(ExpenditureColumn.TOTAL).orElse(null), u)));
        t.fiscalSummary().ifPresent(x -> out.put(StandardSection.FISCAL_SUMMARY, new Figure("gk04.income_grand_total", x.incomeGrandTotal(), u)));
        t.generalBudget().ifPresent(x -> out.put(StandardSection.GENERAL_BUDGET,
                new Figure("gk05.total.total", x.body().total().cells().get(GeneralBudgetColumn.TOTAL).orElse(null), u)));
        t.threePublic().ifPresent(x -> out.put(StandardSection.THREE_PUBLIC,
                new Figure("gk07.actual.total", x.actual().get(ThreePublicColumn.TOTAL).orElse(null), u)));
        Optional.ofNullable(fa.facts().operatingCosts()).ifPresent(o -> out.put(StandardSection.OTHER_MATTERS,
                new Figure("facts.operating_costs.actual", o.actual(), u)));
        return out;
    }
}
