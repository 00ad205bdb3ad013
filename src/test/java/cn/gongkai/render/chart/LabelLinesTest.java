package cn.gongkai.render.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelLinesTest {

    /** One em per Chinese character at 10 px: widths are easy to count. */
    private static final TextMetrics METRICS = new EstimatedTextMetrics();
    private static final float SIZE = 10f;

    private static LabelLines wrap(String label, double width) {
        return LabelLines.wrap(label, width, 2, SIZE, METRICS);
    }

    @Test
    void aLabelThatFitsStaysOnOneLine() {
        assertEquals(new LabelLines(List.of("一般公共预算财政拨款"), false), wrap("一般公共预算财政拨款", 100));
    }

    @Test
    void chineseBreaksBetweenCharactersAndACodeStaysWhole() {
        // "2010301" is 7 × 6 px = 42 px; with a space (3 px) and 行 (10 px) it would need 55
        assertEquals(List.of("2010301", "行政运行"), wrap("2010301 行政运行", 50).lines());
        assertEquals(List.of("一般公共预", "算财政拨款"), wrap("一般公共预算财政拨款", 50).lines());
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        LabelLines closing = wrap("满意度指标（服务对象）", 100);
        assertEquals(List.of("满意度指标（服务对", "象）"), closing.lines());
        LabelLines opening = wrap("一二三四五六七八九（十）", 100);
        assertFalse(opening.lines().get(0).endsWith("（"), opening.lines().toString());
    }

    @Test
    void aLabelLongerThanTwoLinesEndsInAnEllipsisThatFits() {
        LabelLines cut = wrap("政府性基金预算财政拨款收入和其他各类收入合计", 60);
        assertTrue(cut.truncated());
        assertEquals(2, cut.lines().size());
        assertTrue(cut.lines().get(1).endsWith("…"));
        for (String line : cut.lines()) assertTrue(METRICS.width(line, SIZE) <= 60, line);
    }

    @Test
    void aSingleRunWiderThanTheLineIsCut() {
        LabelLines cut = wrap("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 60);
        assertTrue(cut.truncated());
        assertTrue(METRICS.width(cut.lines().get(0), SIZE) <= 60);
    }
}
