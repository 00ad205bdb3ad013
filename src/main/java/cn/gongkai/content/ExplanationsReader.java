package cn.gongkai.content;

import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.StandardSection;
import cn.gongkai.model.Text;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Splits explanations.md into the standard sections of 情况说明 by its level-2 headings
 * ({@code ## 一、收入支出决算总体情况说明}); everything under a heading up to the next one is that
 * section's Markdown.
 */
final class ExplanationsReader {

    private final Parser parser;

    ExplanationsReader(Parser parser) {
        this.parser = parser;
    }

    List<ExplanationSection> read(String file, String text, Consumer<Finding> report) {
        Node doc = parser.parse(text);
        List<Heading> headings = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 2) headings.add(h);
        }
        int firstOffset = headings.isEmpty() ? text.length() : headings.get(0).getStartOffset();
        if (!text.substring(0, firstOffset).isBlank()) {
            int line = firstNonBlankLine(text, firstOffset);
            report.accept(Finding.error("EXPL03", new Location(file, line, 1),
                    "第一个「## 」标题之前有文字；情况说明的每段文字都应放在某个部分的标题（如「## 一、收入支出决算总体情况说明」）之下"));
        }
        Map<StandardSection, ExplanationSection> sections = new EnumMap<>(StandardSection.class);
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            String title = h.getText().toString().strip();
            Location at = new Location(file, h.getStartLineNumber() + 1, 1);
            if (h.getLevel() == 1) {
                report.accept(Finding.error("EXPL01", at, "情况说明的部分标题应为二级标题「## 」，实际为一级标题「# " + title + "」",
                        "## " + title, "# " + title));
                continue;
            }
            StandardSection s = StandardSection.matching(title).orElse(null);
            if (s == null) {
                report.accept(Finding.error("EXPL01", at, "无法识别的情况说明标题「" + title + "」；应为以下之一："
                        + java.util.Arrays.stream(StandardSection.values()).map(StandardSection::heading).collect(Collectors.joining("、")),
                        "标准部分标题", title));
                continue;
            }
            if (sections.containsKey(s)) {
                report.accept(Finding.error("EXPL02", at, "情况说明「" + s.heading() + "」写了两次（第一次在第 "
                        + sections.get(s).heading().at().line() + " 行）"));
                continue;
            }
            int bodyStart = h.getEndOffset();
            int bodyEnd = i + 1 < headings.size() ? headings.get(i + 1).getStartOffset() : text.length();
            while (bodyStart < bodyEnd && Character.isWhitespace(text.charAt(bodyStart))) bodyStart++;
            int bodyLine = 1 + (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
            sections.put(s, new ExplanationSection(s, new Text(title, at), text.substring(bodyStart, bodyEnd).strip(),
                    new Location(file, bodyLine, 1)));
        }
        return List.copyOf(sections.values());
    }

    private static int firstNonBlankLine(String text, int limit) {
        int line = 1;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            else if (!Character.isWhitespace(c)) return line;
        }
        return line;
    }
}
