package cn.gongkai.model;

import java.util.Objects;

/**
 * A department that publishes disclosures (部门): its folder slug (also its URL segment), its
 * name, and the jurisdiction (县/市) it belongs to.
 */
public record Department(String slug, Text name, String jurisdiction, Location at) {

    public Department {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(at, "at");
    }
}
