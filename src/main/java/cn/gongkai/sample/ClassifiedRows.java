package cn.gongkai.sample;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rows of a classified table as published: every leaf (项, or 经济分类 款) and each of its 类 and
 * 款 parents, summed column by column, with the 合计 of the 类 rows.
 */
final class ClassifiedRows {

    private final SortedMap<String, long[]> rows = new TreeMap<>();
    private final long[] total;

    /** Rolls {@code leaves} (code → one amount per column) up to their parents. */
    ClassifiedRows(Map<String, long[]> leaves, int columns) {
        total = new long[columns];
        for (Map.Entry<String, long[]> e : new TreeMap<>(leaves).entrySet()) {
            for (String code = e.getKey(); ; code = code.substring(0, code.length() - 2)) {
                long[] row = rows.computeIfAbsent(code, c -> new long[columns]);
                for (int i = 0; i < columns; i++) row[i] += e.getValue()[i];
                if (code.length() == 3) break;
            }
            for (int i = 0; i < columns; i++) total[i] += e.getValue()[i];
        }
    }

    SortedMap<String, long[]> rows() {
        return rows;
    }

    long[] total() {
        return total;
    }

    /** The 类 rows (3-digit codes). */
    SortedMap<String, long[]> classes() {
        SortedMap<String, long[]> out = new TreeMap<>();
        rows.forEach((code, v) -> {
            if (code.length() == 3) out.put(code, v);
        });
        return out;
    }
}
