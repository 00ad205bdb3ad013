package cn.gongkai.validate;

import cn.gongkai.model.MoneyUnit;

import java.math.BigDecimal;

/**
 * How far a sum may miss in a 万元 table before it is an error: tables in 万元 are rounded cell by
 * cell from 元, so a total can differ from the sum of its rounded parts by up to one unit of the last
 * decimal per part. Within {@code perAddend} × the number of parts (at most {@code max}) the
 * difference is a 尾差 warning (R01); beyond it an error. Amounts in 元 are exact: no tolerance.
 */
public record Tolerance(BigDecimal perAddend, BigDecimal max) {

    public static final Tolerance DEFAULT = new Tolerance(new BigDecimal("0.01"), new BigDecimal("0.05"));

    /** The residue allowed for a sum of {@code addends} parts in {@code unit}. */
    public BigDecimal forSum(MoneyUnit unit, int addends) {
        if (unit == MoneyUnit.YUAN) return BigDecimal.ZERO;
        BigDecimal t = perAddend.multiply(BigDecimal.valueOf(Math.max(1, addends)));
        return t.min(max);
    }

    /** The residue allowed between the same figure printed in two tables: one rounding unit. */
    public BigDecimal forCopy(MoneyUnit unit) {
        return unit == MoneyUnit.YUAN ? BigDecimal.ZERO : perAddend;
    }
}
