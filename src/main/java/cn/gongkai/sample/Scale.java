package cn.gongkai.sample;

import cn.gongkai.model.MoneyUnit;

/**
 * Turns amounts drawn in 元 into the department's published unit, as whole hundredths: 0.01 万元 (so
 * 12,345 元 is 1.23 万元) or 0.01 元 (with some fen, as 元 tables print). Each leaf is converted once;
 * everything above it is summed from converted leaves, so no total carries a rounding difference.
 */
final class Scale {

    private final MoneyUnit unit;
    private final Rng rng;

    Scale(MoneyUnit unit, Rng rng) {
        this.unit = unit;
        this.rng = rng;
    }

    /** {@code yuan} in hundredths of the unit. */
    long of(long yuan) {
        if (unit == MoneyUnit.WAN_YUAN) return Math.floorDiv(yuan + 50, 100);
        return yuan * 100 + (rng.percent(70) ? rng.between(0, 99) : 0);
    }

    /** An amount of between {@code lo} and {@code hi} 元 per person for {@code people} people. */
    long perPerson(int people, long lo, long hi) {
        return of(people * rng.between(lo, hi));
    }

    /** An amount of between {@code lo} and {@code hi} 元. */
    long between(long lo, long hi) {
        return of(rng.between(lo, hi));
    }

    /** {@code percent} % of {@code hundredths}, rounded down. */
    static long percent(long hundredths, long percent) {
        return hundredths * percent / 100;
    }
}
