package cn.gongkai.validate;

import cn.gongkai.model.ClassificationCode;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.CodedTable;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.model.table.TotalRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one identity across the columns of every written row of a classified table and of its
 * written 合计 row, e.g. 合计 = 基本支出 + 项目支出 + …. Rows the loader computed are sums of rows
 * already checked, so they are skipped.
 */
final class RowIdentities {

    private RowIdentities() {
    }

    static <C extends Enum<C> & Column> void check(Report r, String code, String identity, TableKind kind,
                                                   CodedTable<?, C> table, C total, List<C> parts, int[] signs) {
        TotalRow<C> t = table.total();
        if (!t.computed()) {
            List<CellRef> refs = new ArrayList<>();
            for (C c : parts) refs.add(Refs.total(kind, t, c));
            compare(r, code, identity, Refs.total(kind, t, total), refs, signs);
        }
        for (CodedRow<?, C> row : table.rows()) {
            if (row.computed()) continue;
            compare(r, code, identity, Refs.row(kind, row, total), Refs.rowCells(kind, row, parts), signs);
        }
    }

    /** A split of a row (no signs) is a breakdown; a balance with signs is a flow where blank means 0. */
    private static void compare(Report r, String code, String identity, CellRef total, List<CellRef> parts, int[] signs) {
        if (signs == null) r.breakdown(code, identity, total, parts);
        else r.sum(code, identity, total, parts, signs);
    }

    /** Every written parent row equals the sum of its child rows, and a written 合计 row the sum of the 类 rows. */
    static <K extends ClassificationCode, C extends Enum<C> & Column> void hierarchy(Report r, String parentCode, String totalCode,
                                                                                    TableKind kind, CodedTable<K, C> table) {
        Map<ClassificationCode, List<CodedRow<K, C>>> childrenOf = table.children();
        for (CodedRow<K, C> row : table.rows()) {
            List<CodedRow<K, C>> children = childrenOf.getOrDefault(row.code(), List.of());
            if (row.computed() || children.isEmpty()) continue;
            for (C c : table.columns().getEnumConstants()) {
                List<CellRef> parts = new ArrayList<>();
                for (CodedRow<K, C> child : children) parts.add(Refs.row(kind, child, c));
                r.sum(parentCode, kind.number() + " " + row.code().levelName() + "级科目 = 其下各" + levelBelow(row) + "之和",
                        Refs.row(kind, row, c), parts, null);
            }
        }
        if (table.total().computed()) return;
        List<? extends CodedRow<?, C>> top = table.topLevel();
        for (C c : table.columns().getEnumConstants()) {
            List<CellRef> parts = new ArrayList<>();
            for (CodedRow<?, C> row : top) parts.add(Refs.row(kind, row, c));
            r.sum(totalCode, kind.number() + " 合计行 = 各类级科目之和", Refs.total(kind, table.total(), c), parts, null);
        }
    }

    private static String levelBelow(CodedRow<?, ?> row) {
        return row.code().levelName().equals("类") ? "款" : "项";
    }
}
