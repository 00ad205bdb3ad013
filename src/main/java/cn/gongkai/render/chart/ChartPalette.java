package cn.gongkai.render.chart;

import java.awt.Color;
import java.util.List;

/**
 * The colours and fill patterns of every chart, chosen so colour never carries meaning alone: each
 * series also has its own pattern and every bar its printed value. Contrast against the white
 * background (WCAG 2 relative luminance):
 * <ul>
 *   <li>series 1 {@code #1F5B99} (deep blue), solid: 6.97:1</li>
 *   <li>series 2 {@code #B3541E} (burnt orange), diagonal hatching with an outline: 5.00:1</li>
 *   <li>series 3 {@code #2E7D32} (deep green), white with a thick outline: 5.13:1</li>
 *   <li>text {@code #1F1F1F}: 16.48:1; axis lines and tick marks {@code #595959}: 7.00:1</li>
 *   <li>grid lines {@code #D9D9D9}: 1.41:1, faint on purpose: they only guide the eye, the values are printed</li>
 * </ul>
 * The chart paints its own white background, so it keeps these ratios on a page with a dark theme.
 */
public final class ChartPalette {

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = new Color(0x1F1F1F);
    public static final Color AXIS = new Color(0x595959);
    public static final Color GRID = new Color(0xD9D9D9);

    /** Fill colour of each series, in series order. */
    public static final List<Color> SERIES = List.of(new Color(0x1F5B99), new Color(0xB3541E), new Color(0x2E7D32));

    /** Fill pattern of each series, in series order. */
    public static final List<BarPattern> PATTERNS = List.of(BarPattern.SOLID, BarPattern.HATCHED, BarPattern.OUTLINED);

    /** How a bar is filled, so series differ in shape as well as colour. */
    public enum BarPattern {
        /** Filled with the series colour. */
        SOLID,
        /** White, crossed by diagonal lines in the series colour, outlined. */
        HATCHED,
        /** White with a thick outline in the series colour. */
        OUTLINED
    }

    private ChartPalette() {
    }
}
