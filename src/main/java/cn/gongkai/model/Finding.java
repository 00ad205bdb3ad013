package cn.gongkai.model;

import java.util.Objects;

/**
 * One problem found in the content, with a stable rule code, where it is, and (when it compares two
 * values) what was expected and what was found.
 */
public record Finding(String code, Severity severity, Location location, String message,
                      String expected, String found) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(String code, Location at, String message) {
        return new Finding(code, Severity.ERROR, at, message, null, null);
    }

    public static Finding error(String code, Location at, String message, String expected, String found) {
        return new Finding(code, Severity.ERROR, at, message, expected, found);
    }

    public static Finding warning(String code, Location at, String message) {
        return new Finding(code, Severity.WARNING, at, message, null, null);
    }

    public static Finding warning(String code, Location at, String message, String expected, String found) {
        return new Finding(code, Severity.WARNING, at, message, expected, found);
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
