package cn.gongkai.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test case kept as a folder under src/test/resources/cases: a case.yaml that says how to derive a
 * content tree from the sample (text edits, deleted files, files added from the case folder) and
 * what check must report. Expected locations are given relative to the edit ("the line of edit 0,
 * the column of this text"), so cases survive changes elsewhere in the sample.
 *
 * <pre>
 * description: 金额写成了汉字
 * edits:
 *   - file: departments/zhenan-xzspfwj/2019/final-accounts.yaml
 *     find: "total: 42.41, personnel: 42.41"
 *     replace: "total: 四十二, personnel: 42.41"
 * delete: [departments/zhenan-xzspfwj/2019/explanations.md]
 * expect:
 *   exit: 1
 *   findings:
 *     - { code: YAML07, edit: 0, text: "四十二" }
 *     - { code: FILE01, file: departments/x/department.yaml }
 * </pre>
 */
public final class ContentCase {

    public static final Path ROOT = Path.of("src/test/resources/cases");

    /** A finding the case expects: its code and, when known, file, line and column. */
    public record Expected(String code, String file, int line, int column) {
        /**
         * Whether check's human output reports this finding: a line "content/file:line:col  CODE …"
         * (as much of the location as the case knows).
         */
        public boolean reportedIn(String output, String contentDisplay) {
            String where = file == null ? "" : contentDisplay + "/" + file + (line > 0 ? ":" + line + ":" + (column > 0 ? column + " " : "") : "");
            return output.lines().anyMatch(l -> l.strip().startsWith(where) && l.contains("  " + code + "  "));
        }

        @Override
        public String toString() {
            return code + " at " + file + ":" + line + ":" + column;
        }
    }

    private final String name;
    private final JsonNode spec;

    private ContentCase(String name, JsonNode spec) {
        this.name = name;
        this.spec = spec;
    }

    public static List<ContentCase> all(String group) {
        Path dir = ROOT.resolve(group);
        try (Stream<Path> s = Files.list(dir)) {
            List<ContentCase> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p.resolve("case.yaml"))) out.add(load(group + "/" + p.getFileName()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ContentCase load(String name) {
        try {
            return new ContentCase(name, new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve(name).resolve("case.yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return spec.path("description").asText(name);
    }

    public int expectedExit() {
        return spec.path("expect").path("exit").asInt(1);
    }

    /** Writes the case's content tree into {@code target} and returns the expected findings. */
    public List<Expected> materialize(Path target) throws IOException {
        copyTree(Sample.CONTENT, target);
        Path overlay = ROOT.resolve(name).resolve("content");
        if (Files.isDirectory(overlay)) copyTree(overlay, target);
        List<int[]> editAt = new ArrayList<>();
        List<String> editFiles = new ArrayList<>();
        for (JsonNode e : spec.path("edits")) {
            Path file = target.resolve(e.get("file").asText());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String find = e.get("find").asText();
            int at = text.indexOf(find);
            if (at < 0) throw new AssertionError(name + ": edit text not found in " + file + ": " + find);
            String replaced = text.substring(0, at) + e.get("replace").asText() + text.substring(at + find.length());
            Files.writeString(file, replaced, StandardCharsets.UTF_8);
            editAt.add(new int[]{at});
            editFiles.add(e.get("file").asText());
        }
        for (JsonNode d : spec.path("delete")) {
            Path p = target.resolve(d.asText());
            if (Files.isDirectory(p)) deleteTree(p);
            else Files.delete(p);
        }
        List<Expected> out = new ArrayList<>();
        for (JsonNode f : spec.path("expect").path("findings")) {
            String code = f.get("code").asText();
            if (f.has("edit")) {
                int i = f.get("edit").asInt();
                String file = editFiles.get(i);
                String text = Files.readString(target.resolve(file), StandardCharsets.UTF_8);
                int offset = editAt.get(i)[0];
                if (f.has("text")) {
                    int t = text.indexOf(f.get("text").asText(), offset);
                    if (t < 0) throw new AssertionError(name + ": expected text not found after the edit: " + f.get("text").asText());
                    offset = t;
                }
                int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
                int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
                int column = f.has("text") ? offset - lineStart + 1 : (f.has("column") ? f.get("column").asInt() : 0);
                out.add(new Expected(code, file, f.has("line") ? f.get("line").asInt() : line, column));
            } else {
                out.add(new Expected(code, f.has("file") ? f.get("file").asText() : null,
                        f.path("line").asInt(0), f.path("column").asInt(0)));
            }
        }
        return out;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
