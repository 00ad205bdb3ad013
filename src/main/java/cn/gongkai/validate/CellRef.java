package cn.gongkai.validate;

import cn.gongkai.model.Amount;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cell as a finding names it ("公开05表 合计行 基本支出小计") with its amount, or null for a blank
 * cell, and where it sits when blank (the row).
 */
record CellRef(String label, Amount amount, Location rowAt) {

    /** The amount in {@code unit} (in its own unit when null), 0 for a blank cell. */
    BigDecimal value(MoneyUnit unit) {
        if (amount == null) return BigDecimal.ZERO;
        return unit == null ? amount.value() : amount.valueIn(unit);
    }

    boolean blank() {
        return amount == null;
    }

    boolean nonZero() {
        return amount != null && !amount.isZero();
    }

    /** Where the finding points: the amount as written, or its row when blank or computed. */
    Location at() {
        if (amount == null) return rowAt;
        return amount.computed() ? (amount.sources().isEmpty() ? rowAt : amount.sources().get(0)) : amount.at();
    }

    List<Location> written() {
        return amount == null ? List.of(rowAt) : amount.writtenAt();
    }
}
