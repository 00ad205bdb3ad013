package cn.gongkai.content.shape;

import cn.gongkai.content.yaml.YNode;
import cn.gongkai.content.yaml.YNode.YList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML list whose items all have one shape. */
public final class ListShape<T> implements Shape<List<T>> {

    private final Shape<T> item;

    public ListShape(Shape<T> item) {
        this.item = item;
    }

    @Override
    public List<T> read(YNode node, ReadContext ctx) {
        if (!(node instanceof YList list)) {
            ctx.typeError(node, expected());
            return null;
        }
        int before = ctx.errorCount();
        List<T> out = new ArrayList<>();
        for (YNode n : list.items()) {
            if (ObjectShape.isAbsent(n)) {
                ctx.error("YAML04", n.at(), "列表项不能为空：应为" + item.expected());
                continue;
            }
            T v = item.read(n, ctx);
            if (v != null) out.add(v);
        }
        return ctx.errorCount() > before ? null : List.copyOf(out);
    }

    @Override
    public String expected() {
        return "列表（每项为" + item.expected() + "）";
    }

    @Override
    public Map<String, Object> schema() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "array");
        s.put("items", item.schema());
        return s;
    }
}
