package cn.gongkai.content;

import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.ModelRefs;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import cn.gongkai.view.MarkdownHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** serve loads the content again on every save; a department whose files are as before is not read again. */
class ContentLoaderCacheTest {

    private static final String FILE = "departments/zhenan-xzspfwj/2019/final-accounts.yaml";

    @Test
    void aDepartmentUnchangedForAWhileIsNotReadAgain(@TempDir Path temp) throws IOException {
        Path content = copy(temp);
        age(content, Instant.now().minusSeconds(3600));
        ContentLoader loader = loader();
        assertSame(zhenan2019(loader, content), zhenan2019(loader, content));
        // and a change is seen: the file gets a new time
        Path file = content.resolve(FILE);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("265.71", "265.72"), StandardCharsets.UTF_8);
        assertEquals("265.72", incomeTotal(zhenan2019(loader, content)));
    }

    /**
     * Two saves within one tick of the file system's clock leave the same time; with the same size the
     * second looked like the first, and the model read the first time came back (found by a test that
     * rewrites a number with one of the same length, which failed now and then).
     */
    @Test
    void aFileJustWrittenIsReadAgainEvenWhenItsSizeAndTimeAreAsBefore(@TempDir Path temp) throws IOException {
        Path content = copy(temp);
        ContentLoader loader = loader();
        Path file = content.resolve(FILE);
        FinalAccounts first = zhenan2019(loader, content);
        assertEquals("265.71", incomeTotal(first));
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("265.71", "265.72"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);
        FinalAccounts second = zhenan2019(loader, content);
        assertEquals("265.72", incomeTotal(second));
        assertNotSame(first, second);
    }

    private static Path copy(Path temp) throws IOException {
        Path content = temp.resolve("content");
        ContentCase.copyTree(Sample.CONTENT, content);
        return content;
    }

    private static void age(Path content, Instant when) throws IOException {
        try (Stream<Path> all = Files.walk(content)) {
            for (Path p : all.toList()) Files.setLastModifiedTime(p, FileTime.from(when));
        }
    }

    private static ContentLoader loader() {
        return new ContentLoader(new CatalogLoader(), MarkdownHtml.newParser());
    }

    private static FinalAccounts zhenan2019(ContentLoader loader, Path content) {
        return loader.load(content, "content").site().orElseThrow().finalAccounts().stream()
                .filter(fa -> fa.year() == 2019 && fa.department().slug().equals("zhenan-xzspfwj")).findFirst().orElseThrow();
    }

    private static String incomeTotal(FinalAccounts fa) {
        return ModelRefs.of(fa).resolve("gk01.income_total").orElseThrow().amount().value().toPlainString();
    }
}
