package cn.gongkai.verify;

import cn.gongkai.testing.Cli;
import cn.gongkai.testing.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * verify on the built sample: it passes, and it catches a one-digit change in every number a
 * reader sees — each table cell, each generated figure, each review and comparison cell — and in
 * every amount of every download file.
 */
class VerifyTest {

    private static final String COMPARE = "zhenan/2019/compare/index.html";

    @TempDir
    static Path temp;
    static Path site;
    static SiteVerifier verifier;

    @BeforeAll
    static void copyTheSample() throws IOException {
        site = temp.resolve("site");
        try (Stream<Path> files = Files.walk(Sample.builtSite())) {
            for (Path f : files.toList()) {
                Path to = site.resolve(Sample.builtSite().relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        verifier = new SiteVerifier(Sample.site(), site);
    }

    @Test
    void theBuiltSampleMatchesItsContent() {
        SiteVerifier.Result r = verifier.verify();
        assertTrue(r.ok(), r.mismatches().stream().map(Mismatch::printed).reduce("", (a, b) -> a + "\n" + b));
        assertTrue(r.values() > 900, "values compared: " + r.values());
        assertTrue(r.links() > 200, "links: " + r.links());
        assertEquals(22, r.files(), "9 tables × CSV+JSON + FDP data and descriptor; the review's 4 files");
    }

    @Test
    void theCommandReportsPageSelectorExpectedAndFoundAndExits1() throws IOException {
        Path copy = temp.resolve("cli-site");
        Cli.Run ok = Cli.run("verify", "--content", Sample.CONTENT.toString(), "--site", site.toString());
        assertEquals(0, ok.exit(), ok.all());
        assertTrue(ok.out().contains("与内容一致"), ok.all());
        copyTree(site, copy);
        Path page = copy.resolve(Sample.ZHENAN_2019);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, html.replace("data-row=\"total\" data-col=\"basic\">102.39<", "data-row=\"total\" data-col=\"basic\">102.38<"),
                StandardCharsets.UTF_8);
        Cli.Run bad = Cli.run("verify", "--content", Sample.CONTENT.toString(), "--site", copy.toString());
        assertEquals(1, bad.exit(), bad.all());
        assertTrue(bad.out().contains(Sample.ZHENAN_2019 + "  section#gk03 td[data-row=\"total\"][data-col=\"basic\"]  应为 102.39，实际为 102.38"),
                bad.all());
        assertTrue(!bad.all().contains("Exception"), bad.all());
    }

    @Test
    void everyNumberOnThePagesIsGuarded() throws IOException {
        int caught = 0;
        for (String path : List.of(Sample.ZHENAN_2019, Sample.ANNING_2021_REVIEW, COMPARE)) {
            Path file = site.resolve(path);
            String original = Files.readString(file, StandardCharsets.UTF_8);
            try {
                caught += mutateEachNumber(path, file, original);
            } finally {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            }
        }
        assertTrue(caught > 250, "mutations caught: " + caught);
        assertTrue(verifier.verify().ok());
    }

    private int mutateEachNumber(String path, Path file, String original) throws IOException {
        int caught = 0;
        {
            Document doc = Jsoup.parse(original);
            Files.writeString(file, doc.outerHtml(), StandardCharsets.UTF_8);
            assertTrue(verifier.verifyPage(path).ok(), "the re-serialised page still verifies: " + verifier.verifyPage(path).mismatches());
            List<Element> numbers = new ArrayList<>();
            numbers.addAll(doc.select("td[data-row][data-col], [data-row=department][data-col=score]"));
            numbers.addAll(doc.select("table.review td[data-col], table.compare td[data-col]"));
            numbers.addAll(doc.select("data.fig"));
            for (Element cell : numbers) {
                String before = cell.ownText();
                if (!before.matches(".*[0-9].*")) continue;
                cell.text(oneDigitChanged(before));
                Files.writeString(file, doc.outerHtml(), StandardCharsets.UTF_8);
                SiteVerifier.Result r = verifier.verifyPage(path);
                assertTrue(r.mismatches().stream().anyMatch(m -> m.page().equals(path)),
                        path + ": changing 「" + before + "」 to 「" + cell.text() + "」 in " + cell.outerHtml() + " is not caught");
                cell.text(before);
                caught++;
            }
        }
        return caught;
    }

    @Test
    void everyAmountOfEveryDownloadIsGuarded() throws IOException {
        int caught = 0;
        for (String page : List.of(Sample.ZHENAN_2019, Sample.ANNING_2021_REVIEW)) {
            Path data = site.resolve(page).getParent().resolve("data");
            try (Stream<Path> files = Files.list(data)) {
                for (Path f : files.filter(p -> !p.getFileName().toString().equals("datapackage.json")).sorted().toList()) {
                    caught += mutateEachNumber(page, f);
                }
            }
        }
        assertTrue(caught > 350, "mutations caught: " + caught);
        assertTrue(verifier.verify().ok());
    }

    /** Changes, in turn, one digit of each amount in {@code file}; each must be reported against that file. */
    private int mutateEachNumber(String page, Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        String text = new String(original, StandardCharsets.UTF_8);
        String name = site.relativize(file).toString().replace('\\', '/');
        // Amounts with decimals (CSV cells, JSON values); in the data package, the amount column (an integer in 元).
        Pattern number = name.endsWith("fiscal-data.csv") ? Pattern.compile("(?<=,)[0-9]+(\\.[0-9]+)?(?=,CNY)") : Pattern.compile("(?<=[,: ])[0-9]+\\.[0-9]+");
        Matcher m = number.matcher(text);
        int n = 0;
        try {
            while (m.find()) {
            String mutated = text.substring(0, m.start()) + oneDigitChanged(m.group()) + text.substring(m.end());
            Files.write(file, mutated.getBytes(StandardCharsets.UTF_8));
            SiteVerifier.Result r = verifier.verifyPage(page);
            assertTrue(r.mismatches().stream().anyMatch(x -> x.page().equals(name)),
                    name + ": changing 「" + m.group() + "」 at " + m.start() + " is not caught: " + r.mismatches());
                n++;
            }
        } finally {
            Files.write(file, original);
        }
        return n;
    }

    /** The last digit plus one (9 → 8), so the number keeps its shape. */
    static String oneDigitChanged(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return s.substring(0, i) + (c == '9' ? '8' : (char) (c + 1)) + s.substring(i + 1);
        }
        throw new IllegalArgumentException(s);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }
}
