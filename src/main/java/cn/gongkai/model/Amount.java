package cn.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money exactly as written in a content file, in that file's unit, with where it was
 * written. A computed amount (a parent row or total the editor left out) points {@code at} the
 * first row it was summed from and lists in {@code sources} every written amount it came from.
 */
public record Amount(BigDecimal value, MoneyUnit unit, Location at, boolean computed, List<Location> sources) {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(at, "at");
        sources = List.copyOf(sources);
    }

    public static Amount given(BigDecimal value, MoneyUnit unit, Location at) {
        return new Amount(value, unit, at, false, List.of());
    }

    public static Amount computed(BigDecimal value, MoneyUnit unit, Location at, List<Location> sources) {
        return new Amount(value, unit, at, true, sources);
    }

    /** Where this amount was written: its own place, or the places of the amounts it was summed from. */
    public List<Location> writtenAt() {
        return computed ? sources : List.of(at);
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
