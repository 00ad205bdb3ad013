package cn.gongkai.view;

import java.util.List;

/**
 * A published table ready to print: caption parts, header rows and body rows as a grid. Every
 * amount cell says which row and column of the model it shows ({@code row}, {@code col}).
 *
 * @param id          the table's anchor and file name, e.g. "gk01"
 * @param number      "公开01表"
 * @param title       the table's name as published
 * @param heading     the heading above it, numbered as in the 目录: "一、收入支出决算总表"
 * @param preparer    编制部门
 * @param unit        金额单位, e.g. "万元"
 * @param head        header rows
 * @param body        body rows
 * @param note        the 注 under the table, or null
 * @param emptyReason the reason printed under an empty table, or null
 * @param empty       whether the table holds no amount other than zero
 * @param csv         the href of its CSV download, relative to the page
 * @param json        the href of its JSON download
 */
public record TableView(String id, String number, String title, String heading, String preparer, String unit,
                        List<List<HeaderCell>> head, List<Row> body, String note, String emptyReason, boolean empty,
                        String csv, String json) {

    public TableView {
        head = List.copyOf(head);
        body = List.copyOf(body);
    }

    /** A column header: {@code th scope="col"} (or "colgroup" when it spans columns). */
    public record HeaderCell(String id, String text, int colspan, int rowspan, boolean decorative) {
        public String scope() {
            return colspan > 1 ? "colgroup" : "col";
        }
    }

    /** A body row; {@code kind} is a CSS hook ("total", "level-1", "level-2", "level-3", "line"). */
    public record Row(List<Cell> cells, String kind) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A body cell. A row header ({@code header}) is {@code th scope="row"}; an amount cell carries
     * the model coordinates {@code row}/{@code col} and the ids of the headers that describe it.
     */
    public record Cell(String text, boolean header, boolean amount, String id, String headers, String row, String col,
                       int colspan) {

        static Cell rowHeader(String id, String text) {
            return new Cell(text, true, false, id, null, null, null, 1);
        }

        static Cell rowHeader(String id, String text, int colspan) {
            return new Cell(text, true, false, id, null, null, null, colspan);
        }

        static Cell text(String text) {
            return new Cell(text, false, false, null, null, null, null, 1);
        }

        static Cell amount(String text, String headers, String row, String col) {
            return new Cell(text, false, true, null, headers, row, col, 1);
        }

        static Cell blank() {
            return new Cell("", false, false, null, null, null, null, 1);
        }
    }
}
