package cn.gongkai.content.yaml;

import cn.gongkai.Gongkai;
import cn.gongkai.model.Finding;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testing.ContentCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick reader against SnakeYAML: on every YAML text of the project, and on thousands of copies
 * with small random edits, it either declines or reads exactly the tree (kinds, texts, lines,
 * columns) and the findings that the full reader reads.
 */
class QuickYamlTest {

    private static final YamlReader FULL = new YamlReader();

    /** Text by where it came from: the shipped content, every test case's files, generated content. */
    private static final TreeMap<String, String> CORPUS = new TreeMap<>();
    private static final List<String> GENERATED = new ArrayList<>();

    @TempDir
    static Path temp;

    @BeforeAll
    static void corpus() throws Exception {
        collect(Path.of("content"), "content/");
        collect(ContentCase.ROOT, "cases/");
        for (String group : List.of("broken", "hostile", "lint", "sites")) {
            for (ContentCase c : ContentCase.all(group)) {
                Path dir = temp.resolve("cases").resolve(c.name());
                c.materialize(dir);
                collect(dir, c.name() + "/");
            }
        }
        Path generated = temp.resolve("generated");
        Gongkai.sample(new SampleSpec(6, 3, 2), generated);
        int before = CORPUS.size();
        collect(generated, "generated/");
        CORPUS.forEach((name, text) -> {
            if (name.startsWith("generated/")) GENERATED.add(name);
        });
        assertTrue(CORPUS.size() - before > 20 && CORPUS.size() > 300, "texts: " + CORPUS.size());
    }

    private static void collect(Path root, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) text = text.substring(1);
                CORPUS.putIfAbsent(prefix + root.relativize(f), text);
            }
        }
    }

    /** Reads {@code text} both ways; returns whether the quick reader took it. */
    private static boolean same(String what, String text) {
        List<Finding> quickFindings = new ArrayList<>();
        YNode quick = QuickYaml.read("f.yaml", text, quickFindings::add, Interner.NONE);
        if (quick == null) {
            assertTrue(quickFindings.isEmpty(), what + ": declined but reported " + quickFindings);
            return false;
        }
        List<Finding> fullFindings = new ArrayList<>();
        Optional<YNode> full = FULL.readFully("f.yaml", text, fullFindings::add, Interner.NONE);
        assertTrue(full.isPresent(), () -> what + ": SnakeYAML refuses what the quick reader read: " + fullFindings + "\n" + text);
        assertEquals(full.get(), quick, () -> what + "\n" + text);
        assertEquals(fullFindings, quickFindings, () -> what + "\n" + text);
        return true;
    }

    @Test
    void everyYamlTextOfTheProjectIsReadAsSnakeYamlReadsItOrDeclined() {
        int taken = 0;
        for (var e : CORPUS.entrySet()) {
            if (same(e.getKey(), e.getValue())) taken++;
        }
        assertTrue(taken > CORPUS.size() / 2, "taken " + taken + " of " + CORPUS.size());
    }

    @Test
    void everyFileTheSampleCommandWritesIsReadQuickly() {
        // The speed of a large build depends on it: generated content is what large sites look like.
        for (String name : GENERATED) {
            assertNotNull(QuickYaml.read(name, CORPUS.get(name), f -> { }, Interner.NONE), name);
        }
        assertNotNull(QuickYaml.read("s", CORPUS.get("content/departments/zhenan-xzspfwj/2019/final-accounts.yaml"), f -> { }, Interner.NONE));
    }

    /** Longer runs: mvn test -Dtest=QuickYamlTest -Dquickyaml.tries=200000 -Dquickyaml.seed=7 (no difference in 200,000). */
    @Test
    void textsWithSmallRandomEditsAreReadAsSnakeYamlReadsThemOrDeclined() {
        String[] inserts = {":", ": ", " ", "  ", "-", "- ", "#", " #", "\"", "'", "''", "{", "}", "[", "]", ",", ", ",
            "\n", "\n  ", "\n- ", "\r\n", "\r", "\t", "&a ", "*a", "!", "!!str ", "|", ">", "? ", "%", "@", "`", "~", "null",
            "yes", "No", "on", "y", "0x1F", "007", "1_000", ".5", "1e3", "-3", "+3", "1.", "12:30", "2021-07-10", "\\", "\\n",
            "𠀀", "\u0085", "\u00a0", "\u2028", "\u3000", "：", "—", "---\n", "...\n", "\uFEFF", "\u0001", "<<", "=", "a: b",
            "{a: 1}", "[1, 2]", "\"x\": ", "'y': "};
        List<String> names = new ArrayList<>(CORPUS.keySet());
        Random random = new Random(Long.getLong("quickyaml.seed", 20261123));
        int taken = 0;
        int tries = Integer.getInteger("quickyaml.tries", 6000);
        for (int t = 0; t < tries; t++) {
            String source = CORPUS.get(names.get(random.nextInt(names.size())));
            String text = window(source, random);
            StringBuilder b = new StringBuilder(text);
            int edits = 1 + random.nextInt(2);
            for (int k = 0; k < edits && b.length() > 0; k++) {
                int at = random.nextInt(b.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(3)));
                    case 1 -> {
                        int lineStart = b.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                        if (random.nextBoolean()) b.insert(lineStart, ' ');
                        else if (lineStart < b.length() && b.charAt(lineStart) == ' ') b.deleteCharAt(lineStart);
                    }
                    default -> b.insert(at, inserts[random.nextInt(inserts.length)]);
                }
            }
            if (same("edit " + t, b.toString())) taken++;
        }
        assertTrue(taken > tries / 5, "the quick reader took " + taken + " of " + tries + " edited texts");
    }

    /** Up to 40 lines of {@code text}, starting at a line with no indentation. */
    private static String window(String text, Random random) {
        String[] lines = text.split("\n", -1);
        List<Integer> tops = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty() && lines[i].charAt(0) != ' ' && lines[i].charAt(0) != '#') tops.add(i);
        }
        if (tops.isEmpty()) return text;
        int from = tops.get(random.nextInt(tops.size()));
        int to = Math.min(lines.length, from + 1 + random.nextInt(40));
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to)) + "\n";
    }

    @Test
    void readsTheCommonShapesAndDeclinesTheRest() {
        assertTrue(same("shapes", """
                # comment
                unit: 万元   # trailing comment
                a:
                  - { code: "2010601", amount: 74.49, n: -3, z: 0, e: ~, s: 'it''s' }
                  - [x, "y", 1.50]
                  - name: 行政单位
                    note: 说明（2020）
                b:
                - 1
                - yes
                c:
                d: "2021-07-10 09:15"
                e: 2021-07-10
                f: []
                g: {}
                """));
        for (String declined : List.of("a: >\n  x\n", "a: |+\n  x\n", "a: |\n\n  x\n", "a: b\n  c\n", "a: &x 1\n", "a: \"x\\ty\"\n", "a:\tb\n", "  a: 1\n",
                "---\na: 1\n", "a: 0x10\n", "a: " + "9".repeat(1001) + "\n", "a: [1,\n  2]\n", "- - 1\n", "a: b: c\n", "? a\n: b\n", "")) {
            assertNull(QuickYaml.read("f", declined, f -> { }, Interner.NONE), declined);
        }
    }

    @Test
    void duplicateKeysAreReportedAsTheFullReaderReportsThem() {
        assertTrue(same("duplicates", "a: 1\nb: { x: 1, x: 2 }\na: 3\n"));
    }
}
