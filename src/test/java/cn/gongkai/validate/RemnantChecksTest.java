package cn.gongkai.validate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemnantChecksTest {

    /** Pieces of the remnants' patterns, their hints and ordinary text, to be put together at random. */
    private static final List<String> PIECES = List.of("XX", "X", "Ｘ", "×", "✕", "*", "＊", "主要原因", "是", "为", "：", ":", "。",
            "，", "；", "增加", "减少", "增长", "下降", "大于", "节约", "超过", "（", "(", "）", ")", "如持平作持平表述", "（单位名称）",
            "（部门名称）", "请在此处", "此处填写", "按上述格式", "在", "请", "如", "此", " ", "\n", "a", "b", "收入", "上年结转", "万元");

    @Test
    void aRemnantMatchesOnlyTextsItsHintsPointTo() {
        Random random = new Random(20261123);
        for (int t = 0; t < 100_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) text.append(PIECES.get(random.nextInt(PIECES.size())));
            assertTrue(RemnantChecks.hintsHold(text.toString()), text::toString);
        }
    }

    @Test
    void hintsLeaveOrdinaryTextAlone() {
        assertEquals(0, RemnantChecks.candidates("本年度收入（含上年结转）比上年增加 12.5 万元，主要是人员增加。"));
        assertEquals(0b0100, RemnantChecks.candidates("比上年增加（减少）"));
        assertEquals(0b1011, RemnantChecks.candidates("XX 局（单位名称）主要原因："));
    }
}
