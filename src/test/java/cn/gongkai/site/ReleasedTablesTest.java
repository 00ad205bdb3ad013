package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.model.Finding;
import cn.gongkai.render.Progress;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large build lets each disclosure's tables go once checked and reads them again for its page
 * (ContentLoader.Release). Forced on small content here, it must change nothing a user sees: the
 * same findings for every broken and lint case (built or checked), the same bytes for every file of a site; and a
 * file edited between checking and rendering stops the build instead of publishing what was not
 * checked.
 */
class ReleasedTablesTest {

    private static Gongkai.BuildResult build(Path content, Path out, boolean release) throws IOException {
        Gongkai g = release ? new Gongkai().releasingTablesFrom(0) : new Gongkai().releasingTablesFrom(Integer.MAX_VALUE);
        return g.build(Gongkai.Content.of(content), Sample.THEME, out);
    }

    private static List<String> said(Gongkai.BuildResult r) {
        return said(r.findings());
    }

    private static List<String> said(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.severity() + " " + f.location() + " " + f.message()).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenAndLintCaseFindsTheSame(@TempDir Path temp) {
        return Stream.concat(ContentCase.all("broken").stream(), ContentCase.all("lint").stream())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Path content = temp.resolve(c.name()).resolve("content");
                    c.materialize(content);
                    Gongkai.BuildResult held = build(content, temp.resolve(c.name()).resolve("held"), false);
                    Gongkai.BuildResult released = build(content, temp.resolve(c.name()).resolve("released"), true);
                    assertEquals(held.status(), released.status());
                    assertEquals(said(held), said(released));
                    assertFalse(said(held).isEmpty(), "the case finds something");
                    // check as the check command runs it: released, findings only
                    Gongkai.Content read = Gongkai.Content.of(content);
                    assertEquals(said(new Gongkai().check(read).findings()),
                            said(new Gongkai().releasingTablesFrom(0).checkHoldingLess(read).findings()));
                }));
    }

    @Test
    void theSampleATwoYearSiteAndGeneratedContentBuildByteIdentically(@TempDir Path temp) throws Exception {
        Path twoYears = temp.resolve("two-years");
        ContentCase.load("sites/two-years").materialize(twoYears);
        Path generated = temp.resolve("generated");
        Gongkai.sample(new SampleSpec(6, 3, 2), generated);
        for (Path content : List.of(Sample.CONTENT, twoYears, generated)) {
            Path held = temp.resolve("out").resolve(content.getFileName() + "-held");
            Path released = temp.resolve("out").resolve(content.getFileName() + "-released");
            Gongkai.BuildResult h = build(content, held, false);
            Gongkai.BuildResult r = build(content, released, true);
            assertTrue(h.published() && r.published(), h.findings() + " " + r.findings());
            assertEquals(h.pages(), r.pages());
            Map<String, String> a = TreeHash.of(held);
            Map<String, String> b = TreeHash.of(released);
            assertTrue(a.size() > 30, "files: " + a.size());
            assertEquals(a, b, content + ": the same bytes whether tables are held or read again");
        }
    }

    @Test
    void aDisclosureEditedAfterItWasCheckedStopsTheBuildAndLeavesTheSite(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("content");
        ContentCase.copyTree(Sample.CONTENT, content);
        Path out = temp.resolve("site");
        assertTrue(build(content, out, true).published());
        Map<String, String> before = TreeHash.of(out);

        Path file = content.resolve("departments/zhenan-xzspfwj/2019/final-accounts.yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\n# 改了一个字\n", StandardCharsets.UTF_8);
        // The tables are checked, then, as rendering starts, the editor saves again.
        Progress editsWhenRenderingStarts = new Progress() {
            @Override
            public void start(int total) {
                try {
                    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "# 又改了一个字\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void advance() {
            }

            @Override
            public void done() {
            }
        };
        Gongkai.BuildResult r = new Gongkai().releasingTablesFrom(0).build(Gongkai.Content.of(content), Sample.THEME, out,
                Gongkai.BuildOptions.DEFAULT.full().withProgress(editsWhenRenderingStarts));
        assertEquals(Gongkai.Status.CONTENT_ERRORS, r.status());
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), said(r).toString());
        assertEquals("FILE01", errors.get(0).code());
        assertEquals(content + "/departments/zhenan-xzspfwj/2019/final-accounts.yaml", errors.get(0).location().file());
        assertTrue(errors.get(0).message().contains("构建过程中被修改"), errors.get(0).message());
        assertEquals(before, TreeHash.of(out), "the published site is as it was");
    }
}
