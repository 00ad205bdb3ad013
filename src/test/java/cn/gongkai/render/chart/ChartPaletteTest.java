package cn.gongkai.render.chart;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;

import static cn.gongkai.render.chart.Charts.contrast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartPaletteTest {

    @Test
    void barFillsStandOutFromTheBackground() {
        for (Color c : ChartPalette.SERIES) {
            assertTrue(contrast(c, ChartPalette.BACKGROUND) >= 3.0, c + ": " + contrast(c, ChartPalette.BACKGROUND));
        }
        assertTrue(contrast(ChartPalette.AXIS, ChartPalette.BACKGROUND) >= 3.0);
    }

    @Test
    void textIsReadable() {
        assertTrue(contrast(ChartPalette.TEXT, ChartPalette.BACKGROUND) >= 4.5);
    }

    @Test
    void theRatiosInTheJavadocAreTheRealOnes() {
        assertEquals(6.97, contrast(ChartPalette.SERIES.get(0), Color.WHITE), 0.005);
        assertEquals(5.00, contrast(ChartPalette.SERIES.get(1), Color.WHITE), 0.005);
        assertEquals(5.13, contrast(ChartPalette.SERIES.get(2), Color.WHITE), 0.005);
        assertEquals(16.48, contrast(ChartPalette.TEXT, Color.WHITE), 0.005);
        assertEquals(7.00, contrast(ChartPalette.AXIS, Color.WHITE), 0.005);
        assertEquals(1.41, contrast(ChartPalette.GRID, Color.WHITE), 0.005);
    }

    @Test
    void everySeriesHasItsOwnColourAndPattern() {
        assertEquals(ChartPalette.SERIES.size(), new HashSet<>(ChartPalette.SERIES).size());
        assertEquals(ChartPalette.SERIES.size(), ChartPalette.PATTERNS.size());
        assertEquals(ChartPalette.PATTERNS.size(), new HashSet<>(ChartPalette.PATTERNS).size());
        assertEquals(List.of(ChartPalette.BarPattern.values()), ChartPalette.PATTERNS);
    }
}
