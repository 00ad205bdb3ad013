package cn.gongkai.validate;

import cn.gongkai.model.Location;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.TotalRow;

import java.util.ArrayList;
import java.util.List;

/** Names cells the way an editor finds them on the printed table: table number, row, column. */
final class Refs {

    private Refs() {
    }

    static <C extends Enum<C> & Column> CellRef row(TableKind kind, CodedRow<?, C> row, C column) {
        return new CellRef(kind.number() + " " + row.code().digits() + " " + row.name() + " " + column.label(),
                row.cells().get(column).orElse(null), row.at());
    }

    static <C extends Enum<C> & Column> CellRef total(TableKind kind, TotalRow<C> total, C column) {
        return new CellRef(kind.number() + " 合计行 " + column.label(), total.cells().get(column).orElse(null), total.at());
    }

    /**
     * A cell of a fixed line, e.g. 公开01 "本年收入合计". A blank one is located at the line's first
     * written amount, or at {@code tableAt} when the whole line is blank.
     */
    static <C extends Enum<C> & Column> CellRef line(TableKind kind, String line, Cells<C> cells, C column, Location tableAt) {
        String col = column.label().equals(line) ? "" : " " + column.label();
        Location rowAt = cells.asMap().values().stream().filter(a -> !a.computed()).map(a -> a.at()).findFirst().orElse(tableAt);
        return new CellRef(kind.number() + " " + line + col, cells.get(column).orElse(null), rowAt);
    }

    /** The cells of {@code row} in {@code columns}. */
    static <C extends Enum<C> & Column> List<CellRef> rowCells(TableKind kind, CodedRow<?, C> row, List<C> columns) {
        List<CellRef> out = new ArrayList<>();
        for (C c : columns) out.add(row(kind, row, c));
        return out;
    }
}
