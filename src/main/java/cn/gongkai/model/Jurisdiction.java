package cn.gongkai.model;

/** An administrative area whose departments publish here (e.g. 镇安县), with its URL slug. */
public record Jurisdiction(String slug, Text name) {
}
