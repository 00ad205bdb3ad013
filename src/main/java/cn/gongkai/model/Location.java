package cn.gongkai.model;

import java.util.Objects;

/**
 * Where a value was read: a file path relative to the content folder, and 1-based line and column.
 * Line and column are 0 when the finding concerns the whole file.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(file, "file");
    }

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
