package cn.gongkai.content.yaml;

/**
 * Characters no content text may hold: control characters other than tab and line breaks, the C1
 * controls, the noncharacters U+FFFE and U+FFFF, and unpaired surrogates. None can be written in XML
 * (feed.xml would no longer parse), HTML treats them as errors, and printed in a message they can
 * drive the editor's terminal. They come from copying out of other programs, from files in another
 * encoding, or from YAML escapes such as "\x01" and "\e".
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first such character in {@code s}, or -1. */
    public static int first(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} with each such character replaced by U+FFFD, so messages can quote it safely. */
    public static String replaced(String s) {
        if (first(s) < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(forbidden(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** "U+001B", how messages name a character. */
    public static String name(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c == '\uFFFE' || c == '\uFFFF'
                || Character.isSurrogate(c);
    }
}
