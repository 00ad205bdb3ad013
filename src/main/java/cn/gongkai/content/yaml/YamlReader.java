package cn.gongkai.content.yaml;

import cn.gongkai.content.yaml.YNode.ScalarKind;
import cn.gongkai.content.yaml.YNode.YEntry;
import cn.gongkai.content.yaml.YNode.YList;
import cn.gongkai.content.yaml.YNode.YMap;
import cn.gongkai.content.yaml.YNode.YScalar;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Parses YAML text into a {@link YNode} tree. Duplicate keys, alias bombs, deep nesting, huge
 * documents and control characters written as escapes are reported as findings, never as
 * exceptions; the messages are in Chinese.
 */
public final class YamlReader {

    /** Deeper than any content file needs; stops "billion laughs"-style nesting early. */
    public static final int MAX_DEPTH = 40;
    /** Aliases are refused anyway (YAML06); the parser's own limit is a second line of defence. */
    public static final int MAX_ALIASES = 20;
    /** Characters per document; the largest real content file is far below this. */
    public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true); // reported by us, with both locations
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /**
     * Parses {@code text} (already decoded, without BOM) of the file {@code file}. Returns empty and
     * reports a finding when the text is not valid YAML.
     */
    public Optional<YNode> read(String file, String text, Consumer<Finding> report) {
        return read(file, text, report, Interner.NONE);
    }

    /** As {@link #read(String, String, Consumer)}, with keys and scalars shared through {@code interner}. */
    public Optional<YNode> read(String file, String text, Consumer<Finding> report, Interner interner) {
        YNode quick = QuickYaml.read(file, text, report, interner);
        if (quick != null) return Optional.of(quick);
        return readFully(file, text, report, interner);
    }

    /** Reads {@code text} with SnakeYAML (through Jackson's streaming parser): any YAML, and every error. */
    Optional<YNode> readFully(String file, String text, Consumer<Finding> report, Interner interner) {
        JsonParser p;
        try {
            p = factory.createParser(text);
        } catch (IOException e) {
            report.accept(Finding.error("YAML01", new Location(file, 1, 1), YamlMessages.syntax(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return Optional.of(new YScalar("", ScalarKind.NULL, new Location(file, 1, 1)));
            }
            YNode root = node(file, p, report, interner);
            return Optional.ofNullable(root);
        } catch (JsonProcessingException e) {
            // A limit (nesting depth) is signalled without a location: the parser is still where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            report.accept(Finding.error("YAML01", locate(file, at), YamlMessages.syntax(e.getOriginalMessage())));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals some limits (aliases, code points) with its own runtime exceptions.
            report.accept(Finding.error("YAML01", new Location(file, 1, 1), YamlMessages.syntax(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
    }

    private YNode node(String file, JsonParser p, Consumer<Finding> report, Interner interner) throws IOException {
        JsonToken t = p.currentToken();
        Location at = locate(file, p.currentTokenLocation());
        // The streaming parser does not expand aliases (it would return the anchor's name as text), and
        // content never needs them: both anchors and aliases are refused.
        if (p instanceof YAMLParser yp && (yp.isCurrentAlias() || yp.getObjectId() != null)) {
            report.accept(Finding.error("YAML06", at, "内容文件不支持 YAML 锚点和别名（&名称、*名称）；请直接写出每个值"));
            // An alias's value is unknown here: read it as empty so it is not reported a second time as a bad value.
            if (yp.isCurrentAlias()) return new YScalar("", ScalarKind.NULL, at);
        }
        switch (t) {
            case START_OBJECT -> {
                List<YEntry> entries = new ArrayList<>();
                Map<String, Location> seen = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    Location keyAt = locate(file, p.currentTokenLocation());
                    String name = interner.text(printable(p.currentName(), keyAt, report));
                    YScalar key = new YScalar(name, ScalarKind.STRING, keyAt);
                    p.nextToken();
                    YNode value = node(file, p, report, interner);
                    Location first = seen.putIfAbsent(name, key.at());
                    if (first != null) {
                        report.accept(YamlMessages.duplicateKey(name, key.at(), first));
                    } else {
                        entries.add(new YEntry(key, value));
                    }
                }
                return new YMap(List.copyOf(entries), at);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(file, p, report, interner));
                }
                return new YList(List.copyOf(items), at);
            }
            case VALUE_NULL -> {
                return new YScalar(p.getText() == null ? "" : p.getText(), ScalarKind.NULL, at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YScalar(p.getText(), ScalarKind.BOOL, at);
            }
            case VALUE_NUMBER_INT -> {
                return new YScalar(interner.text(p.getText()), ScalarKind.INT, at);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YScalar(interner.text(p.getText()), ScalarKind.FLOAT, at);
            }
            default -> {
                return new YScalar(p.getText() == null ? "" : interner.text(printable(p.getText(), at, report)), ScalarKind.STRING, at);
            }
        }
    }

    /**
     * {@code text}, or, when an escape such as "\x01" or "\e" put a control character in it, a finding
     * and the text with that character replaced (so later messages do not print it).
     */
    private static String printable(String text, Location at, Consumer<Finding> report) {
        int bad = ControlCharacters.first(text);
        if (bad < 0) return text;
        String what = ControlCharacters.name(text.charAt(bad));
        report.accept(Finding.error("YAML08", at, "文字中有控制字符 " + what + "（多半是双引号字符串里的 \\x、\\u 或 \\e 等转义写出的）；"
                + "网页、订阅和下载文件里不能有这种字符，请删去", "文本字符", what));
        return ControlCharacters.replaced(text);
    }

    private static Location locate(String file, JsonLocation l) {
        if (l == null || l.getLineNr() < 1) return new Location(file, 1, 1);
        return new Location(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }
}
