package cn.gongkai.model.table;

import cn.gongkai.model.ClassificationCode;

import java.util.List;
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

    /** The direct children of {@code parent} among the rows. */
    public List<CodedRow<K, C>> children(K parent) {
        return rows.stream().filter(r -> r.code().parent().map(parent::equals).orElse(false)).toList();
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
