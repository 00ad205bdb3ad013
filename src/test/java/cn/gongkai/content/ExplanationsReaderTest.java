package cn.gongkai.content;

import cn.gongkai.model.ExplanationSection;
import cn.gongkai.model.Finding;
import cn.gongkai.model.StandardSection;
import cn.gongkai.view.MarkdownHtml;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExplanationsReaderTest {

    private final List<Finding> findings = new ArrayList<>();

    private List<ExplanationSection> read(String md) {
        return new ExplanationsReader(MarkdownHtml.newParser()).read("e.md", md, findings::add);
    }

    @Test
    void sectionsAreRecognisedByTheirHeadingsWithBodyAndLine() {
        List<ExplanationSection> s = read("## 一、收入支出决算总体情况说明\n\n正文一。\n\n## 六、一般公共预算财政拨款基本支出决算情况说明\n\n### （一）小节\n正文六。\n");
        assertEquals(List.of(StandardSection.SUMMARY, StandardSection.BASIC_EXPENDITURE), s.stream().map(ExplanationSection::section).toList());
        assertEquals("正文一。", s.get(0).markdown());
        assertEquals("### （一）小节\n正文六。", s.get(1).markdown());
        assertEquals(5, s.get(1).heading().at().line());
        assertEquals(List.of(), findings);
    }

    @Test
    void specificSectionsWinOverGeneralOnes() {
        assertEquals(StandardSection.BASIC_EXPENDITURE, StandardSection.matching("六、一般公共预算财政拨款基本支出决算情况说明").orElseThrow());
        assertEquals(StandardSection.EXPENDITURE, StandardSection.matching("三、支出决算情况说明").orElseThrow());
        assertEquals(StandardSection.OTHER_MATTERS, StandardSection.matching("十一、其他重要事项说明").orElseThrow());
    }

    @Test
    void unknownDuplicateAndOrphanTextAreReported() {
        read("前言\n\n## 一、收入支出决算总体情况说明\n\n## 一、收入支出决算总体情况说明\n\n## 天气情况\n");
        assertEquals(List.of("EXPL03", "EXPL02", "EXPL01"), findings.stream().map(Finding::code).toList());
        assertEquals(List.of(1, 5, 7), findings.stream().map(f -> f.location().line()).toList());
    }

    @Test
    void markdownBeyondWhatTheParserHandlesIsRefusedBeforeParsing() {
        assertEquals(List.of(), read("## 十、预算绩效情况说明\n\n" + ">".repeat(100_000) + "\n"));
        assertEquals("EXPL05", findings.get(0).code());
        assertEquals(3, findings.get(0).location().line());
    }

    @Test
    void ordinaryMarkdownIsWithinTheLimits() {
        String md = "## 十、预算绩效情况说明\n\n- 一级\n  - 二级\n    1. 三级\n\n> 引用\n\n***\n\n**粗体**和_斜体_，<b>加粗</b>，2019-2020 年。\n";
        read(md);
        assertEquals(List.of(), findings);
    }

    @Test
    void lineOfEveryOffsetCountsTheLineFeedsBeforeIt() {
        for (String text : List.of("", "\n", "一", "## 一\n\n正文\r\n\n### 原因：x\n", "a\n\n\nb\n")) {
            int[] starts = ExplanationsReader.lineStarts(text);
            for (int offset = 0; offset <= text.length() + 1; offset++) {
                long feeds = text.chars().limit(offset).filter(c -> c == '\n').count();
                assertEquals(feeds + 1, ExplanationsReader.lineOf(starts, offset), "offset " + offset + " of " + text);
            }
        }
    }
}
