package cn.gongkai.render.chart;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueFormatTest {

    @Test
    void twoDecimalsHalfUpWithThousandsSeparators() {
        assertEquals("1,234.50", ValueFormat.DEFAULT.format(new BigDecimal("1234.5")));
        assertEquals("2.35", ValueFormat.DEFAULT.format(new BigDecimal("2.345")));
        assertEquals("-2.35", ValueFormat.DEFAULT.format(new BigDecimal("-2.345")));
        assertEquals("0.00", ValueFormat.DEFAULT.format(BigDecimal.ZERO));
        assertEquals("12,345,678,901,234.57", ValueFormat.DEFAULT.format(new BigDecimal("12345678901234.565")));
        assertEquals("1,235", ValueFormat.decimals(0).format(new BigDecimal("1234.5")));
    }

    @Test
    void theMachinesLocaleDoesNotMatter() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,234.50", ValueFormat.DEFAULT.format(new BigDecimal("1234.5")));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
