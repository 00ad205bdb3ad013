package cn.gongkai.content.yaml;

import cn.gongkai.content.yaml.YNode.YMap;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.Finding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private final List<Finding> findings = new ArrayList<>();

    private Optional<YNode> read(String text) {
        return new YamlReader().read("f.yaml", text, findings::add);
    }

    @Test
    void everyNodeKnowsItsLineAndColumnAndScalarsKeepTheirText() {
        YMap root = (YMap) read("unit: 万元\nrows:\n  - { code: \"301\", total: 61.50 }\n").orElseThrow();
        YScalar total = (YScalar) ((YMap) ((YNode.YList) root.get("rows").orElseThrow()).items().get(0)).get("total").orElseThrow();
        assertEquals("61.50", total.text(), "the number is kept as written, trailing zero included");
        assertEquals(3, total.at().line());
        assertEquals(27, total.at().column());
    }

    @Test
    void duplicateKeysAreReportedWithBothLines() {
        read("a: 1\nb: 2\na: 3\n");
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("YAML05", f.code());
        assertEquals(3, f.location().line());
        assertTrue(f.message().contains("第 1 行"), f.message());
    }

    @Test
    void syntaxErrorsAreExplainedInChinese() {
        assertTrue(read("a: 1\n  b: 2\n").isEmpty());
        assertEquals("YAML01", findings.get(0).code());
        assertTrue(findings.get(0).message().contains("缩进") || findings.get(0).message().contains("键值"), findings.get(0).message());
        assertEquals(2, findings.get(0).location().line());
    }

    @Test
    void anchorsAndAliasesAreRefusedAndNeverExpanded() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) y.append(i == 0 ? "" : ", ").append('*').append(prev);
            y.append("]\n");
            prev = c;
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(y.toString()));
        assertTrue(findings.size() >= 1);
        assertTrue(findings.stream().allMatch(f -> f.code().equals("YAML06")), findings.toString());
        assertTrue(findings.get(0).message().contains("别名"), findings.get(0).message());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertTrue(read(deep).isEmpty()));
        assertTrue(findings.get(0).message().contains("嵌套"), findings.get(0).message());
    }

    @Test
    void deepNestingIsReportedWhereTheLimitIsPassed() {
        StringBuilder deep = new StringBuilder("title: x\n");
        for (int i = 0; i < 50; i++) deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        assertTrue(read(deep.toString()).isEmpty());
        assertEquals("YAML01", findings.get(0).code());
        // The root is level 1 and k0's map level 2 (line 3): level MAX_DEPTH + 1 starts on line MAX_DEPTH + 2.
        assertEquals(YamlReader.MAX_DEPTH + 2, findings.get(0).location().line(), "the line where the nesting passes the limit");
    }

    @Test
    void controlCharactersWrittenAsEscapesAreReportedAndNotPassedOn() {
        YMap root = (YMap) read("name: \"甲\\e[2J乙\"\n\"k\\x01\": 1\nok: \"丙\\t丁😀\"\n").orElseThrow();
        assertEquals(List.of("YAML08", "YAML08"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("U+001B"), findings.get(0).message());
        assertEquals(2, findings.get(1).location().line());
        assertEquals("甲\uFFFD[2J乙", ((YScalar) root.get("name").orElseThrow()).text(), "later messages cannot print the character");
        assertEquals("丙\t丁😀", ((YScalar) root.get("ok").orElseThrow()).text(), "tabs and characters beyond U+FFFF are text");
    }

    @Test
    void tabsAreExplained() {
        assertTrue(read("a:\n\tb: 1\n").isEmpty());
        assertTrue(findings.get(0).message().contains("制表符"), findings.get(0).message());
    }
}
