package cn.gongkai.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    @Test
    void nothingIsVisibleUntilCommitAndAnUncommittedBuildLeavesNoTrace(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("site");
        try (OutputFolder f = OutputFolder.open(out, List.of())) {
            f.write("index.html", "v1".getBytes());
            assertFalse(Files.exists(out));
            f.commit();
        }
        try (OutputFolder f = OutputFolder.open(out, List.of())) {
            f.write("index.html", "v2".getBytes());
            f.write("a/b/c.html", "x".getBytes());
        }
        assertEquals("v1", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("a")));
        try (var s = Files.list(temp)) {
            assertEquals(List.of(out), s.toList());
        }
    }

    @Test
    void pathsCannotLeaveTheSite(@TempDir Path temp) throws Exception {
        try (OutputFolder f = OutputFolder.open(temp.resolve("site"), List.of())) {
            for (String bad : new String[]{"../x.html", "/etc/passwd", "a/../../x", "a\\b.html", "", "a//b", "C:/x"}) {
                assertThrows(IllegalArgumentException.class, () -> f.write(bad, new byte[0]), bad);
            }
        }
        try (var s = Files.list(temp)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void refusesFoldersItDidNotCreateAndProtectedFolders(@TempDir Path temp) throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "a");
        assertThrows(OutputFolder.UnsafeOutputException.class, () -> OutputFolder.open(docs, List.of()));
        Path content = Files.createDirectories(temp.resolve("content"));
        assertThrows(OutputFolder.UnsafeOutputException.class, () -> OutputFolder.open(content.resolve("site"), List.of(content)));
        assertThrows(OutputFolder.UnsafeOutputException.class, () -> OutputFolder.open(temp, List.of(content)));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        try (OutputFolder f = OutputFolder.open(empty, List.of(content))) {
            f.commit();
        }
        assertTrue(Files.exists(empty.resolve(OutputFolder.MARKER)));
    }

    @Test
    void sampleContentAndASiteNeverReplaceEachOther(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        try (OutputFolder f = OutputFolder.open(site, List.of())) {
            f.write("index.html", "site".getBytes());
            f.commit();
        }
        Path content = temp.resolve("content");
        try (OutputFolder f = OutputFolder.open(content, List.of(), OutputFolder.Kind.SAMPLE_CONTENT)) {
            f.write("site.yaml", "title: x".getBytes());
            f.commit();
        }
        assertTrue(Files.exists(content.resolve(OutputFolder.Kind.SAMPLE_CONTENT.marker())));
        assertThrows(OutputFolder.UnsafeOutputException.class, () -> OutputFolder.open(site, List.of(), OutputFolder.Kind.SAMPLE_CONTENT));
        assertThrows(OutputFolder.UnsafeOutputException.class, () -> OutputFolder.open(content, List.of()));
        try (OutputFolder f = OutputFolder.open(content, List.of(), OutputFolder.Kind.SAMPLE_CONTENT)) {
            f.write("site.yaml", "title: y".getBytes());
            f.commit();
        }
        assertEquals("title: y", Files.readString(content.resolve("site.yaml")));
        assertEquals("site", Files.readString(site.resolve("index.html")));
    }
}
