package cn.gongkai.content.shape;

import cn.gongkai.content.yaml.YNode.ScalarKind;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.Amount;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    private static Object read(Shape<?> shape, String text, List<Finding> findings) {
        return shape.read(new YScalar(text, ScalarKind.STRING, new Location("f.yaml", 3, 5)), new ReadContext(findings::add));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"92.67|92.67", "92.67%|92.67", "100|100", "-5|-5", "120%|120"})
    void percentagesAreReadWithOrWithoutTheSign(String text, String expected) {
        List<Finding> findings = new ArrayList<>();
        Quantity q = (Quantity) read(Scalars.percent(), text, findings);
        assertTrue(findings.isEmpty(), findings.toString());
        assertEquals(new BigDecimal(expected), q.value(), "the range is a rule's business, not the reader's");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'92,67%'|小数点写成了逗号", "九成|不是数字", "%|不是数字"})
    void malformedPercentagesAreExplained(String text, String why) {
        List<Finding> findings = new ArrayList<>();
        assertNull(read(Scalars.percent(), text, findings));
        assertEquals(1, findings.size());
        assertEquals("YAML07", findings.get(0).code());
        assertTrue(findings.get(0).message().contains(why), findings.get(0).message());
    }

    @Test
    void datesAreIsoCalendarDays() {
        List<Finding> findings = new ArrayList<>();
        assertEquals(LocalDate.of(2020, 10, 31), read(Scalars.date(), "2020-10-31", findings));
        for (String bad : List.of("2020-02-30", "2020/10/31", "2020年10月31日", "20201031")) {
            assertNull(read(Scalars.date(), bad, findings), bad);
        }
        assertEquals(4, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.code().equals("YAML02") && f.message().contains("2020-10-31")), findings.toString());
    }
}
