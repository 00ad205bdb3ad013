package cn.gongkai.model.table;

import cn.gongkai.model.Amount;
import cn.gongkai.model.MoneyUnit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The amounts of one row, by typed column. A column with no amount is a blank cell: published
 * blank, never shown as a made-up 0 (sums treat it as 0).
 */
public final class Cells<C extends Enum<C> & Column> {

    private final Class<C> type;
    private final Map<C, Amount> amounts;

    private Cells(Class<C> type, Map<C, Amount> amounts) {
        this.type = type;
        EnumMap<C, Amount> copy = new EnumMap<>(type);
        copy.putAll(amounts);
        this.amounts = Collections.unmodifiableMap(copy);
    }

    public static <C extends Enum<C> & Column> Cells<C> of(Class<C> type, Map<C, Amount> amounts) {
        return new Cells<>(type, amounts);
    }

    public static <C extends Enum<C> & Column> Cells<C> empty(Class<C> type) {
        return new Cells<>(type, Map.of());
    }

    public Class<C> type() {
        return type;
    }

    public Optional<Amount> get(C column) {
        return Optional.ofNullable(amounts.get(column));
    }

    /** The value in {@code unit}, 0 for a blank cell. */
    public BigDecimal valueOrZero(C column, MoneyUnit unit) {
        Amount a = amounts.get(column);
        return a == null ? BigDecimal.ZERO : a.valueIn(unit);
    }

    public boolean isBlank(C column) {
        return !amounts.containsKey(column);
    }

    /** True when no column has an amount. */
    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** True when some column holds an amount other than zero. */
    public boolean hasNonZero() {
        return amounts.values().stream().anyMatch(a -> !a.isZero());
    }

    /** The amounts present, by column, in column order. */
    public Map<C, Amount> asMap() {
        return amounts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cells<?> c && c.type == type && c.amounts.equals(amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    @Override
    public String toString() {
        return amounts.toString();
    }
}
