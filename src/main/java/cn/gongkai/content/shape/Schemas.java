package cn.gongkai.content.shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns shapes into JSON Schema documents (draft-07, what common YAML editors read) with Chinese titles. */
public final class Schemas {

    private Schemas() {
    }

    /** A whole schema document for a content file whose root has {@code shape}. */
    public static Map<String, Object> document(String title, String description, Shape<?> shape) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "http://json-schema.org/draft-07/schema#");
        s.put("title", title);
        s.put("description", description);
        s.putAll(shape.schema());
        return s;
    }

    static Map<String, Object> field(Field<?> f) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", f.title());
        if (f.description() != null) s.put("description", f.description());
        Map<String, Object> inner = f.shape().schema();
        for (Map.Entry<String, Object> e : inner.entrySet()) {
            if (e.getKey().equals("type") && !f.required()) {
                s.put("type", withNull(e.getValue()));
            } else {
                s.put(e.getKey(), e.getValue());
            }
        }
        return s;
    }

    private static Object withNull(Object type) {
        List<Object> types = new ArrayList<>();
        if (type instanceof List<?> l) types.addAll(l);
        else types.add(type);
        if (!types.contains("null")) types.add("null");
        return types;
    }
}
