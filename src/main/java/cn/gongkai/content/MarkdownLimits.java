package cn.gongkai.content;

import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;

import java.util.function.Consumer;

/**
 * What explanations.md may hold before the Markdown parser sees it. flexmark recurses once per level
 * of nesting and per mark of a divider line, and some of its steps take time growing with the square
 * of the input: a few kilobytes of {@code >>>>}, {@code - - - -}, {@code ****} or {@code <b><b><b>}
 * overflow the stack, and a few megabytes of links or character references take minutes. No real
 * 情况说明 comes near these limits (a few thousand characters of reasons and notes, a few levels of
 * lists, hardly any HTML), so beyond them the file is refused with EXPL05 at the place, instead of
 * the build hanging or crashing. Within them the slowest input found takes a few seconds.
 */
final class MarkdownLimits {

    /** 5 万字: ten times a long 情况说明's own text (the figures' sentences are generated, not written). */
    static final int MAX_CHARACTERS = 50_000;
    /** Levels of block quotes and lists on one line, counting two columns of extra indentation as a level. */
    static final int MAX_NESTING = 16;
    /** The marks * _ - in a row (spaces between them allowed): a divider needs 3, emphasis at most 3. */
    static final int MAX_MARK_RUN = 100;
    static final int MAX_HTML_TAGS = 200;
    /** Characters from a tag's "<" to its ">": an ordinary tag with a link is far shorter. */
    static final int MAX_TAG_LENGTH = 1000;

    private MarkdownLimits() {
    }

    /** Where in a line a limit is passed, what passed it, and the figure found. */
    private record Problem(int column, String what, String found) {
    }

    /** Reports the first place where {@code text} passes a limit; true when it passes none. */
    static boolean check(String file, String text, Consumer<Finding> report) {
        if (text.length() > MAX_CHARACTERS) {
            int line = 1 + (int) text.substring(0, MAX_CHARACTERS).chars().filter(c -> c == '\n').count();
            return refuse(report, file, line, new Problem(1, "共 " + text.length() + " 个字符（最多 " + MAX_CHARACTERS + " 个，第 " + line
                    + " 行已超出）", text.length() + " 个字符"));
        }
        int[] tags = {0};
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            Problem p = problem(text, start, text.substring(start, end), tags);
            if (p != null) return refuse(report, file, line, p);
            start = end + 1;
        }
        return true;
    }

    /** The first limit line {@code l} (at {@code start} in {@code text}) passes, or null; {@code tags} counts HTML tags so far. */
    private static Problem problem(String text, int start, String l, int[] tags) {
        int depth = nesting(l);
        if (depth > MAX_NESTING) return new Problem(1, "嵌套了 " + depth + " 层引用或列表（最多 " + MAX_NESTING + " 层）", depth + " 层");
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (isMark(c)) {
                int marks = 0;
                int k = i;
                for (; k < l.length() && (isMark(l.charAt(k)) || l.charAt(k) == ' ' || l.charAt(k) == '\t'); k++) {
                    if (isMark(l.charAt(k))) marks++;
                }
                if (marks > MAX_MARK_RUN) {
                    return new Problem(i + 1, "连续写了 " + marks + " 个 * _ - 符号（最多 " + MAX_MARK_RUN + " 个；分隔线写 3 个即可，如 ***）", marks + " 个");
                }
                i = k - 1;
            } else if (c == '<' && i + 1 < l.length() && isTagStart(l.charAt(i + 1))) {
                int close = text.indexOf('>', start + i);
                int length = (close < 0 ? text.length() : close + 1) - (start + i);
                if (length > MAX_TAG_LENGTH) {
                    return new Problem(i + 1, "有一个长达 " + length + " 个字符的 HTML 标签（最多 " + MAX_TAG_LENGTH + " 个）", length + " 个字符");
                }
                if (++tags[0] > MAX_HTML_TAGS) {
                    return new Problem(i + 1, "的 HTML 标签超过 " + MAX_HTML_TAGS + " 个（请用 Markdown 写格式）", "第 " + tags[0] + " 个");
                }
            }
        }
        return null;
    }

    private static boolean refuse(Consumer<Finding> report, String file, int line, Problem p) {
        report.accept(Finding.error("EXPL05", new Location(file, line, p.column()), "情况说明" + p.what()
                + "，超出了处理限度；请简化这里的写法", "正常的 Markdown 文字", p.found()));
        return false;
    }

    /** Block quote marks and list markers at the start of the line, plus half the indentation beyond their own spaces. */
    static int nesting(String line) {
        int depth = 0;
        int indent = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                indent += c == '\t' ? 4 : 1;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && endsMarker(line, i + 1)) {
                depth++;
                i++;
            } else if (c >= '0' && c <= '9') {
                int k = i;
                while (k < line.length() && k - i < 9 && Character.isDigit(line.charAt(k))) k++;
                if (k >= line.length() || (line.charAt(k) != '.' && line.charAt(k) != ')') || !endsMarker(line, k + 1)) break;
                depth++;
                i = k + 1;
            } else {
                break;
            }
        }
        // Each marker is followed by one space; more indentation than that nests a list one level per two columns.
        return depth == 0 ? 0 : depth + Math.max(0, indent - depth) / 2;
    }

    private static boolean endsMarker(String line, int i) {
        return i >= line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
    }

    /** The marks of dividers and emphasis; spaces and tabs between them do not break a run. */
    private static boolean isMark(char c) {
        return c == '*' || c == '_' || c == '-';
    }

    private static boolean isTagStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '/' || c == '!' || c == '?';
    }
}
