package cn.gongkai.content.yaml;

import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;

import java.util.LinkedHashMap;
import java.util.Map;

/** Chinese explanations for the YAML parser's English messages, so an editor knows what to fix. */
final class YamlMessages {

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("mapping values are not allowed", "此处不能出现「键: 值」（常见原因：缩进不一致，或值里有未加引号的冒号）");
        KNOWN.put("could not find expected ':'", "找不到应有的冒号「:」（常见原因：上一行缩进错误或引号未闭合）");
        KNOWN.put("cannot start any token", "YAML 不能用制表符（Tab）缩进或开头，请改用空格");
        KNOWN.put("did not find expected key", "缩进不一致，找不到应有的键（同一层级的键必须左对齐）");
        KNOWN.put("did not find expected '-' indicator", "列表项缩进不一致（同一列表的「-」必须左对齐）");
        KNOWN.put("expected <block end>", "缩进不一致（同一层级的内容必须左对齐）");
        KNOWN.put("found undefined alias", "引用了未定义的锚点（*别名）");
        KNOWN.put("found unexpected end of stream", "文件意外结束（常见原因：引号或括号未闭合）");
        KNOWN.put("Number of aliases", "别名（*alias）过多，文件可能是恶意构造的 YAML 炸弹；内容文件不需要别名");
        KNOWN.put("Nesting Depth", "嵌套层级过深（超过 " + YamlReader.MAX_DEPTH + " 层）");
        KNOWN.put("nesting depth", "嵌套层级过深（超过 " + YamlReader.MAX_DEPTH + " 层）");
        KNOWN.put("exceeds the limit", "文件过大（超过 " + YamlReader.MAX_CODE_POINTS + " 个字符）");
        KNOWN.put("found unknown escape character", "双引号字符串里有无效的转义符「\\」（如需反斜杠请写成「\\\\」或改用单引号）");
        KNOWN.put("found duplicate anchor", "锚点（&anchor）重复定义");
    }

    private YamlMessages() {
    }

    static String syntax(String original) {
        String firstLine = original == null ? "" : original.strip().lines().findFirst().orElse("");
        for (Map.Entry<String, String> e : KNOWN.entrySet()) {
            if (original != null && original.contains(e.getKey())) {
                return "YAML 语法错误：" + e.getValue() + "（解析器原文：" + firstLine + "）";
            }
        }
        return "YAML 语法错误（解析器原文：" + firstLine + "）";
    }

    /** YAML05: {@code name} written a second time at {@code at} in one mapping, first at {@code first}. */
    static Finding duplicateKey(String name, Location at, Location first) {
        return Finding.error("YAML05", at,
                "键「" + name + "」重复出现（第一次在第 " + first.line() + " 行）；同一层级的键只能写一次");
    }
}
