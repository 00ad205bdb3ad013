package cn.gongkai.model;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When a disclosure was published, as the content says (never the build time): minutes precision,
 * printed YYYY-MM-DD HH:MM as government pages require.
 */
public record PublishTime(LocalDateTime value, Location at) implements Comparable<PublishTime> {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public PublishTime {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    /** "2020-10-22 10:00". */
    public String printed() {
        return FORMAT.format(value);
    }

    @Override
    public int compareTo(PublishTime o) {
        return value.compareTo(o.value);
    }
}
