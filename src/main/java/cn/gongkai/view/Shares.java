package cn.gongkai.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How percentages in 情况说明 are computed: part ÷ whole × 100, 2 decimals, HALF_UP; no percentage
 * when the whole is 0. The denominators are fixed per sentence (see docs/content-format.md):
 * income shares use 本年收入合计, spending shares 本年支出合计, “三公” shares the “三公” total,
 * completion rates the budget they compare with.
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) return Optional.empty();
        return Optional.of(part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP));
    }
}
