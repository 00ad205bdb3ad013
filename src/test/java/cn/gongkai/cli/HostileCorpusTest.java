package cn.gongkai.cli;

import cn.gongkai.testing.Cli;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import cn.gongkai.verify.CsvFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hostile and broken input corpus (src/test/resources/cases/hostile): each case is built with the
 * CLI within a time limit, over a copy of the previously published sample site. Whatever the case
 * expects, there is no stack trace and nothing changes outside the output folder. A refused build
 * (exit 1 or 2) reports each expected finding at file:line:column and leaves the previous site
 * byte-identical; a published one (exit 0) has no active content anywhere: no script but the theme's
 * own, no event handler, no javascript:/data: address, no frame, object or style from content,
 * well-formed XML and JSON, a search index that cannot end its script, and CSV cells that cannot run as
 * formulas.
 */
class HostileCorpusTest {

    /** Per case; the slowest (Markdown at the edge of EXPL05's limits) takes about ten seconds. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** The theme's own scripts, by the end of their address. */
    private static final List<String> THEME_SCRIPTS = List.of("assets/js/site.js", "assets/js/search.js", "search/index.js");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "background",
            "cite", "srcset", "data", "manifest", "ping", "longdesc", "lowsrc", "dynsrc", "codebase", "archive");
    private static final String FORBIDDEN = "iframe, frame, frameset, object, embed, applet, style, math, template, img, image, video, audio, "
            + "source, track, portal, foreignObject, link:not([rel=stylesheet]), meta[http-equiv], base, [style]";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final String SEARCH_PREFIX = "/* gongkai site search index */\nwindow.GONGKAI_SEARCH = ";

    @TempDir
    static Path temp;
    /** The sample site as published before each case: every case starts from a copy. */
    static Path published;

    @BeforeAll
    static void publishTheSample() {
        published = temp.resolve("published");
        Cli.Run r = Cli.run("build", "--content", Sample.CONTENT.toString(), "--out", published.toString(), "--theme", Sample.THEME.toString());
        assertEquals(0, r.exit(), r.all());
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(ContentCase.all("hostile").size() >= 30, "at least 30 hostile cases");
    }

    @TestFactory
    Stream<DynamicTest> eachCaseIsRefusedClearlyOrPublishedSafely() {
        return ContentCase.all("hostile").stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.description(), () -> run(c)));
    }

    private static void run(ContentCase c) throws IOException {
        Path work = temp.resolve(c.name().replace('/', '_'));
        Path content = work.resolve("content");
        Path site = work.resolve("site");
        ContentCase.copyTree(published, site);
        List<ContentCase.Expected> expected = c.materialize(content);
        Path out = c.out(work);
        // A refused build changes nothing at all; a published one only its output folder.
        Path mayChange = c.expectedExit() == 0 ? out : null;
        Map<String, String> outside = snapshot(work, mayChange);
        Map<String, String> outBefore = TreeHash.of(out);

        Cli.Run r = assertTimeoutPreemptively(LIMIT, () -> Cli.run("build", "--content", content.toString(), "--out", out.toString(),
                "--theme", Sample.THEME.toString()), c.name() + " takes longer than " + LIMIT.toSeconds() + " s");

        assertEquals(c.expectedExit(), r.exit(), r.all());
        assertFalse(r.all().contains("Exception") || r.all().contains("\tat ") || r.all().contains("Error:"), "no stack trace:\n" + r.all());
        assertEquals(outside, snapshot(work, mayChange), "nothing changes outside --out " + out);
        for (String text : c.says()) assertTrue(r.all().contains(text), "expected «" + text + "» in:\n" + r.all());
        if (c.expectedExit() == 0) {
            assertPublishedSafely(out, c.shown(), c.cells());
        } else {
            for (ContentCase.Expected e : expected) {
                assertTrue(e.reportedIn(r.out(), content.toString()), "expected " + e + " in:\n" + r.all());
            }
            assertEquals(outBefore, TreeHash.of(out), "the previous site is untouched");
        }
    }

    private static void assertPublishedSafely(Path site, List<String> shown, List<String> cells) throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> csvCells = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (rel.endsWith(".html")) texts.add(assertNoActiveContent(f, rel));
                else if (rel.endsWith(".xml")) assertWellFormedXml(f);
                else if (rel.endsWith(".csv")) csvCells.addAll(assertNoFormula(f, rel));
                else if (rel.endsWith(".json")) new ObjectMapper().readTree(f.toFile());
                else if (rel.equals("search/index.js")) assertSearchIndexStaysData(f);
            }
        }
        for (String s : shown) assertTrue(texts.stream().anyMatch(t -> t.contains(s)), "«" + s + "» is shown as text on some page");
        for (String s : cells) assertTrue(csvCells.contains(s), "«" + s + "» is a cell of some CSV download");
    }

    /** Returns the page's text (title and body) after checking that nothing in it can run or load. */
    private static String assertNoActiveContent(Path file, String rel) throws IOException {
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        for (Element s : page.select("script")) {
            assertTrue(s.data().isBlank() && THEME_SCRIPTS.stream().anyMatch(s.attr("src")::endsWith), rel + ": a script that is not the theme's: " + s);
        }
        for (Element e : page.select(FORBIDDEN)) {
            boolean notFoundBase = e.tagName().equals("base") && rel.equals("404.html") && e.attr("href").matches("https?://.*");
            assertTrue(notFoundBase, rel + ": an element that loads, runs or restyles: " + e.outerHtml());
        }
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), rel + ": event handler " + a + " on " + e.tagName());
                if (!URL_ATTRIBUTES.contains(a.getKey().toLowerCase())) continue;
                String v = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase();
                assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"), rel + ": " + a + " on " + e.tagName());
            }
        }
        for (Element form : page.select("form")) {
            String action = form.attr("action");
            boolean search = form.attr("role").equals("search") && (action.endsWith("search/index.html") || rel.equals("search/index.html") && action.equals("index.html"));
            assertTrue(search, rel + ": a form that is not the theme's search box: " + form);
        }
        return page.title() + "\n" + page.body().text();
    }

    private static void assertWellFormedXml(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            fail(file + " is not well-formed XML: " + e.getMessage());
        }
    }

    /**
     * A spreadsheet runs a cell starting with = + - @ (or a tab or CR) as a formula, unless it is a number.
     * Returns every cell, for the case to find its defused text.
     */
    private static List<String> assertNoFormula(Path file, String rel) throws IOException {
        List<String> cells = new ArrayList<>();
        for (List<String> row : CsvFile.read(file).rows()) {
            for (String cell : row) {
                boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
                assertFalse(formula, rel + ": a cell a spreadsheet would run: " + cell);
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The search index is one JSON literal assigned to a variable, and nothing in it could end a script element. */
    private static void assertSearchIndexStaysData(Path file) throws IOException {
        String js = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(js.startsWith(SEARCH_PREFIX) && js.endsWith(";\n"), "search/index.js is one assignment");
        assertFalse(js.contains("</"), "search/index.js could end its script element");
        new ObjectMapper().readTree(js.substring(SEARCH_PREFIX.length(), js.length() - 2));
    }

    /**
     * Every path under {@code work} (except inside {@code out}, when given) with a hash of each regular file:
     * what must not change. The build's staging folders beside {@code out} are included, as they must be gone.
     */
    private static Map<String, String> snapshot(Path work, Path out) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted().toList()) {
                if (out != null && p.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize())) continue;
                String rel = work.relativize(p).toString();
                if (Files.isSymbolicLink(p)) all.put(rel, "-> " + Files.readSymbolicLink(p));
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) all.put(rel, "dir");
                else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) all.put(rel, sha256(p));
                else all.put(rel, "special");
            }
        }
        return all;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
