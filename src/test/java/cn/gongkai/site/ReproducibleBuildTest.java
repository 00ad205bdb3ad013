package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two builds of the same content are byte-identical — every page, chart, download and site file —
 * whatever the output folder, wherever the content lies, and whatever the machine's locale and time
 * zone; no build time and no local path leaks into the output.
 */
class ReproducibleBuildTest {

    @Test
    void theSampleBuildsByteIdenticallyAcrossFoldersLocalesAndTimeZones(@TempDir Path temp) throws IOException {
        assertReproducible(Sample.CONTENT, temp);
    }

    @Test
    void aTwoYearSiteBuildsByteIdentically(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("two-years");
        ContentCase.load("sites/two-years").materialize(content);
        assertReproducible(content, temp);
    }

    private static void assertReproducible(Path content, Path temp) throws IOException {
        Path first = temp.resolve("a/site");
        build(content, first);

        Path moved = temp.resolve("elsewhere/deeper/内容");
        ContentCase.copyTree(content, moved);
        Path second = temp.resolve("b/c/发布");
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            build(moved, second);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }

        Map<String, String> a = TreeHash.of(first);
        Map<String, String> b = TreeHash.of(second);
        assertTrue(a.size() > 30, "files: " + a.size());
        assertEquals(a, b, "two builds of the same content are byte-identical");
        try (Stream<Path> files = Files.walk(first)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertFalse(text.contains(temp.toString()) || text.contains(first.toString()),
                        first.relativize(f) + " contains a local path");
            }
        }
    }

    private static void build(Path content, Path out) throws IOException {
        Gongkai.BuildResult r = new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, out);
        assertTrue(r.published(), r.message() + " " + r.findings());
    }
}
