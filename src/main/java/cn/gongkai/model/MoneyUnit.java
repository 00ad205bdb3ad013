package cn.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;

/** The unit a file declares for its amounts (金额单位). */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    public String label() {
        return label;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal inYuan() {
        return yuan;
    }

    public static Optional<MoneyUnit> ofLabel(String label) {
        for (MoneyUnit u : values()) {
            if (u.label.equals(label)) return Optional.of(u);
        }
        return Optional.empty();
    }
}
