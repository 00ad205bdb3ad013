package cn.gongkai.render.data;

import cn.gongkai.view.TableView;
import cn.gongkai.view.TableView.HeaderCell;

import java.util.ArrayList;
import java.util.List;

/**
 * A published table flattened for a spreadsheet: one header label per column, made by joining the
 * labels of the header cells that span it ("基本支出·人员经费"), and each body row as cell texts
 * with amounts written plainly (no thousands separators).
 */
final class TableGrid {

    private TableGrid() {
    }

    /** The label of every column, from the (possibly multi-row, spanning) header. */
    static List<String> columnLabels(TableView t) {
        List<List<HeaderCell>> rows = t.head().stream().filter(r -> r.isEmpty() || !r.get(0).decorative()).toList();
        int width = t.body().isEmpty() ? 0 : t.body().get(0).cells().stream().mapToInt(TableView.Cell::colspan).sum();
        String[][] grid = new String[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (HeaderCell h : rows.get(r)) {
                while (c < width && grid[r][c] != null) c++;
                for (int dr = 0; dr < h.rowspan() && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < h.colspan() && c + dc < width; dc++) {
                        grid[r + dr][c + dc] = dr == 0 ? h.text() : "\u0000";
                    }
                }
                c += h.colspan();
            }
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (String[] row : grid) {
                String s = row[c];
                if (s != null && !s.equals("\u0000") && !s.isEmpty() && !parts.contains(s)) parts.add(s);
            }
            labels.add(String.join("·", parts));
        }
        return labels;
    }

    /** The cell texts of each body row, spanning cells repeated so every row has one text per column. */
    static List<List<String>> bodyRows(TableView t) {
        List<List<String>> out = new ArrayList<>();
        for (TableView.Row row : t.body()) {
            List<String> cells = new ArrayList<>();
            for (TableView.Cell c : row.cells()) {
                String text = c.amount() ? c.text().replace(",", "") : c.text();
                for (int i = 0; i < c.colspan(); i++) cells.add(i == 0 ? text : "");
            }
            out.add(cells);
        }
        return out;
    }
}
