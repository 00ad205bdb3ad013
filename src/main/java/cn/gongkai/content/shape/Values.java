package cn.gongkai.content.shape;

import cn.gongkai.model.Location;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** The values read from one YAML map, by field, with where each was written. */
public final class Values {

    private final Location at;
    private final Map<Field<?>, Object> values = new IdentityHashMap<>();
    private final Map<Field<?>, Location> locations = new IdentityHashMap<>();

    Values(Location at) {
        this.at = at;
    }

    void put(Field<?> field, Object value, Location where) {
        if (value != null) values.put(field, value);
        locations.put(field, where);
    }

    /** The value of {@code field}, or null when it was not given. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        return (T) values.get(field);
    }

    public <T> Optional<T> opt(Field<T> field) {
        return Optional.ofNullable(get(field));
    }

    /** Where the map starts. */
    public Location at() {
        return at;
    }

    /** Where {@code field}'s value was written, or where the map starts when it was not. */
    public Location at(Field<?> field) {
        return locations.getOrDefault(field, at);
    }
}
