package cn.gongkai.content.shape;

import java.util.Objects;

/**
 * A key of a YAML map: its snake_case name, its Chinese title (shown in messages and in the
 * schema), the shape of its value, and whether it must be given.
 */
public record Field<T>(String key, String title, Shape<T> shape, boolean required, String description) {

    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shape, "shape");
    }

    public static <T> Field<T> required(String key, String title, Shape<T> shape) {
        return new Field<>(key, title, shape, true, null);
    }

    public static <T> Field<T> optional(String key, String title, Shape<T> shape) {
        return new Field<>(key, title, shape, false, null);
    }

    /** The same field with a longer explanation for the schema. */
    public Field<T> describedAs(String text) {
        return new Field<>(key, title, shape, required, text);
    }

    /** "key（标题）" for messages. */
    public String display() {
        return key + "（" + title + "）";
    }
}
