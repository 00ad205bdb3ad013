package cn.gongkai.model.table;

import cn.gongkai.model.performance.ExecutionColumn;
import cn.gongkai.model.performance.FundSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ColumnKeysTest {

    @Test
    void everyColumnsKeyIsItsNameInLowerCaseMadeOnce() {
        List<Class<? extends Column>> types = List.of(BasicEconomicColumn.class, ExpenditureColumn.class, FiscalColumn.class,
                FundColumn.class, GeneralBudgetColumn.class, IncomeColumn.class, IncomeSource.class, StateCapitalColumn.class,
                SummaryAmount.class, SummaryTotal.class, ThreePublicColumn.class, ExecutionColumn.class, FundSource.class);
        for (Class<? extends Column> type : types) {
            for (Column c : type.getEnumConstants()) {
                assertEquals(c.name().toLowerCase(Locale.ROOT), c.key(), type.getSimpleName() + "." + c.name());
                assertSame(c.key(), c.key(), "made once");
            }
        }
        assertEquals("general_budget", IncomeSource.GENERAL_BUDGET.key());
    }
}
