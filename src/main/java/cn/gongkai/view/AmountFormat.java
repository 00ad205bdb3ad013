package cn.gongkai.view;

import cn.gongkai.model.Amount;
import cn.gongkai.model.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How amounts are printed: in the site's display unit (or the file's own unit when the site sets
 * none), rounded HALF_UP to a fixed number of decimals, with thousands separators.
 */
public final class AmountFormat {

    private final MoneyUnit displayUnit;
    private final int decimals;
    /** DecimalFormat is not thread-safe and costly to make: one per rendering thread. */
    private final ThreadLocal<DecimalFormat> formats;

    public AmountFormat(MoneyUnit displayUnit, int decimals) {
        this.displayUnit = displayUnit;
        this.decimals = decimals;
        this.formats = ThreadLocal.withInitial(() -> {
            DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
    }

    /** The unit amounts from a file in {@code fileUnit} are shown in. */
    public MoneyUnit unitFor(MoneyUnit fileUnit) {
        return displayUnit != null ? displayUnit : fileUnit;
    }

    /** The printed form of {@code a}; "" for a blank cell. */
    public String format(Amount a) {
        if (a == null) return "";
        return format(a.valueIn(unitFor(a.unit())));
    }

    /** The printed form of a value already in the display unit. */
    public String format(BigDecimal v) {
        return formats.get().format(v.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** The value {@code a} shows as, in the display unit and rounded: what a reader sees. */
    public BigDecimal displayed(Amount a) {
        return a.valueIn(unitFor(a.unit())).setScale(decimals, RoundingMode.HALF_UP);
    }

    public int decimals() {
        return decimals;
    }
}
