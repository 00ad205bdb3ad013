package cn.gongkai.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness in the generator: a {@link SplittableRandom} seeded from the run's
 * seed and the keys of what is being generated (department, year), so each part is the same whatever
 * else is generated and in whatever order.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream for the part named by {@code keys} (e.g. department number, year) of the run {@code seed}. */
    static Rng of(long seed, long... keys) {
        long s = mix(seed ^ 0x6A09E667F3BCC909L);
        for (long k : keys) s = mix(s ^ mix(k + 0x9E3779B97F4A7C15L));
        return new Rng(s);
    }

    /** SplitMix64's finaliser: spreads nearby keys over the whole seed space. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A whole number in [lo, hi] (both included). */
    long between(long lo, long hi) {
        return lo == hi ? lo : random.nextLong(lo, hi + 1);
    }

    int between(int lo, int hi) {
        return lo == hi ? lo : random.nextInt(lo, hi + 1);
    }

    /** True with probability {@code percent} / 100. */
    boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }


    /** A copy of {@code items} in random order (Fisher–Yates). */
    <T> List<T> shuffled(List<T> items) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    /** {@code n} distinct items of {@code items} in their original order (all of them when n ≥ size). */
    <T> List<T> choose(List<T> items, int n) {
        if (n >= items.size()) return List.copyOf(items);
        boolean[] taken = new boolean[items.size()];
        for (int chosen = 0; chosen < n; ) {
            int i = random.nextInt(items.size());
            if (!taken[i]) {
                taken[i] = true;
                chosen++;
            }
        }
        ArrayList<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (taken[i]) out.add(items.get(i));
        return out;
    }
}
