package cn.gongkai.model;

/** An administrative area whose departments publish here (e.g. 镇安县), with its URL slug and where site.yaml gives that slug. */
public record Jurisdiction(String slug, Text name, Location at) {
}
