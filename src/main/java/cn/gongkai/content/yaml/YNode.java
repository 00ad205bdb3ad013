package cn.gongkai.content.yaml;

import cn.gongkai.model.Location;

import java.util.List;
import java.util.Optional;

/** A node of a parsed YAML document: a scalar, a list or a map, with where it starts. */
public sealed interface YNode permits YNode.YScalar, YNode.YList, YNode.YMap {

    Location at();

    /** What this node is, in Chinese, for messages ("文本", "列表", "键值对"). */
    String kindName();

    /** The kind of a scalar, as YAML resolved it. */
    enum ScalarKind { STRING, INT, FLOAT, BOOL, NULL }

    record YScalar(String text, ScalarKind kind, Location at) implements YNode {
        @Override
        public String kindName() {
            return switch (kind) {
                case STRING -> "文本「" + text + "」";
                case INT, FLOAT -> "数字 " + text;
                case BOOL -> "布尔值 " + text;
                case NULL -> "空值";
            };
        }

        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }
    }

    record YList(List<YNode> items, Location at) implements YNode {
        @Override
        public String kindName() {
            return "列表";
        }
    }

    record YEntry(YScalar key, YNode value) {
        public String name() {
            return key.text();
        }
    }

    record YMap(List<YEntry> entries, Location at) implements YNode {
        @Override
        public String kindName() {
            return "键值对（映射）";
        }

        public Optional<YEntry> entry(String key) {
            for (YEntry e : entries) {
                if (e.name().equals(key)) return Optional.of(e);
            }
            return Optional.empty();
        }

        public Optional<YNode> get(String key) {
            return entry(key).map(YEntry::value);
        }
    }
}
