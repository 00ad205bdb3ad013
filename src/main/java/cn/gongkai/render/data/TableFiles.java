package cn.gongkai.render.data;

import cn.gongkai.view.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One published table as CSV (the grid as printed, amounts in the published unit, named in the
 * header) and as JSON (the same grid plus every amount keyed by its model row and column).
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static byte[] csv(TableView t) {
        Csv csv = new Csv();
        List<String> labels = new ArrayList<>();
        List<String> raw = TableGrid.columnLabels(t);
        List<List<String>> rows = TableGrid.bodyRows(t);
        for (int c = 0; c < raw.size(); c++) {
            labels.add(isAmountColumn(t, c) ? raw.get(c) + "（" + t.unit() + "）" : raw.get(c));
        }
        csv.row(labels);
        rows.forEach(csv::row);
        return csv.bytes();
    }

    /** Whether column {@code c} holds amounts in some row. */
    private static boolean isAmountColumn(TableView t, int c) {
        for (TableView.Row row : t.body()) {
            int col = 0;
            for (TableView.Cell cell : row.cells()) {
                if (col == c && cell.amount()) return true;
                col += cell.colspan();
            }
        }
        return false;
    }

    public static byte[] json(TableView t, String department, int year) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("table", t.id());
        doc.put("number", t.number());
        doc.put("title", t.title());
        doc.put("department", department);
        doc.put("year", year);
        doc.put("preparer", t.preparer());
        doc.put("unit", t.unit());
        doc.put("columns", TableGrid.columnLabels(t));
        doc.put("rows", TableGrid.bodyRows(t));
        List<Map<String, Object>> cells = new ArrayList<>();
        for (TableView.Row row : t.body()) {
            for (TableView.Cell c : row.cells()) {
                if (!c.amount() || c.text().isEmpty()) continue;
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("row", c.row());
                cell.put("column", c.col());
                cell.put("value", new BigDecimal(c.text().replace(",", "")));
                cells.add(cell);
            }
        }
        doc.put("cells", cells);
        if (t.note() != null) doc.put("note", t.note());
        if (t.emptyReason() != null) doc.put("empty_reason", t.emptyReason());
        return JsonFile.bytes(doc);
    }
}
