package cn.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in the content, with a stable rule code, where it is, (when it compares
 * values) what was expected and what was found, and the other places involved, e.g. the cells
 * of a sum that does not add up.
 */
public record Finding(String code, Severity severity, Location location, String message,
                      String expected, String found, List<Location> related) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        related = List.copyOf(related);
    }

    public static Finding error(String code, Location at, String message) {
        return new Finding(code, Severity.ERROR, at, message, null, null, List.of());
    }

    public static Finding error(String code, Location at, String message, String expected, String found) {
        return new Finding(code, Severity.ERROR, at, message, expected, found, List.of());
    }

    public static Finding warning(String code, Location at, String message) {
        return new Finding(code, Severity.WARNING, at, message, null, null, List.of());
    }

    public static Finding warning(String code, Location at, String message, String expected, String found) {
        return new Finding(code, Severity.WARNING, at, message, expected, found, List.of());
    }

    /** Whether this finding is at {@code at} or names it among the places involved. */
    public boolean concerns(Location at) {
        return location.equals(at) || related.contains(at);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Finding o) {
        int c = location.compareTo(o.location);
        if (c != 0) return c;
        c = code.compareTo(o.code);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
