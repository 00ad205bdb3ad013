package cn.gongkai.view;

import java.util.List;

/**
 * The departments of a jurisdiction side by side for one year's final accounts: one row per
 * department, one column per figure, in one unit, with the sum of the departments, the same
 * figures as charts, and notes on how to read it.
 */
public record ComparisonView(String heading, String intro, String unit, List<Column> columns, List<Row> rows, Row total,
                             List<ChartView> charts, List<String> notes) {

    public ComparisonView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }

    /** A figure compared: its key (the data-col of its cells), its header, and the model reference it is read from. */
    public record Column(String key, String label, String ref) {
    }

    /** A department (linked to its disclosure) or the total, with one cell per column. */
    public record Row(Link department, String slug, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A value as printed; {@code missing} when the department's disclosure does not have it (printed as a dash). */
    public record Cell(String text, boolean missing) {
    }
}
