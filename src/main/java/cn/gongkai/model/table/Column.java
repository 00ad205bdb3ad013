package cn.gongkai.model.table;

import java.util.Locale;

/** A typed column (or line) of a table: its key in the YAML and its Chinese label as published. */
public interface Column {

    /** The column header as printed on the published table. */
    String label();

    /** The enum constant's name. */
    String name();

    /** The snake_case key used in content files: the constant's name in lower case. */
    default String key() {
        if (this instanceof Enum<?> e) return ColumnKeys.of(e);
        return name().toLowerCase(Locale.ROOT);
    }
}
