package cn.gongkai.content.yaml;

import cn.gongkai.content.yaml.YNode.ScalarKind;
import cn.gongkai.content.yaml.YNode.YEntry;
import cn.gongkai.content.yaml.YNode.YList;
import cn.gongkai.content.yaml.YNode.YMap;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the plain kind of YAML content files are written in — block mappings and lists indented with
 * spaces, one-line flow mappings and lists, one-line plain and quoted scalars, literal block scalars,
 * comments — in one pass over the text, and declines everything else (folded block scalars, scalars
 * and flow collections over several lines, escapes, anchors, tags, tabs, document markers, anything
 * unusual or wrong), which {@link YamlReader} then reads with SnakeYAML as before.
 *
 * <p>Why: SnakeYAML (through Jackson) was a fifth of the CPU of building 1,000 disclosures. What this
 * class accepts it must read exactly as SnakeYAML and Jackson do — the same tree, scalar kinds, texts,
 * lines and columns (counted in code points), and the same duplicate-key findings — and it must never
 * accept a text they refuse. {@code QuickYamlTest} compares both readers on every YAML file of the
 * project and on thousands of mutated copies. When in doubt it declines: declining only costs time.
 */
final class QuickYaml {

    /** Thrown (without a stack trace) when the text is not in the subset; the caller reads it with SnakeYAML. */
    private static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    private static final Declined DECLINED = new Declined();

    /** Longer texts go to SnakeYAML, whose limits (code points, nesting) then apply as before. */
    private static final int MAX_CHARS = 1 << 20;
    /** Shallower than {@link YamlReader#MAX_DEPTH}, so the limit and its message stay SnakeYAML's. */
    private static final int MAX_DEPTH = 24;
    /** SnakeYAML refuses a simple key longer than 1,024 characters. */
    private static final int MAX_KEY = 1000;
    /** Jackson resolves plain scalars with a default SnakeYAML resolver; so do we, where it is not obvious. */
    private static final Resolver RESOLVER = new Resolver();

    private final String file;
    private final String text;
    /**
     * The text's chars, which the reader looks at one by one: String.charAt on a UTF-16 (Chinese) text
     * is three calls and two bounds checks under C1, and was a third of this class's CPU time.
     */
    private final char[] chars;
    private final Interner interner;
    private final List<Finding> findings = new ArrayList<>(0);
    /** Start of each line, end of each line (before "\r\n" or "\n"), its indentation, whether it has content. */
    private int[] starts;
    private int[] ends;
    private int[] indents;
    private boolean[] content;
    private boolean[] surrogates;
    private int lines;
    /** The line being read. */
    private int line;
    private int depth;

    private QuickYaml(String file, String text, Interner interner) {
        this.file = file;
        this.text = text;
        this.chars = text.toCharArray();
        this.interner = interner;
    }

    /**
     * The tree of {@code text}, with its findings passed to {@code report}; or null, reporting nothing,
     * when the text is outside the subset this class reads.
     */
    static YNode read(String file, String text, Consumer<Finding> report, Interner interner) {
        if (text.length() > MAX_CHARS) return null;
        QuickYaml y = new QuickYaml(file, text, interner);
        YNode root;
        try {
            root = y.document();
        } catch (Declined d) {
            return null;
        }
        y.findings.forEach(report);
        return root;
    }

    // --- lines ---

    private YNode document() {
        split();
        line = nextContent(0);
        if (line >= lines || indents[line] != 0) throw DECLINED;
        YNode root = blockNode();
        if (line < lines) throw DECLINED;
        return root;
    }

