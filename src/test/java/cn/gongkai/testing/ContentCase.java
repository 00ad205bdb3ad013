package cn.gongkai.testing;

import cn.gongkai.site.OutputFolder;
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
import java.util.HexFormat;
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
 * base: empty                                                      (start from an empty folder, not the sample)
 * edits:
 *   - file: departments/zhenan-xzspfwj/2019/final-accounts.yaml
 *     find: "total: 42.41, personnel: 42.41"
 *     replace: "total: 四十二, personnel: 42.41"
 * cut: [{ file: …/final-accounts.yaml, from: "  basic_expenditure:", to: "  three_public:" }]
 * delete: [departments/zhenan-xzspfwj/2019/explanations.md]
 * copy: [{ from: departments/a/2019, to: departments/a/2018 }]     (done before the edits)
 * rename: [{ from: departments/a, to: departments/B }]
 * write: [{ path: site.yaml, text: "title: x" }]                   (a whole file, created or replaced)
 * bytes: [{ file: site.yaml, find: "title", hex: "C0AE" }]         (raw bytes put before the text, or at the start)
 * symlinks: [{ path: departments/a/2019/final-accounts.yaml, target: /etc/hostname }]
 * fifos: [departments/a/2019/explanations.md]                      (named pipes, which never end if read)
 * generate: [{ path: departments/a/2019/explanations.md, bytes: 5000000, head: "x: ", line: "[" }]
 * crlf: ["*"]                                                      (these files, or every file, with CRLF line ends)
 * out: site                                                        (the --out given to build; see below)
 * expect:
 *   exit: 1
 *   findings:
 *     - { code: YAML07, edit: 0, text: "四十二" }
 *     - { code: FILE01, file: departments/x/department.yaml }
 *   says: ["全角"]                                                 (text the command prints)
 *   shown: ["&lt;script&gt;"]                                      (text a published page shows, for exit 0)
 *   cells: ["'=SUM(A1)"]                                            (a cell of a published CSV, for exit 0)
 * </pre>
 *
 * Paths are relative to the content folder; {@code ../} reaches the case's work folder around it, where
 * the output folder ({@code out}, default {@code site}) and anything outside the content live. The
 * steps run in the order above, after copying the sample and the case folder's own content/;
 * {@code generate} repeats {@code line} (default a heading of explanations.md) after {@code head} up to
 * {@code bytes}; {@code crlf} runs last, and does not move lines or columns.
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

        /** Whether {@code at} is where the case expects the finding (as much of it as the case knows). */
        public boolean matches(cn.gongkai.model.Location at, String contentDisplay) {
            if (file == null) return true;
            if (!at.file().equals(contentDisplay + "/" + file)) return false;
            if (line > 0 && at.line() != line) return false;
            return column <= 0 || at.column() == column;
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

    /** The rule codes the case expects check to add to the sample's findings, exactly. */
    public List<String> expectedCodes() {
        List<String> out = new ArrayList<>();
        for (JsonNode f : spec.path("expect").path("findings")) out.add(f.get("code").asText());
        return out;
    }

    /** Writes the case's content tree into {@code target} and returns the expected findings. */
    public List<Expected> materialize(Path target) throws IOException {
        if (spec.path("base").asText("sample").equals("empty")) Files.createDirectories(target);
        else copyTree(Sample.CONTENT, target);
        Path overlay = ROOT.resolve(name).resolve("content");
        if (Files.isDirectory(overlay)) copyTree(overlay, target);
        for (JsonNode c : spec.path("copy")) {
            copyTree(target.resolve(c.get("from").asText()), target.resolve(c.get("to").asText()));
        }
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
        for (JsonNode c : spec.path("cut")) {
            Path file = target.resolve(c.get("file").asText());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int from = text.indexOf(c.get("from").asText());
            int to = text.indexOf(c.get("to").asText(), from);
            if (from < 0 || to < 0) throw new AssertionError(name + ": cut markers not found in " + file);
            Files.writeString(file, text.substring(0, from) + text.substring(to), StandardCharsets.UTF_8);
        }
        for (JsonNode d : spec.path("delete")) {
            Path p = target.resolve(d.asText());
            if (Files.isDirectory(p)) OutputFolder.deleteTree(p);
            else Files.delete(p);
        }
        for (JsonNode r : spec.path("rename")) {
            Files.move(target.resolve(r.get("from").asText()), target.resolve(r.get("to").asText()));
        }
        for (JsonNode w : spec.path("write")) {
            Path p = target.resolve(w.get("path").asText());
            Files.createDirectories(p.getParent());
            Files.writeString(p, w.get("text").asText(), StandardCharsets.UTF_8);
        }
        for (JsonNode b : spec.path("bytes")) {
            Path file = target.resolve(b.get("file").asText());
            byte[] bytes = Files.readAllBytes(file);
            int at = b.has("find") ? indexOf(bytes, b.get("find").asText().getBytes(StandardCharsets.UTF_8)) : 0;
            if (at < 0) throw new AssertionError(name + ": bytes: text not found in " + file);
            byte[] insert = HexFormat.of().parseHex(b.get("hex").asText());
            byte[] out = new byte[bytes.length + insert.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(insert, 0, out, at, insert.length);
            System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
            Files.write(file, out);
        }
        for (JsonNode l : spec.path("symlinks")) {
            Path p = target.resolve(l.get("path").asText());
            Files.deleteIfExists(p);
            Files.createSymbolicLink(p, Path.of(l.get("target").asText()));
        }
        for (JsonNode f : spec.path("fifos")) {
            Path p = target.resolve(f.asText());
            Files.deleteIfExists(p);
            Process mkfifo = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
            try {
                if (mkfifo.waitFor() != 0) throw new AssertionError(name + ": mkfifo failed for " + p);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        for (JsonNode g : spec.path("generate")) {
            Path p = target.resolve(g.get("path").asText());
            byte[] head = g.path("head").asText("").getBytes(StandardCharsets.UTF_8);
            byte[] line = g.path("line").asText("## 一、收入支出决算总体情况说明\n").getBytes(StandardCharsets.UTF_8);
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
                out.write(head);
                for (long written = head.length; written < g.get("bytes").asLong(); written += line.length) out.write(line);
            }
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
        crlf(target);
        return out;
    }

    /** The --out the case builds into: {@code out} from case.yaml (default "site") resolved against the work folder. */
    public Path out(Path work) {
        return work.resolve(spec.path("out").asText("site"));
    }

    /** Texts the command must print (stdout or stderr). */
    public List<String> says() {
        List<String> out = new ArrayList<>();
        spec.path("expect").path("says").forEach(t -> out.add(t.asText()));
        return out;
    }

    /** Texts a published page must show as text (so hostile text was escaped, not dropped or run). */
    public List<String> shown() {
        List<String> out = new ArrayList<>();
        spec.path("expect").path("shown").forEach(t -> out.add(t.asText()));
        return out;
    }

    /** Cells some published CSV download must hold, e.g. a formula defused by a leading apostrophe. */
    public List<String> cells() {
        List<String> out = new ArrayList<>();
        spec.path("expect").path("cells").forEach(t -> out.add(t.asText()));
        return out;
    }

    private void crlf(Path target) throws IOException {
        for (JsonNode c : spec.path("crlf")) {
            List<Path> files;
            if (c.asText().equals("*")) {
                try (Stream<Path> s = Files.walk(target)) {
                    files = s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
                }
            } else {
                files = List.of(target.resolve(c.asText()));
            }
            for (Path p : files) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Files.writeString(p, text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) continue outer;
            }
            return i;
        }
        return -1;
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

    @Override
    public String toString() {
        return name;
    }
}
