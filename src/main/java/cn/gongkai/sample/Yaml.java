package cn.gongkai.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Writes the YAML of content files the way an editor would: block style, one table row per line. */
final class Yaml {

    /** Text that can stand unquoted (also inside [ ] and { }): no YAML indicator, not a number, true or null. */
    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^:#,\\[\\]{}\"'\\\\]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile("[-+]?[0-9.]+([eE][-+]?[0-9]+)?%?|true|false|yes|no|null|~|on|off",
            Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder(8192);

    Yaml line(String text) {
        out.append(text).append('\n');
        return this;
    }

    Yaml blank() {
        out.append('\n');
        return this;
    }

    /** {@code key: value} at {@code indent} spaces; the value is written as is (already a YAML scalar or flow). */
    Yaml field(int indent, String key, String value) {
        out.append(" ".repeat(indent)).append(key).append(": ").append(value).append('\n');
        return this;
    }

    Yaml item(int indent, String value) {
        out.append(" ".repeat(indent)).append("- ").append(value).append('\n');
        return this;
    }

    /** {@code key: |-} and the lines of {@code text}, for texts of several lines (评分标准). */
    Yaml block(int indent, String key, String text) {
        out.append(" ".repeat(indent)).append(key).append(": |-\n");
        for (String l : text.split("\n")) out.append(" ".repeat(indent + 2)).append(l).append('\n');
        return this;
    }

    /** A block list of texts under {@code key}. */
    Yaml texts(int indent, String key, List<String> items) {
        out.append(" ".repeat(indent)).append(key).append(":\n");
        for (String s : items) item(indent + 2, text(s));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A text scalar: plain when that reads back as the same text, else double-quoted. */
    static String text(String s) {
        if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !LOOKS_TYPED.matcher(s).matches()) return s;
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** An amount in hundredths of the file's unit: 26571 → 265.71. */
    static String money(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    /** A flow mapping, e.g. {@code { code: "2010301", total: 108.52 }}; zero amounts are left out, as blank cells. */
    static final class Flow {
        private final StringBuilder out = new StringBuilder("{ ");
        private boolean first = true;

        Flow put(String key, String value) {
            if (!first) out.append(", ");
            out.append(key).append(": ").append(value);
            first = false;
            return this;
        }

        Flow code(String code) {
            return put("code", '"' + code + '"');
        }

        /** A non-zero amount; zero is a blank cell and is not written. */
        Flow money(String key, long hundredths) {
            return hundredths == 0 ? this : put(key, Yaml.money(hundredths));
        }

        /** An amount written even when zero (facts: 没有发生的填 0). */
        Flow amount(String key, long hundredths) {
            return put(key, Yaml.money(hundredths));
        }

        Flow count(String key, long n) {
            return put(key, Long.toString(n));
        }

        boolean isEmpty() {
            return first;
        }

        @Override
        public String toString() {
            return first ? "{}" : out + " }";
        }
    }
}
