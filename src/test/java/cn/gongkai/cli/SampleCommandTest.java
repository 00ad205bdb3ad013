package cn.gongkai.cli;

import cn.gongkai.site.OutputFolder;
import cn.gongkai.testing.Cli;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai sample}: one line on success, exit 2 on bad arguments, and never over a folder it did not write. */
class SampleCommandTest {

    @Test
    void writesOneLineAndReplacesItsOwnEarlierOutput(@TempDir Path temp) {
        Path out = temp.resolve("sample-content");
        for (String seed : new String[]{"1", "2"}) {
            Cli.Run r = Cli.run("sample", "--departments", "2", "--years", "2", "--seed", seed, "--out", out.toString());
            assertEquals(0, r.exit(), r.all());
            assertEquals(1, r.out().lines().count(), r.out());
            assertTrue(r.out().matches("(?s)已生成示例内容到 .*：2 个行政区划、2 个部门、4 份部门决算（2019—2020 年）.*用时 \\d+ 毫秒\\s*"), r.out());
        }
        assertTrue(Files.isRegularFile(out.resolve("site.yaml")));
        assertEquals(0, Cli.run("check", "--content", out.toString()).exit());
    }

    @Test
    void refusesAFolderItDidNotWrite(@TempDir Path temp) throws Exception {
        Path mine = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(mine.resolve("important.txt"), "keep me");
        Map<String, String> before = TreeHash.of(mine);
        Cli.Run r = Cli.run("sample", "--out", mine.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("不是 gongkai 生成的示例内容"), r.err());
        assertEquals(before, TreeHash.of(mine));
    }

    @Test
    void neitherReplacesABuiltSiteNorLetsABuildReplaceSampleContent(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve(OutputFolder.MARKER), "gongkai\n");
        Files.writeString(site.resolve("index.html"), "<!doctype html>");
        Map<String, String> built = TreeHash.of(site);
        assertEquals(2, Cli.run("sample", "--departments", "1", "--years", "1", "--out", site.toString()).exit());
        assertEquals(built, TreeHash.of(site));

        Path content = temp.resolve("content");
        assertEquals(0, Cli.run("sample", "--departments", "1", "--years", "1", "--out", content.toString()).exit());
        Map<String, String> generated = TreeHash.of(content);
        assertEquals(2, Cli.run("build", "--content", Sample.CONTENT.toString(), "--out", content.toString(), "--theme", Sample.THEME.toString()).exit());
        assertEquals(generated, TreeHash.of(content));
    }

    @Test
    void badArgumentsExitTwo(@TempDir Path temp) {
        Cli.Run r = Cli.run("sample", "--departments", "0", "--out", temp.resolve("x").toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("部门数应在 1 至 10000 之间"), r.err());
        assertEquals(2, Cli.run("sample", "--years", "abc").exit());
        assertTrue(Files.notExists(temp.resolve("x")));
    }
}
