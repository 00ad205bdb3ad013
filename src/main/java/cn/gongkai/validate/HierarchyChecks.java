package cn.gongkai.validate;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.table.TableKind;

/** H01–H03: parent rows equal the sum of their children, and 合计 the sum of the 类 rows. */
final class HierarchyChecks implements Check {

    @Override
    public void check(FinalAccounts fa, Report r) {
        var t = fa.tables();
        t.income().ifPresent(x -> RowIdentities.hierarchy(r, "H01", "H02", TableKind.INCOME, x.body()));
        t.expenditure().ifPresent(x -> RowIdentities.hierarchy(r, "H01", "H02", TableKind.EXPENDITURE, x.body()));
        t.generalBudget().ifPresent(x -> RowIdentities.hierarchy(r, "H01", "H02", TableKind.GENERAL_BUDGET, x.body()));
        t.basicExpenditure().ifPresent(x -> RowIdentities.hierarchy(r, "H03", "H02", TableKind.BASIC_EXPENDITURE, x.body()));
        t.governmentFund().ifPresent(x -> RowIdentities.hierarchy(r, "H01", "H02", TableKind.GOVERNMENT_FUND, x.body()));
        t.stateCapital().ifPresent(x -> RowIdentities.hierarchy(r, "H01", "H02", TableKind.STATE_CAPITAL, x.body()));
    }
}
