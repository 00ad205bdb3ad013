package cn.gongkai.content.shape;

import cn.gongkai.content.yaml.YNode.ScalarKind;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.Amount;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalarsTest {

    private static Object readAmount(String text, List<Finding> findings) {
        ReadContext ctx = new ReadContext(findings::add);
        ctx.unit(MoneyUnit.WAN_YUAN);
        return Scalars.amount().read(new YScalar(text, ScalarKind.STRING, new Location("f.yaml", 7, 9)), ctx);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "265.71|265.71", "4|4", "1.50|1.50", "0|0", "1234567.891234|1234567.891234"})
    void plainDecimalsAreKeptExactly(String text, String expected) {
        List<Finding> findings = new ArrayList<>();
        Amount a = (Amount) readAmount(text, findings);
        assertTrue(findings.isEmpty(), findings.toString());
        assertEquals(new BigDecimal(expected), a.value());
        assertEquals(MoneyUnit.WAN_YUAN, a.unit());
        assertEquals(7, a.at().line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'1,234.5'|千位分隔符|1234.5",
            "'42,41'|小数点写成了逗号|42.41",
            "１２３．４|全角|123.4",
            "12万|单位|",
            "-5|负数|",
            "1e3|科学计数法|",
            "12345678901234|超出范围|",
            "百|不是数字|"})
    void malformedAmountsAreExplained(String text, String why, String suggestion) {
        List<Finding> findings = new ArrayList<>();
        assertNull(readAmount(text, findings));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(new Location("f.yaml", 7, 9), f.location());
        assertTrue(f.message().contains(why), f.message());
        if (suggestion != null) assertTrue(f.message().contains(suggestion), f.message());
    }
}
