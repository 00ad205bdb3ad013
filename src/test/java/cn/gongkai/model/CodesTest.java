package cn.gongkai.model;

import cn.gongkai.view.ChineseNumerals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodesTest {

    @Test
    void functionCodesHaveThreeLevels() {
        FunctionCode item = FunctionCode.of("2010301");
        assertEquals("项", item.levelName());
        assertEquals(FunctionCode.of("20103"), item.parent().orElseThrow());
        assertEquals(FunctionCode.of("201"), item.parent().orElseThrow().parent().orElseThrow());
        assertTrue(FunctionCode.of("201").parent().isEmpty());
        assertFalse(FunctionCode.isValid("2010"));
        assertFalse(FunctionCode.isValid("0201"));
        assertFalse(FunctionCode.isValid("201030101"));
    }

    @Test
    void economicCodesHaveTwoLevels() {
        assertEquals(EconomicCode.of("302"), EconomicCode.of("30217").parent().orElseThrow());
        assertFalse(EconomicCode.isValid("3021701"));
    }

    @Test
    void chineseNumerals() {
        assertEquals("一", ChineseNumerals.of(1));
        assertEquals("十", ChineseNumerals.of(10));
        assertEquals("十一", ChineseNumerals.of(11));
        assertEquals("二十三", ChineseNumerals.of(23));
    }

    @Test
    void catalogIsVersionedByYear() {
        var loader = new cn.gongkai.content.CatalogLoader();
        assertEquals("卫生健康支出", loader.forYear(2019).name(FunctionCode.of("210")).orElseThrow());
        assertEquals("医疗卫生与计划生育支出", loader.forYear(2018).name(FunctionCode.of("210")).orElseThrow());
        assertEquals(22, loader.forYear(2019).summaryClasses().size());
        assertEquals(9, loader.forYear(2019).summaryLine(FunctionCode.of("210")).orElseThrow());
        assertEquals("公务接待费", loader.forYear(2019).name(EconomicCode.of("30217")).orElseThrow());
    }
}
