package cn.gongkai.render.chart;

import cn.gongkai.view.chart.ChartData;
import cn.gongkai.view.chart.ChartSeries;
import cn.gongkai.view.chart.ChartKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cn.gongkai.render.chart.Charts.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChartDataTest {

    private static ChartData chart(String id, ChartKind kind, List<String> categories, ChartSeries... series) {
        return new ChartData(id, kind, "标题", "摘要。", "金额（万元）", categories, List.of(series));
    }

    @Test
    void rejectsWhatWouldBreakThePageOrTheChart() {
        List<String> two = List.of("甲", "乙");
        assertThrows(IllegalArgumentException.class, () -> chart("Upper", ChartKind.HORIZONTAL_BAR, two, series("a", "1", "2")));
        assertThrows(IllegalArgumentException.class, () -> chart("a b", ChartKind.HORIZONTAL_BAR, two, series("a", "1", "2")));
        assertThrows(IllegalArgumentException.class, () -> chart("x", ChartKind.HORIZONTAL_BAR, List.of()));
        assertThrows(IllegalArgumentException.class, () -> chart("x", ChartKind.HORIZONTAL_BAR, two, series("a", "1")));
        assertThrows(IllegalArgumentException.class, () -> chart("x", ChartKind.HORIZONTAL_BAR, two,
                series("a", "1", "2"), series("b", "1", "2")));
        assertThrows(IllegalArgumentException.class, () -> chart("x", ChartKind.GROUPED_HORIZONTAL_BAR, two, series("a", "1", "2")));
        assertThrows(IllegalArgumentException.class, () -> chart("x", ChartKind.GROUPED_HORIZONTAL_BAR, two,
                series("a", "1", "2"), series("b", "1", "2"), series("c", "1", "2"), series("d", "1", "2")));
        assertThrows(IllegalArgumentException.class, () -> new ChartData("x", ChartKind.VERTICAL_BAR, " ", "摘要。", "个",
                two, List.of(series("a", "1", "2"))));
    }

    @Test
    void aBlankCellStaysNullAndTheSeriesCannotBeChangedAfterwards() {
        List<BigDecimal> values = new ArrayList<>(Arrays.asList(new BigDecimal("1"), null));
        ChartSeries s = new ChartSeries("决算数", values);
        values.set(1, BigDecimal.TEN);
        assertNull(s.values().get(1));
        assertThrows(UnsupportedOperationException.class, () -> s.values().set(0, BigDecimal.ONE));
        assertEquals(Arrays.asList(BigDecimal.ONE, null), ChartSeries.of("预算数", BigDecimal.ONE, null).values());
    }

    @Test
    void contentHashIsFixedForFixedData() {
        ChartData chart = Charts.budgetVsActual();
        assertEquals(chart.contentHash(), Charts.budgetVsActual().contentHash());
        assertEquals(64, chart.contentHash().length());
        // pinned: a change here changes every cache key, so it must be deliberate
        assertEquals("6fbfc48d9250a0b2dc34ae623830893d9ab06122c07f350e954230fc66a467e1", chart.contentHash());
    }

    @Test
    void contentHashChangesWithEveryField() {
        ChartData base = Charts.income();
        List<ChartData> variants = List.of(
                new ChartData("other", base.kind(), base.title(), base.summary(), base.valueAxisLabel(), base.categories(), base.series()),
                new ChartData(base.id(), base.kind(), base.title() + "。", base.summary(), base.valueAxisLabel(), base.categories(), base.series()),
                new ChartData(base.id(), base.kind(), base.title(), base.summary() + "。", base.valueAxisLabel(), base.categories(), base.series()),
                new ChartData(base.id(), base.kind(), base.title(), base.summary(), "金额（元）", base.categories(), base.series()),
                new ChartData(base.id(), base.kind(), base.title(), base.summary(), base.valueAxisLabel(),
                        List.of("财政拨款收入", "事业收入", "其他收入", "年初结余"), base.series()),
                new ChartData(base.id(), ChartKind.VERTICAL_BAR, base.title(), base.summary(), base.valueAxisLabel(), base.categories(), base.series()),
                withValues(base, "265.71", "0", "-3.2", "12.340"),
                withValues(base, "265.71", null, "-3.2", "12.34"),
                new ChartData(base.id(), base.kind(), base.title(), base.summary(), base.valueAxisLabel(), base.categories(),
                        List.of(new ChartSeries("预算数", base.series().get(0).values()))));
        for (ChartData v : variants) assertNotEquals(base.contentHash(), v.contentHash(), v.toString());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        ChartData a = new ChartData("x", ChartKind.HORIZONTAL_BAR, "标题", "摘要。", "金额", List.of("ab", "c"),
                List.of(series("s", "1", "2")));
        ChartData b = new ChartData("x", ChartKind.HORIZONTAL_BAR, "标题", "摘要。", "金额", List.of("a", "bc"),
                List.of(series("s", "1", "2")));
        assertNotEquals(a.contentHash(), b.contentHash());
    }

    private static ChartData withValues(ChartData base, String... values) {
        return new ChartData(base.id(), base.kind(), base.title(), base.summary(), base.valueAxisLabel(), base.categories(),
                List.of(series(base.series().get(0).name(), values)));
    }
}
