package cn.gongkai.model.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How an indicator of the department self-evaluation is scored, given as data so its 得分 can be
 * recomputed: by bands of the actual value (the first band it falls in), by deduction past a limit
 * (so many points per step beyond it, never below 0), or by ratio to the target (正向: actual ÷
 * target, 反向: target ÷ actual, at most full points). Exactly one of the three is set.
 */
public record Rubric(List<Band> bands, Deduction deduction, Direction ratio) {

    public Rubric {
        bands = bands == null ? null : List.copyOf(bands);
    }

    /** A band: applies when the value is at least {@code min} and at most {@code max} (either may be absent). */
    public record Band(BigDecimal min, BigDecimal max, BigDecimal score) {
        boolean contains(BigDecimal v) {
            return (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
        }
    }

    /**
     * Full points up to {@code limit} (on the absolute value when {@code absolute}); beyond it,
     * {@code points} off for every whole {@code step} over, never below 0.
     */
    public record Deduction(BigDecimal limit, BigDecimal step, BigDecimal points, boolean absolute) {
    }

    /** 正向: more is better; 反向: less is better. */
    public enum Direction { POSITIVE, NEGATIVE }

    /** How many kinds of scoring are set (should be one). */
    public int kinds() {
        return (bands != null ? 1 : 0) + (deduction != null ? 1 : 0) + (ratio != null ? 1 : 0);
    }

    /** The score for {@code actual} against {@code target} out of {@code full}; empty when it cannot be computed. */
    public Optional<BigDecimal> score(BigDecimal target, BigDecimal actual, BigDecimal full) {
        if (actual == null) return Optional.empty();
        if (bands != null) {
            return bands.stream().filter(b -> b.contains(actual)).findFirst().map(Band::score);
        }
        if (deduction != null) {
            BigDecimal v = deduction.absolute() ? actual.abs() : actual;
            BigDecimal over = v.subtract(deduction.limit());
            if (over.signum() <= 0) return Optional.of(full);
            BigDecimal steps = over.divide(deduction.step(), 0, RoundingMode.FLOOR);
            return Optional.of(full.subtract(steps.multiply(deduction.points())).max(BigDecimal.ZERO));
        }
        if (ratio != null && target != null) {
            BigDecimal num = ratio == Direction.POSITIVE ? actual : target;
            BigDecimal den = ratio == Direction.POSITIVE ? target : actual;
            if (den.signum() == 0) return Optional.empty();
            BigDecimal share = num.divide(den, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
            return Optional.of(share.multiply(full).setScale(2, RoundingMode.HALF_UP));
        }
        return Optional.empty();
    }
}
