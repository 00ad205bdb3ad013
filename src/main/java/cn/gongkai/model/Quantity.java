package cn.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A number that is not money (a score, a count of points), as written, with where it was written. */
public record Quantity(BigDecimal value, Location at) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }
}
