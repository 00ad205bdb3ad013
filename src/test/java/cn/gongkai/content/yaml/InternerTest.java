package cn.gongkai.content.yaml;

import cn.gongkai.content.yaml.YNode.YMap;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.FunctionCode;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.testing.Sample;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Equal values read during one load are one object; values that only look alike are not merged. */
class InternerTest {

    private final YamlReader yaml = new YamlReader();

    private String name(String text, Interner interner) {
        YMap root = (YMap) yaml.read("a.yaml", text, f -> { throw new AssertionError(f.toString()); }, interner).orElseThrow();
        return ((YScalar) root.get("name").orElseThrow()).text();
    }

    @Test
    void equalScalarsOfTwoFilesAreOneString() {
        Interner interner = Interner.create();
        String a = name("name: 行政运行\n", interner);
        String b = name("{ name: 行政运行 }\n", interner);
        assertEquals("行政运行", b);
        assertSame(a, b);
        assertNotSame(name("name: 行政运行\n", Interner.NONE), name("name: 行政运行\n", Interner.NONE));
    }

    @Test
    void longTextsAreLeftAlone() {
        Interner interner = Interner.create();
        String text = "很".repeat(Interner.MAX_LENGTH + 1);
        assertNotSame(name("name: " + text + "\n", interner), name("name: " + text + "\n", interner));
    }

    @Test
    void amountsKeepTheirScale() {
        Interner interner = Interner.create();
        BigDecimal one = interner.value(new BigDecimal("1.0"));
        assertSame(one, interner.value(new BigDecimal("1.0")));
        BigDecimal two = interner.value(new BigDecimal("1.00"));
        assertNotSame(one, two);
        assertEquals("1.00", two.toPlainString());
    }

    @Test
    void theSampleSharesCodesAndAmountsAcrossTables() {
        Map<String, FunctionCode> codes = new HashMap<>();
        Map<BigDecimal, BigDecimal> amounts = new HashMap<>();
        List<Object> repeats = new ArrayList<>();
        for (DisclosureTable t : Sample.zhenan2019().tables().all()) {
            for (CodedRow<?, ?> r : t.rows()) {
                if (!(r.code() instanceof FunctionCode code) || r.computed()) continue;
                FunctionCode first = codes.putIfAbsent(code.digits(), code);
                if (first != null) {
                    assertSame(first, code, "code " + code.digits() + " in " + t.kind());
                    repeats.add(code);
                }
                r.cells().asMap().values().forEach(a -> {
                    if (a.computed()) return;
                    BigDecimal seen = amounts.putIfAbsent(a.value(), a.value());
                    if (seen != null && seen.scale() == a.value().scale()) assertSame(seen, a.value(), a.at().toString());
                });
            }
        }
        // 镇安 2019 publishes the same function codes in 公开01, 02, 03, 05: they are one object each
        assertTrue(repeats.size() > 10, "repeated codes: " + repeats.size());
    }
}
