package cn.gongkai.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** File digests are remembered by size and time across builds (serve), but not while a file may still change unseen. */
class FingerprintsTest {

    @Test
    void aFileJustWrittenIsHashedAgainEvenWhenItsSizeAndTimeAreAsBefore(@TempDir Path temp) throws IOException {
        Path f = temp.resolve("final-accounts.yaml");
        Files.writeString(f, "income_total: 265.71\n", StandardCharsets.UTF_8);
        FileTime time = Files.getLastModifiedTime(f);
        String before = Fingerprints.digest(f);
        Files.writeString(f, "income_total: 265.72\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, time);
        assertNotEquals(before, Fingerprints.digest(f));
    }

    @Test
    void aFileUnchangedForAWhileIsRememberedByItsSizeAndTime(@TempDir Path temp) throws IOException {
        Path f = temp.resolve("final-accounts.yaml");
        Files.writeString(f, "income_total: 265.71\n", StandardCharsets.UTF_8);
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(f, old);
        String before = Fingerprints.digest(f);
        // the same size and time: taken as the same file without reading it (as serve needs on every save)
        Files.writeString(f, "income_total: 265.72\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, old);
        assertEquals(before, Fingerprints.digest(f));
    }
}
