package cn.gongkai.content;

import cn.gongkai.model.Amount;
import cn.gongkai.model.ClassificationCode;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.Text;
import cn.gongkai.model.table.Cells;
import cn.gongkai.model.table.CodedRow;
import cn.gongkai.model.table.CodedTable;
import cn.gongkai.model.table.Column;
import cn.gongkai.model.table.TotalRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds a classified table from the rows an editor gave: names from the catalog, parent rows
 * (类/款) and the 合计 row computed when omitted and kept as written when given.
 */
final class CodedTables {

    private CodedTables() {
    }

    /** A row as written in the YAML, before names are resolved. */
    record RowDraft<K extends ClassificationCode, C extends Enum<C> & Column>(
            K code, Text name, Cells<C> cells, Text remark, Location at) {
    }

    static <K extends ClassificationCode & Comparable<K>, C extends Enum<C> & Column> CodedTable<K, C> build(
            Class<C> columns, List<RowDraft<K, C>> drafts, Cells<C> givenTotal, Location totalAt,
            Location tableAt, Resolver r) {
        Map<K, CodedRow<K, C>> rows = new TreeMap<>();
        for (RowDraft<K, C> d : drafts) {
            if (rows.containsKey(d.code())) {
                r.report(Finding.error("CODE03", d.at(), "科目编码 " + d.code().digits() + " 在本表中重复出现（第一次在第 "
                        + rows.get(d.code()).at().line() + " 行）；每个科目只能写一行"));
                continue;
            }
            rows.put(d.code(), new CodedRow<>(d.code(), r.name(d.code(), d.name(), d.at()), d.name(), d.cells(),
                    d.remark(), d.at(), false));
        }
        addMissingParents(columns, rows, tableAt, r);
        List<CodedRow<K, C>> ordered = new ArrayList<>(rows.values());
        ordered.sort(Comparator.comparing(CodedRow::code));
        TotalRow<C> total = givenTotal != null
                ? new TotalRow<>(givenTotal, totalAt, false)
                : new TotalRow<>(sum(columns, ordered.stream().filter(x -> x.code().isTopLevel()).map(CodedRow::cells).toList(), tableAt), tableAt, true);
        return new CodedTable<>(columns, ordered, total);
    }

    /** Adds every omitted ancestor of a given row, deepest first, as the sum of its children. */
    @SuppressWarnings("unchecked")
    private static <K extends ClassificationCode & Comparable<K>, C extends Enum<C> & Column> void addMissingParents(
            Class<C> columns, Map<K, CodedRow<K, C>> rows, Location tableAt, Resolver r) {
        boolean added = true;
        while (added) {
            added = false;
            Map<K, List<CodedRow<K, C>>> orphansByParent = new LinkedHashMap<>();
            for (CodedRow<K, C> row : rows.values()) {
                Optional<K> parent = (Optional<K>) row.code().parent();
                if (parent.isPresent() && !rows.containsKey(parent.get())) {
                    orphansByParent.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(row);
                }
            }
            for (Map.Entry<K, List<CodedRow<K, C>>> e : orphansByParent.entrySet()) {
                K code = e.getKey();
                Location at = e.getValue().get(0).at();
                Cells<C> cells = sum(columns, e.getValue().stream().map(CodedRow::cells).toList(), at);
                rows.put(code, new CodedRow<>(code, r.name(code, null, at), null, cells, null, at, true));
                added = true;
            }
        }
    }

    /** Column by column sum; a column blank in every row stays blank. */
    static <C extends Enum<C> & Column> Cells<C> sum(Class<C> columns, List<Cells<C>> rows, Location at) {
        Map<C, Amount> out = new EnumMap<>(columns);
        for (C c : columns.getEnumConstants()) {
            BigDecimal total = null;
            Amount unitSource = null;
            List<Location> sources = new ArrayList<>();
            for (Cells<C> row : rows) {
                Optional<Amount> a = row.get(c);
                if (a.isPresent()) {
                    unitSource = a.get();
                    BigDecimal v = a.get().value();
                    total = total == null ? v : total.add(v);
                    sources.addAll(a.get().writtenAt());
                }
            }
            if (total != null) out.put(c, Amount.computed(total, unitSource.unit(), at, sources));
        }
        return Cells.of(columns, out);
    }
}
