package cn.gongkai.model.table;

import cn.gongkai.model.ClassificationCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of a classified table: its rows in code order (a parent before its children, as
 * published) and the 合计 row.
 */
public record CodedTable<K extends ClassificationCode, C extends Enum<C> & Column>(
        Class<C> columns, List<CodedRow<K, C>> rows, TotalRow<C> total) {

    public CodedTable {
        rows = List.copyOf(rows);
    }

    public Optional<CodedRow<K, C>> row(K code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * The direct children of each row that has some, by the row's code, in row order: one pass over
     * the rows (looking each row's children up by filtering all rows was a fiftieth of a build's CPU).
     */
    public Map<ClassificationCode, List<CodedRow<K, C>>> children() {
        Map<ClassificationCode, List<CodedRow<K, C>>> out = new HashMap<>();
        for (CodedRow<K, C> r : rows) {
            r.code().parent().ifPresent(parent -> out.computeIfAbsent(parent, p -> new ArrayList<>()).add(r));
        }
        return out;
    }

    /** The top-level (类) rows. */
    public List<CodedRow<K, C>> topLevel() {
        return rows.stream().filter(r -> r.code().isTopLevel()).toList();
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.cells().isEmpty()) && total.cells().isEmpty();
    }

    public boolean hasNonZero() {
        return rows.stream().anyMatch(r -> r.cells().hasNonZero()) || total.cells().hasNonZero();
    }
}