    /** Splits the text into lines, declining characters SnakeYAML refuses or treats specially. */
    private void split() {
        int n = text.length();
        int capacity = 64;
        starts = new int[capacity];
        ends = new int[capacity];
        surrogates = new boolean[capacity];
        int start = 0;
        boolean pairs = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : '\n';
            if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r') {
                    if (i + 1 >= n || chars[i + 1] != '\n') throw DECLINED; // a lone CR is a line break to YAML
                    i++;
                }
                if (lines == capacity) {
                    capacity *= 2;
                    starts = java.util.Arrays.copyOf(starts, capacity);
                    ends = java.util.Arrays.copyOf(ends, capacity);
                    surrogates = java.util.Arrays.copyOf(surrogates, capacity);
                }
                starts[lines] = start;
                ends[lines] = end;
                surrogates[lines] = pairs;
                lines++;
                start = i + 1;
                pairs = false;
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                throw DECLINED; // tabs, control characters, NEL (a line break in YAML 1.1)
            } else if (c >= 0xD800) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                    pairs = true;
                    i++;
                } else if (Character.isSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE') {
                    throw DECLINED;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                throw DECLINED;
            }
        }
        indents = new int[lines];
        content = new boolean[lines];
        for (int l = 0; l < lines; l++) {
            int s = starts[l];
            int e = ends[l];
            int p = s;
            while (p < e && chars[p] == ' ') p++;
            indents[l] = p - s;
            content[l] = p < e && chars[p] != '#';
            if (p == s && e - s >= 3 && (text.startsWith("---", s) || text.startsWith("...", s))) throw DECLINED; // document markers
        }
    }

    private int nextContent(int from) {
        int l = from;
        while (l < lines && !content[l]) l++;
        return l;
    }

    /** Moves to the next line with content. */
    private void advance() {
        line = nextContent(line + 1);
    }

    private char at(int i) {
        return i < ends[line] ? chars[i] : '\n';
    }

    private Location location(int index) {
        int s = starts[line];
        int column = surrogates[line] ? text.codePointCount(s, index) : index - s;
        return new Location(file, line + 1, column + 1);
    }

    private void deeper() {
        if (++depth > MAX_DEPTH) throw DECLINED;
    }

    // --- block structure ---

    /** The node starting at the first character of the current line. */
    private YNode blockNode() {
        int p = starts[line] + indents[line];
        if (isEntry(p)) return blockList(indents[line]);
        return blockMap(indents[line], p);
    }

    /** Whether a list entry ("-" then a space or the line's end) starts at {@code p}. */
    private boolean isEntry(int p) {
        return at(p) == '-' && (at(p + 1) == ' ' || at(p + 1) == '\n');
    }

    /** A block mapping whose keys are at {@code column}; the first key starts at {@code p} of the current line. */
    private YMap blockMap(int column, int p) {
        deeper();
        Location at = location(p);
        List<YEntry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        while (true) {
            int keyStart = p;
            int colon = keyEnd(p);
            if (colon < 0) throw DECLINED;
            Location keyAt = location(keyStart);
            YScalar key = new YScalar(interner.text(keyText(keyStart, colon)), ScalarKind.STRING, keyAt);
            int v = skipSpaces(colon + 1);
            YNode value;
            if (at(v) == '\n' || at(v) == '#') {
                Location empty = location(colon + 1);
                advance();
                if (line < lines && indents[line] > column) {
                    value = blockNode();
                } else if (line < lines && indents[line] == column && isEntry(starts[line] + column)) {
                    value = blockList(column);
                } else {
                    value = new YScalar("", ScalarKind.STRING, empty); // Jackson reads an empty value as empty text
                }
            } else {
                value = inline(v, column);
                advance();
                if (line < lines && indents[line] > column) throw DECLINED; // a plain scalar going on, or an error
            }
            add(entries, seen, key, value);
            if (line >= lines || indents[line] < column) break;
            if (indents[line] > column) throw DECLINED;
            p = starts[line] + column;
            if (isEntry(p)) throw DECLINED; // a list entry among keys
        }
        depth--;
        return new YMap(List.copyOf(entries), at);
    }

    /** Adds an entry to a mapping, or reports its key as written twice (YAML05) and leaves it out, as {@link YamlReader} does. */
    private void add(List<YEntry> entries, Map<String, Location> seen, YScalar key, YNode value) {
        Location first = seen.putIfAbsent(key.text(), key.at());
        if (first != null) {
            findings.add(YamlMessages.duplicateKey(key.text(), key.at(), first));
        } else {
            entries.add(new YEntry(key, value));
        }
    }

    /** A block list whose "-" are at {@code column}; the current line holds the first. */
    private YList blockList(int column) {
        deeper();
        Location at = location(starts[line] + column);
        List<YNode> items = new ArrayList<>();
        while (true) {
            int dash = starts[line] + column;
            int p = skipSpaces(dash + 1);
            if (at(p) == '\n' || at(p) == '#' || isEntry(p)) throw DECLINED; // empty or nested entries
            if (startsKey(p)) {
                items.add(blockMap(column + (p - dash), p));
            } else {
                items.add(inline(p, column));
                advance();
                if (line < lines && indents[line] > column) throw DECLINED;
            }
            if (line >= lines || indents[line] < column) break;
            if (indents[line] > column) throw DECLINED;
            if (!isEntry(starts[line] + column)) break; // the next key of the mapping this list is the value of
        }
        depth--;
        return new YList(List.copyOf(items), at);
    }

    /** Whether a key ("text:" then a space or the line's end) starts at {@code p}. */
    private boolean startsKey(int p) {
        char c = at(p);
        if (c == '{' || c == '[') return false;
        if (c == '"' || c == '\'') {
            int close = quoteEnd(p);
            return at(close + 1) == ':';
        }
        return keyEnd(p) >= 0;
    }

    /**
     * The index of the ":" ending the key at {@code p}, or -1 when there is no key there. Declines keys
     * this class does not read (a space before the colon, a comment, indicators).
     */
    private int keyEnd(int p) {
        char c = at(p);
        if (c == '"' || c == '\'') {
            int close = quoteEnd(p);
            int colon = close + 1;
            if (at(colon) != ':') return -1;
            char after = at(colon + 1);
            if (after != ' ' && after != '\n') throw DECLINED;
            return colon;
        }
        if (!plainStart(p)) throw DECLINED;
        int e = ends[line];
        for (int i = p; i < e; i++) {
            char ch = chars[i];
            if (ch == ':') {
                char after = at(i + 1);
                if (after == ' ' || after == '\n') {
                    if (chars[i - 1] == ' ' || i - p > MAX_KEY) throw DECLINED;
                    return i;
                }
            } else if (ch == '#' && chars[i - 1] == ' ') {
                return -1;
            }
        }
        return -1;
    }

    private String keyText(int p, int colon) {
        char c = at(p);
        if (c == '"') return text.substring(p + 1, colon - 1);
        if (c == '\'') return singleQuoted(p, colon - 1);
        return text.substring(p, colon);
    }

    /**
     * A value starting at {@code p}: a flow collection, a quoted or a plain scalar, ending on this line;
     * or a literal block scalar, after which the current line is its last. {@code column} is where the
     * keys or entries of the enclosing block are.
     */
    private YNode inline(int p, int column) {
        char c = at(p);
        YNode value;
        int end;
        if (c == '|') return literal(p, column);
        if (c == '{' || c == '[') {
            int[] next = {p};
            value = flow(next);
            end = next[0];
        } else if (c == '"' || c == '\'') {
            end = quoteEnd(p) + 1;
            value = quoted(p, end - 1);
        } else {
            return blockPlain(p);
        }
        int q = skipSpaces(end);
        if (at(q) == '\n' || at(q) == '#' && q > end) return value;
        throw DECLINED;
    }

    /** A plain scalar in block context, up to a comment or the line's end. */
    private YScalar blockPlain(int p) {
        if (!plainStart(p)) throw DECLINED;
        int e = ends[line];
        int end = e;
        for (int i = p; i < e; i++) {
            char ch = chars[i];
            if (ch == ':' && (i + 1 == e || chars[i + 1] == ' ')) throw DECLINED; // "mapping values are not allowed"
            if (ch == '#' && chars[i - 1] == ' ') {
                end = i;
                break;
            }
        }
        while (chars[end - 1] == ' ') end--;
        return plain(p, end);
    }

    /**
     * A literal block scalar ("|" or "|-" alone after the key), its lines more indented than
     * {@code column}. Declines the other headers, a block starting with a blank line, whitespace-only
     * lines longer than the indentation (they would be text) and a block running to the end of a text
     * with no final line break.
     */
    private YScalar literal(int p, int column) {
        Location at = location(p);
        int q = p + 1;
        boolean strip = at(q) == '-';
        if (strip) q++;
        if (at(q) != '\n') throw DECLINED;
        int first = line + 1;
        if (first >= lines) throw DECLINED;
        int indent = indents[first];
        if (starts[first] + indent == ends[first] || indent <= column) throw DECLINED;
        int last = first;
        for (int l = first + 1; l < lines; l++) {
            int length = ends[l] - starts[l];
            if (indents[l] == length) {
                if (length > indent) throw DECLINED;
            } else if (indents[l] < indent) {
                break;
            } else {
                last = l;
            }
        }
        if (ends[last] == text.length()) throw DECLINED;
        StringBuilder b = new StringBuilder();
        for (int l = first; l <= last; l++) {
            if (l > first) b.append('\n');
            if (ends[l] - starts[l] > indent) b.append(text, starts[l] + indent, ends[l]);
        }
        if (!strip) b.append('\n');
        line = last;
        return new YScalar(interner.text(b.toString()), ScalarKind.STRING, at);
    }

    // --- flow collections, on one line ---

    /** The flow collection starting at {@code next[0]}; leaves {@code next[0]} after its closing bracket. */
    private YNode flow(int[] next) {
        deeper();
        int p = next[0];
        Location at = location(p);
        boolean map = at(p) == '{';
        char close = map ? '}' : ']';
        List<YNode> items = new ArrayList<>();
        List<YEntry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        p = skipSpaces(p + 1);
        if (at(p) != close) {
            while (true) {
                if (map) {
                    int keyStart = p;
                    int colon = flowKeyEnd(p);
                    Location keyAt = location(keyStart);
                    String name = interner.text(keyText(keyStart, colon));
                    p = skipSpaces(colon + 1);
                    next[0] = p;
                    YNode value = flowNode(next);
                    add(entries, seen, new YScalar(name, ScalarKind.STRING, keyAt), value);
                } else {
                    next[0] = p;
                    items.add(flowNode(next));
                }
                p = skipSpaces(next[0]);
                if (at(p) == ',') {
                    p = skipSpaces(p + 1);
                    if (at(p) == close || at(p) == ',') throw DECLINED; // a trailing or doubled comma
                } else if (at(p) == close) {
                    break;
                } else {
                    throw DECLINED;
                }
            }
        }
        next[0] = p + 1;
        depth--;
        return map ? new YMap(List.copyOf(entries), at) : new YList(List.copyOf(items), at);
    }

    /** The index of the ":" ending the flow mapping key at {@code p}. */
    private int flowKeyEnd(int p) {
        char c = at(p);
        int colon;
        if (c == '"' || c == '\'') {
            colon = quoteEnd(p) + 1;
            if (at(colon) != ':') throw DECLINED;
        } else {
            if (!plainStart(p)) throw DECLINED;
            colon = p;
            while (at(colon) != ':') {
                char ch = at(colon);
                if (flowStop(ch) || ch == ',' || ch == ']' || ch == '}') throw DECLINED; // a key without a value
                colon++;
            }
            if (chars[colon - 1] == ' ') throw DECLINED;
        }
        if (at(colon + 1) != ' ') throw DECLINED;
        return colon;
    }

    private YNode flowNode(int[] next) {
        int p = next[0];
        char c = at(p);
        if (c == '{' || c == '[') return flow(next);
        if (c == '"' || c == '\'') {
            int close = quoteEnd(p);
            next[0] = close + 1;
            return quoted(p, close);
        }
        if (!plainStart(p)) throw DECLINED;
        int i = p;
        while (true) {
            char ch = at(i);
            if (ch == ',' || ch == ']' || ch == '}') break;
            if (ch == '\n' || flowStop(ch)) throw DECLINED;
            i++;
        }
        next[0] = i;
        int end = i;
        while (chars[end - 1] == ' ') end--;
        return plain(p, end);
    }

    /** Characters a plain scalar in a flow collection may not hold here (some end it, some need care). */
    private static boolean flowStop(char c) {
        return c == ':' || c == '#' || c == '?' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '\n';
    }

    // --- scalars ---

    /**
     * Whether a plain scalar may start at {@code p}: not with an indicator. A "-" is accepted before a
     * digit only (a negative number).
     */
    private boolean plainStart(int p) {
        char c = at(p);
        switch (c) {
            case '-':
                char d = at(p + 1);
                return d >= '0' && d <= '9';
            case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '\n', ' ':
                return false;
            default:
                return true;
        }
    }

    /** The index of the quote closing the quoted scalar at {@code p}, on the same line. */
    private int quoteEnd(int p) {
        char q = at(p);
        int e = ends[line];
        for (int i = p + 1; i < e; i++) {
            char c = chars[i];
            if (q == '"' && c == '\\') throw DECLINED; // escapes
            if (c == q) {
                if (q == '\'' && i + 1 < e && chars[i + 1] == '\'') {
                    i++;
                    continue;
                }
                return i;
            }
        }
        throw DECLINED; // goes on to the next line, or is not closed
    }

    private YScalar quoted(int p, int close) {
        String value = at(p) == '"' ? text.substring(p + 1, close) : singleQuoted(p, close);
        return new YScalar(interner.text(value), ScalarKind.STRING, location(p));
    }

    private String singleQuoted(int p, int close) {
        String inner = text.substring(p + 1, close);
        return inner.indexOf('\'') < 0 ? inner : inner.replace("''", "'");
    }

    /** The plain scalar text[p, end), with the kind Jackson gives it. */
    private YScalar plain(int p, int end) {
        String value = text.substring(p, end);
        return new YScalar(interner.text(value), kind(value), location(p));
    }

    /**
     * The kind Jackson's YAML parser gives a plain scalar. Decimal numbers are recognised here; other
     * values whose first character may start a number, boolean or null go through SnakeYAML's resolver
     * (as in Jackson), and numbers in other notations (octal, hexadecimal, with "_") are declined.
     */
    private static ScalarKind kind(String v) {
        int number = decimal(v);
        if (number == 1) return ScalarKind.INT;
        if (number == 2) return ScalarKind.FLOAT;
        if ("-+0123456789.yYnNtTfFoO~<".indexOf(v.charAt(0)) < 0) return ScalarKind.STRING;
        Tag tag = RESOLVER.resolve(NodeId.scalar, v, true);
        if (Tag.STR.equals(tag)) return ScalarKind.STRING;
        if (Tag.NULL.equals(tag)) return ScalarKind.NULL;
        if (Tag.BOOL.equals(tag)) return ScalarKind.BOOL;
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) throw DECLINED;
        return ScalarKind.STRING; // timestamps and the like: Jackson reads them as text
    }

    /**
     * 1 for an integer such as "-12" or "0", 2 for a decimal such as "61.50", else 0. Long digit
     * strings are left to Jackson, which limits the length of numbers.
     */
    private static int decimal(String v) {
        if (v.length() > 100) return 0;
        int i = v.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') i++;
        if (i == digits) return 0;
        if (i == v.length()) return v.charAt(digits) == '0' && i - digits > 1 ? 0 : 1;
        if (v.charAt(i) != '.' || i + 1 == v.length()) return 0;
        for (int j = i + 1; j < v.length(); j++) {
            if (v.charAt(j) < '0' || v.charAt(j) > '9') return 0;
        }
        return 2;
    }

    private int skipSpaces(int p) {
        while (at(p) == ' ') p++;
        return p;
    }
}
