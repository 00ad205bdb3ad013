package cn.gongkai.view;

import cn.gongkai.view.chart.ChartData;

import java.util.List;

/**
 * A chart as the page shows it: its anchor, caption, a one-sentence summary (the text alternative
 * beside the SVG's own title and description), a link to the table it was drawn from, what to draw,
 * the decimals its value labels use (-1: as written, for scores), and the same numbers as a small
 * table for readers who cannot see the chart.
 */
public record ChartView(String id, String caption, String summary, Link source, ChartData data, int decimals,
                        List<String> seriesNames, List<Row> rows) {

    public ChartView {
        seriesNames = List.copyOf(seriesNames);
        rows = List.copyOf(rows);
    }

    /** One category of the chart with its formatted value in each series ("" when blank). */
    public record Row(String category, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }
}
