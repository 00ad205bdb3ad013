package cn.gongkai.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a bar's value is printed beside it; the caller passes the same format its tables use (e.g.
 * {@code amountFormat::format}) so a number in a chart reads exactly like the one in the table.
 */
@FunctionalInterface
public interface ValueFormat {

    String format(BigDecimal value);

    /** Two decimals, HALF_UP, with thousands separators: {@code 1234.5 → "1,234.50"}. */
    ValueFormat DEFAULT = decimals(2);

    /** {@code decimals} places, HALF_UP, thousands separators, the same on every machine (Locale.ROOT). */
    static ValueFormat decimals(int decimals) {
        if (decimals < 0) throw new IllegalArgumentException("decimals < 0: " + decimals);
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        // DecimalFormat is not thread-safe (charts are drawn on several threads): one per thread, not one per value
        ThreadLocal<DecimalFormat> formats = ThreadLocal.withInitial(() -> {
            DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
        return value -> formats.get().format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
