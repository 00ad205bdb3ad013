package cn.gongkai.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /** serve looks at the preview after each build ({@code asLeft}), so that the next build may trust it. */
    @Test
    void aTrustedBuildDoesNotLookAtThePreviousFilesAndAsLeftSaysWhenItMay(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("site");
        assertFalse(OutputFolder.asLeft(out), "no site yet");
        assertEquals(2, buildTwoFiles(out, false));
        assertTrue(OutputFolder.asLeft(out));
        Files.writeString(out.resolve("a.html"), "edited by hand");
        assertFalse(OutputFolder.asLeft(out));
        assertEquals(0, buildTwoFiles(out, true), "trusted: the file is not looked at");
        assertEquals("edited by hand", Files.readString(out.resolve("a.html")));
        assertEquals(1, buildTwoFiles(out, false), "looked at: put right");
        assertEquals("a", Files.readString(out.resolve("a.html")));
        assertTrue(OutputFolder.asLeft(out));
        Files.delete(out.resolve("index.html"));
        assertFalse(OutputFolder.asLeft(out), "a file gone");
    }

    /** An incremental build of index.html and a.html into {@code out}; how many files it wrote. */
    private static int buildTwoFiles(Path out, boolean trusted) throws Exception {
        try (OutputFolder f = OutputFolder.open(out, List.of(), true, trusted)) {
            f.write("index.html", "v1".getBytes());
            f.write("a.html", "a".getBytes());
            f.commit();
            return f.written();
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

    @Test
    void aStreamedFileGoesToDiskAndIsDroppedWhenUnchanged(@TempDir Path temp) throws Exception {
        streamedFile(temp, false);
    }

    @Test
    void aStreamedFileMadeInMemoryIsNotWrittenWhenUnchanged(@TempDir Path temp) throws Exception {
        streamedFile(temp, true);
    }

    /** Written like bytes (same file, same manifest line); not written again when unchanged, mtime kept; written when changed. */
    private static void streamedFile(Path temp, boolean inMemory) throws Exception {
        Path out = temp.resolve("site");
        byte[] big = "字".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (OutputFolder f = OutputFolder.open(out, List.of(), true)) {
            f.write("search/index.js", stream -> {
                stream.write(big, 0, 10);
                stream.write(big, 10, big.length - 10);
            }, inMemory);
            f.write("a.txt", "a".getBytes());
            assertEquals(2, f.written());
            f.commit();
        }
        assertArrayEquals(big, Files.readAllBytes(out.resolve("search/index.js")));
        String line = Files.readAllLines(out.resolve(Manifest.FILE)).stream().filter(l -> l.startsWith("search/index.js\t")).findFirst().orElseThrow();
        assertEquals("search/index.js\tsearch/index.js\t-\t" + Digest.of(big) + "\t" + big.length, line);
        Files.setLastModifiedTime(out.resolve("search/index.js"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));

        try (OutputFolder f = OutputFolder.open(out, List.of(), true)) {
            f.write("search/index.js", stream -> stream.write(big), inMemory);
            f.write("a.txt", "b".getBytes());
            assertEquals(1, f.written(), "the unchanged index is not written again");
            f.commit();
        }
        assertEquals(1_000_000, Files.getLastModifiedTime(out.resolve("search/index.js")).toMillis());
        assertEquals("b", Files.readString(out.resolve("a.txt")));

        try (OutputFolder f = OutputFolder.open(out, List.of(), true)) {
            f.write("search/index.js", stream -> stream.write('x'), inMemory);
            f.write("a.txt", "b".getBytes());
            assertEquals(1, f.written());
            f.commit();
        }
        assertEquals("x", Files.readString(out.resolve("search/index.js")));
    }
}
