package cn.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money exactly as written in a content file, in that file's unit, with where it was
 * written. A computed amount (a parent row or total the editor left out) has {@code at} pointing to
 * the table it belongs to and {@code computed} set.
 */
public record Amount(BigDecimal value, MoneyUnit unit, Location at, boolean computed) {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(at, "at");
    }

    public static Amount given(BigDecimal value, MoneyUnit unit, Location at) {
        return new Amount(value, unit, at, false);
    }

    public static Amount computed(BigDecimal value, MoneyUnit unit, Location at) {
        return new Amount(value, unit, at, true);
    }

    /** The value converted to another unit, exactly (no rounding). */
    public BigDecimal valueIn(MoneyUnit target) {
        if (target == unit) return value;
        return value.multiply(unit.inYuan()).divide(target.inYuan());
    }

    public boolean isZero() {
        return value.signum() == 0;
    }
}
