package cn.gongkai.content.yaml;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Equal values read during one load shared as one object: the same row names, codes, units and
 * amounts recur in every disclosure (five of six short scalars in a generated site of 1,000 are
 * repeats). A site of 10,000 disclosures held 4.7 million strings; sharing them is what keeps its
 * build within memory. Made for one load and dropped with it, so a long-running preview does not
 * keep every value it ever read.
 */
public final class Interner {

    /** Longer texts (paragraphs, duties) seldom repeat and are not worth hashing. */
    static final int MAX_LENGTH = 64;

    /** Interns nothing: each value stays its own object. */
    public static final Interner NONE = new Interner(false);

    private final ConcurrentHashMap<Object, Object> values;

    private Interner(boolean on) {
        this.values = on ? new ConcurrentHashMap<>(1 << 12) : null;
    }

    public static Interner create() {
        return new Interner(true);
    }

    /** {@code s}, or an equal string read before. */
    public String text(String s) {
        if (values == null || s == null || s.length() > MAX_LENGTH) return s;
        return value(s);
    }

    /** {@code v} (a value object: equal means interchangeable), or an equal one read before. */
    @SuppressWarnings("unchecked")
    public <T> T value(T v) {
        if (values == null || v == null) return v;
        Object before = values.putIfAbsent(v, v);
        return before == null ? v : (T) before;
    }
}
