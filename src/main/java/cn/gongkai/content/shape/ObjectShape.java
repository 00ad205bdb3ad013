package cn.gongkai.content.shape;

import cn.gongkai.content.yaml.YNode;
import cn.gongkai.content.yaml.YNode.YEntry;
import cn.gongkai.content.yaml.YNode.YMap;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A YAML map with a fixed set of keys. Reading it reports unknown keys (with a suggestion), missing
 * required keys and every wrong value, then builds the result only when all of it was readable.
 */
public final class ObjectShape<T> implements Shape<T> {

    private final String title;
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();
    private final Function<Values, T> build;

    public ObjectShape(String title, List<Field<?>> fields, Function<Values, T> build) {
        this.title = title;
        for (Field<?> f : fields) {
            if (this.fields.put(f.key(), f) != null) throw new IllegalArgumentException("duplicate key " + f.key());
        }
        this.build = build;
    }

    public String title() {
        return title;
    }

    public List<Field<?>> fields() {
        return List.copyOf(fields.values());
    }

    @Override
    public T read(YNode node, ReadContext ctx) {
        if (!(node instanceof YMap map)) {
            ctx.typeError(node, expected());
            return null;
        }
        int before = ctx.errorCount();
        Values values = new Values(map.at());
        // Fields are read in declaration order, not file order, so a file's unit is known before its amounts.
        for (Field<?> f : fields.values()) {
            map.entry(f.key()).ifPresent(e -> values.put(f, readField(f, e.value(), ctx), e.value().at()));
        }
        for (YEntry e : map.entries()) {
            if (!fields.containsKey(e.name())) ctx.error("YAML03", e.key().at(), unknownKey(e.name()));
        }
        for (Field<?> f : fields.values()) {
            if (!f.required()) continue;
            YEntry given = map.entry(f.key()).orElse(null);
            if (given != null && !isAbsent(given.value())) continue; // present: its own reading reported any problem
            Location where = given != null ? given.key().at() : map.at();
            String what = given != null ? "不能为空" : "缺少必填字段";
            ctx.report(Finding.error("YAML04", where,
                    title + "：" + what + "「" + f.display() + "」，应为" + f.shape().expected(),
                    f.shape().expected(), "（未填写）"));
        }
        if (ctx.errorCount() > before) return null;
        return build.apply(values);
    }

    /** Null (absent) for a YAML null or a blank string; otherwise the shape's reading. */
    static <V> V readField(Field<V> f, YNode value, ReadContext ctx) {
        if (isAbsent(value)) return null;
        return f.shape().read(value, ctx);
    }

    static boolean isAbsent(YNode value) {
        return value instanceof YScalar s && (s.isNull() || (s.kind() == YNode.ScalarKind.STRING && s.text().isBlank()));
    }

    private String unknownKey(String key) {
        StringBuilder sb = new StringBuilder(title).append("：未知字段「").append(key).append("」");
        Field<?> byTitle = fields.values().stream().filter(f -> f.title().equals(key)).findFirst().orElse(null);
        Field<?> near = byTitle != null ? byTitle : nearest(key);
        if (near != null) {
            sb.append("，是否应为「").append(near.key()).append("」（").append(near.title()).append("）？");
            return sb.append("可用字段：").append(fields.values().stream().map(Field::display).collect(Collectors.joining("、"))).toString();
        }
        sb.append("；可用字段：").append(fields.values().stream().map(Field::display).collect(Collectors.joining("、")));
        return sb.toString();
    }

    private Field<?> nearest(String key) {
        Field<?> best = null;
        int bestDistance = 3;
        for (Field<?> f : fields.values()) {
            int d = editDistance(key.toLowerCase(Locale.ROOT), f.key());
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    @Override
    public String expected() {
        return "键值对（" + title + "）";
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Field<?> f : fields.values()) {
            props.put(f.key(), Schemas.field(f));
            if (f.required()) required.add(f.key());
        }
        s.put("properties", props);
        if (!required.isEmpty()) s.put("required", required);
        s.put("additionalProperties", false);
        return s;
    }
}
