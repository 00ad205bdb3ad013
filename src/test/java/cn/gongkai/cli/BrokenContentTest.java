package cn.gongkai.cli;

import cn.gongkai.testing.Cli;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken content (src/test/resources/cases/broken, the cases with errors): build exits 1, names the problem with
 * file:line:column and rule code, prints no stack trace, and leaves the previous site as it was.
 */
class BrokenContentTest {

    @TempDir
    static Path temp;
    static Path site;
    static Map<String, String> before;

    @BeforeAll
    static void publishTheSample() {
        site = temp.resolve("site");
        Cli.Run r = Cli.run("build", "--content", Sample.CONTENT.toString(), "--out", site.toString(), "--theme", Sample.THEME.toString());
        assertEquals(0, r.exit(), r.all());
        before = TreeHash.of(site);
        assertFalse(before.isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> eachCaseIsReportedAndNothingIsPublished() {
        return ContentCase.all("broken").stream().filter(c -> c.expectedExit() != 0).map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.description(), () -> {
            Path content = temp.resolve(c.name().replace('/', '_'));
            List<ContentCase.Expected> expected = c.materialize(content);
            Cli.Run r = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--theme", Sample.THEME.toString());
            assertEquals(c.expectedExit(), r.exit(), r.all());
            for (ContentCase.Expected e : expected) {
                assertTrue(e.reportedIn(r.out(), content.toString()), "expected " + e + " in:\n" + r.all());
            }
            assertFalse(r.all().contains("Exception"), "no stack trace:\n" + r.all());
            assertFalse(r.all().contains("\tat "), "no stack trace:\n" + r.all());
            assertEquals(before, TreeHash.of(site), "the previous site is untouched");
        }));
    }
}
