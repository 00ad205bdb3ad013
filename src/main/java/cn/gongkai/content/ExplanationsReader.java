package cn.gongkai.content;

import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.ExplanationSection.Reason;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.Text;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits explanations.md into the standard sections of 情况说明 by its level-2 headings
 * ({@code ## 一、收入支出决算总体情况说明}). Inside a section, a level-3 heading
 * {@code ### 原因：<对象>} starts a reason for one figure (a 项 code such as 2010301, an item such as
 * 会议费, or 与上年相比); everything else is notes; {@code <!-- 手写 -->} at the top of a section
 * means the editor's text replaces the generated sentences.
 */
final class ExplanationsReader {

    /** The marker by which an editor replaces a section's generated sentences with their own text. */
    static final String HAND_WRITTEN = "<!-- 手写 -->";
    private static final Pattern REASON = Pattern.compile("原因[：:]\\s*(.+)");

    private final Parser parser;

    ExplanationsReader(Parser parser) {
        this.parser = parser;
    }

    List<ExplanationSection> read(String file, String text, Consumer<Finding> report) {
        if (!MarkdownLimits.check(file, text, report)) return List.of();
        Node doc = parser.parse(text);
        int[] lines = lineStarts(text);
        List<Heading> headings = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 3) headings.add(h);
        }
        int firstSection = headings.stream().filter(h -> h.getLevel() <= 2).findFirst().map(Heading::getStartOffset).orElse(text.length());
        if (!text.substring(0, firstSection).isBlank()) {
            report.accept(Finding.error("EXPL03", new Location(file, lineOf(lines, firstNonBlank(text, 0, firstSection)), 1),
                    "第一个「## 」标题之前有文字；情况说明的每段文字都应放在某个部分的标题（如「## 一、收入支出决算总体情况说明」）之下"));
        }
        Map<StandardSection, ExplanationSection> sections = new EnumMap<>(StandardSection.class);
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.getLevel() == 3) continue;
            String title = h.getText().toString().strip();
            Location at = new Location(file, h.getStartLineNumber() + 1, 1);
            if (h.getLevel() == 1) {
                report.accept(Finding.error("EXPL01", at, "情况说明的部分标题应为二级标题「## 」，实际为一级标题「# " + title + "」",
                        "## " + title, "# " + title));
                continue;
            }
            StandardSection s = StandardSection.matching(title).orElse(null);
            int end = text.length();
            int next = i + 1;
            List<Heading> subs = new ArrayList<>();
            while (next < headings.size() && headings.get(next).getLevel() == 3) subs.add(headings.get(next++));
            if (next < headings.size()) end = headings.get(next).getStartOffset();
            if (s == null) {
                report.accept(Finding.error("EXPL01", at, "无法识别的情况说明标题「" + title + "」；应为以下之一："
                        + Arrays.stream(StandardSection.values()).map(StandardSection::heading).collect(Collectors.joining("、")),
                        "标准部分标题", title));
                continue;
            }
            if (sections.containsKey(s)) {
                report.accept(Finding.error("EXPL02", at, "情况说明「" + s.heading() + "」写了两次（第一次在第 "
                        + sections.get(s).heading().at().line() + " 行）"));
                continue;
            }
            sections.put(s, section(file, text, lines, s, new Text(title, at), h.getEndOffset(), end, subs));
        }
        return List.copyOf(sections.values());
    }

    /** One section: its reason blocks taken out, the rest kept as notes. */
    private ExplanationSection section(String file, String text, int[] lines, StandardSection s, Text heading, int start, int end,
                                       List<Heading> subs) {
        int bodyStart = firstNonBlank(text, start, end);
        String body = text.substring(bodyStart, end).strip();
        List<Reason> reasons = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        int cursor = bodyStart;
        for (int k = 0; k < subs.size(); k++) {
            Heading sub = subs.get(k);
            Matcher m = REASON.matcher(sub.getText().toString().strip());
            if (!m.matches()) continue;
            notes.append(text, cursor, sub.getStartOffset());
            int reasonEnd = k + 1 < subs.size() ? subs.get(k + 1).getStartOffset() : end;
            int reasonStart = firstNonBlank(text, sub.getEndOffset(), reasonEnd);
            reasons.add(new Reason(m.group(1).strip(), new Location(file, sub.getStartLineNumber() + 1, 1), new Text(text.substring(reasonStart, reasonEnd).strip(),
                    new Location(file, lineOf(lines, reasonStart), 1))));
            cursor = reasonEnd;
        }
        notes.append(text, Math.min(cursor, end), end);
        String noteText = notes.toString().strip();
        boolean handWritten = noteText.startsWith(HAND_WRITTEN);
        if (handWritten) noteText = noteText.substring(HAND_WRITTEN.length()).strip();
        int notesStart = noteText.isEmpty() ? bodyStart : text.indexOf(noteText.lines().findFirst().orElse(""), bodyStart);
        return new ExplanationSection(s, heading, body, new Location(file, lineOf(lines, bodyStart), 1), noteText,
                new Location(file, lineOf(lines, Math.max(bodyStart, notesStart)), 1), reasons, handWritten);
    }

    private static int firstNonBlank(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** Where each line of {@code text} starts: 0, and the offset after each line feed. */
    static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
        int[] starts = new int[count];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
        return starts;
    }

    /** The line (from 1) of {@code offset}: how many lines start at or before it. */
    static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
