package cn.gongkai.content.shape;

import cn.gongkai.content.yaml.YNode;

import java.util.Map;

/** What one YAML value may be, how to read it, and how to describe it as JSON Schema. */
public interface Shape<T> {

    /**
     * Reads a present, non-null node. Returns null after reporting a finding when the node does not
     * fit.
     */
    T read(YNode node, ReadContext ctx);

    /** What is expected, in Chinese, e.g. "金额（数字，如 265.71）". */
    String expected();

    /** A JSON Schema fragment (without title; the field adds it). */
    Map<String, Object> schema();
}
