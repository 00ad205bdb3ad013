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
 *
 * <p>Kept as an array by column position, not a map: a disclosure has about 140 rows of cells and a
 * build of 10,000 disclosures holds them all; an unmodifiable EnumMap with its views cost 3 objects
 * and about 100 bytes more per row.
 */
public final class Cells<C extends Enum<C> & Column> {

    /** Each column type's constants, in order (getEnumConstants() copies them on every call). */
    private static final ClassValue<Object[]> COLUMNS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private final Class<C> type;
    /** By ordinal; null where the cell is blank. */
    private final Amount[] amounts;

    private Cells(Class<C> type, Map<C, Amount> amounts) {
        this.type = type;
        Amount[] byColumn = new Amount[COLUMNS.get(type).length];
        amounts.forEach((c, a) -> byColumn[c.ordinal()] = a);
        this.amounts = byColumn;
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
        return Optional.ofNullable(amounts[column.ordinal()]);
    }

    public BigDecimal valueOrZero(C column, MoneyUnit unit) {
        Amount a = amounts[column.ordinal()];
        return a == null ? BigDecimal.ZERO : a.valueIn(unit);
    }

    public boolean isBlank(C column) {
        return amounts[column.ordinal()] == null;
    }

    public boolean isEmpty() {
        for (Amount a : amounts) if (a != null) return false;
        return true;
    }

    public boolean hasNonZero() {
        for (Amount a : amounts) if (a != null && !a.isZero()) return true;
        return false;
    }

    /** The amounts present, by column, in column order (a new unmodifiable map each time). */
    @SuppressWarnings("unchecked")
    public Map<C, Amount> asMap() {
        EnumMap<C, Amount> map = new EnumMap<>(type);
        Object[] columns = COLUMNS.get(type);
        for (int i = 0; i < amounts.length; i++) if (amounts[i] != null) map.put((C) columns[i], amounts[i]);
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cells<?> c && c.type == type && java.util.Arrays.equals(c.amounts, amounts);
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
