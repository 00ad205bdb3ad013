package cn.gongkai.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    private static Manifest.Entry entry(String path, String inputs) {
        return new Manifest.Entry(path, path, inputs, "0".repeat(16), 1);
    }

    private static List<String> paths(Manifest m) {
        return m.entries().stream().map(Manifest.Entry::path).toList();
    }

    @Test
    void aManifestAfterAnotherIsInPathOrderWithChangedEntriesAndWithoutRemovedOnes() {
        Manifest previous = Manifest.of(List.of(entry("e/x.html", "1"), entry("a/x.html", "1"), entry("c/x.html", "1")));
        assertEquals(List.of("a/x.html", "c/x.html", "e/x.html"), paths(previous));
        Map<String, Manifest.Entry> now = new HashMap<>();
        for (Manifest.Entry e : List.of(entry("f.html", "2"), entry("a/x.html", "2"), entry("b.html", "2"), entry("e/x.html", "1"),
                entry("a/a.html", "2"), entry("z/z.html", "2"))) {
            now.put(e.path(), e);
        }
        Manifest next = Manifest.of(now, previous);
        assertEquals(List.of("a/a.html", "a/x.html", "b.html", "e/x.html", "f.html", "z/z.html"), paths(next));
        assertEquals("2", next.get("a/x.html").inputs(), "the entry of this build, not the previous one's");
        assertArrayEquals(Manifest.of(now.values()).bytes(), next.bytes(), "the same as sorting them all");
        assertTrue(next.sameAs(Manifest.of(now.values())));
        assertTrue(!next.sameAs(previous));
    }

    private static Manifest.Entry owned(String path, String owner, String inputs) {
        return new Manifest.Entry(path, owner, inputs, "0".repeat(16), 1);
    }

    @Test
    void aManifestWithSomeFilesWrittenAgainKnowsItsFilesAndOwnersAsIfMadeFromScratch() {
        Manifest previous = Manifest.of(List.of(owned("a/index.html", "a/index.html", "1"), owned("a/data/x.csv", "a/index.html", "1"),
                owned("b/index.html", "b/index.html", "1"), owned("sitemap.xml", "sitemap.xml", "-")));
        assertEquals(2, previous.ownedBy("a/index.html").size(), "asked before, so the owners are carried over");
        List<Manifest.Entry> written = List.of(owned("a/index.html", "a/index.html", "2"), owned("a/data/x.csv", "a/index.html", "2"),
                owned("a/data/y.csv", "a/index.html", "2"), owned("sitemap.xml", "sitemap.xml", "-"));
        Manifest next = previous.replacing(written);
        Map<String, Manifest.Entry> all = new HashMap<>();
        for (Manifest.Entry e : List.of(owned("b/index.html", "b/index.html", "1"))) all.put(e.path(), e);
        for (Manifest.Entry e : written) all.put(e.path(), e);
        Manifest scratch = Manifest.of(all.values());
        assertArrayEquals(scratch.bytes(), next.bytes());
        for (String owner : List.of("a/index.html", "b/index.html", "sitemap.xml", "none")) {
            assertEquals(scratch.ownedBy(owner), next.ownedBy(owner), owner);
        }
        assertEquals("2", next.get("a/data/y.csv").inputs());
        assertTrue(next.get("a/data/z.csv") == null && next.get("0") == null && next.get("zzz") == null);
        assertTrue(previous.replacing(List.of(owned("b/index.html", "b/index.html", "1"))) == previous, "nothing differs: the same manifest");
    }

    @Test
    void aManifestRemembersItsFileButReadsItAgainOnceSomeoneChangedIt(@TempDir Path site) throws Exception {
        Manifest written = Manifest.of(List.of(entry("index.html", "1")));
        Files.write(site.resolve(Manifest.FILE), written.bytes());
        written.remember(site);
        assertTrue(Manifest.read(site) == written, "the file is the one written: not read back");
        String edited = new String(written.bytes(), StandardCharsets.UTF_8).replace("index.html", "another.html");
        Files.writeString(site.resolve(Manifest.FILE), edited, StandardCharsets.UTF_8);
        assertEquals(List.of("another.html"), paths(Manifest.read(site)), "a changed file is read again");
    }
}
