package cn.gongkai.view;

import cn.gongkai.model.ModelRefs;
import cn.gongkai.testing.Sample;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {{ … }} references name model figures in English or Chinese spelling. */
class ReferencesTest {

    private final ModelRefs refs = ModelRefs.of(Sample.zhenan2019());

    private BigDecimal value(String ref) {
        return refs.resolve(ref).orElseThrow(() -> new AssertionError("unresolved " + ref)).amount().value();
    }

    @Test
    void englishAndChineseNamesResolveToTheSameCell() {
        assertEquals(0, new BigDecimal("102.39").compareTo(value("gk03.total.basic")));
        assertEquals(0, new BigDecimal("102.39").compareTo(value("公开03.合计.基本支出")));
        assertEquals(0, new BigDecimal("102.39").compareTo(value("公开03表 . 合计行 . 基本支出")));
        assertEquals(0, new BigDecimal("42.41").compareTo(value("gk06.30101.personnel")));
        assertEquals(0, new BigDecimal("265.71").compareTo(value("公开01.本年收入合计")));
        assertEquals(0, new BigDecimal("240.48").compareTo(value("gk01.201")));
        assertEquals(0, new BigDecimal("1.40").compareTo(value("公开07.决算数.会议费")));
        assertEquals(0, new BigDecimal("44.14").compareTo(value("facts.operating_costs.adjusted")));
    }

    @Test
    void blankCellsHaveNamesAndUnknownOnesDoNot() {
        assertTrue(refs.resolve("gk07.actual.overseas").orElseThrow().blank());
        assertTrue(refs.resolve("gk03.total.income").isEmpty());
        assertTrue(refs.suggestions("gk03.total.income").contains("gk03.total.basic"));
    }

    /** Tables are named when first asked for: every figure still resolves by its own name, in one stable order. */
    @Test
    void everyFigureResolvesByItsCanonicalName() {
        List<String> names = refs.all().stream().map(ModelRefs.Ref::name).toList();
        assertTrue(names.size() > 100, "figures of all tables and the facts: " + names.size());
        assertEquals("gk01", names.get(0).substring(0, 4), "tables in the disclosure's order, facts last");
        assertTrue(names.get(names.size() - 1).startsWith("facts."), names.get(names.size() - 1));
        for (ModelRefs.Ref r : refs.all()) assertSame(r, refs.resolve(r.name()).orElseThrow(() -> new AssertionError(r.name())));
        assertEquals(names, refs.all().stream().map(ModelRefs.Ref::name).toList());
        assertTrue(refs.suggestions("facts.operating_costs.spent").contains("facts.operating_costs.actual"));
        assertTrue(refs.resolve("facts").isEmpty());
        assertTrue(refs.resolve("公开99.合计").isEmpty());
    }
}
