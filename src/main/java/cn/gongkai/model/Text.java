package cn.gongkai.model;

import java.util.Objects;

/** A piece of text from content, with where it was written. */
public record Text(String value, Location at) {

    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
