package cn.gongkai.cli;

import cn.gongkai.testing.Cli;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's contract: exit 0 ok, 1 content errors, 2 usage errors; help in Chinese. */
class CliTest {

    @Test
    void helpListsTheCommands() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("build") && r.out().contains("check"), r.out());
        assertTrue(Cli.run("build", "--help").out().contains("--content"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run().exit());
        Cli.Run r = Cli.run("build", "--frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("参数错误"), r.err());
        assertEquals(2, Cli.run("publish").exit());
        assertEquals(2, Cli.run("check", "--format", "xml").exit());
    }

    @Test
    void checkOfTheSamplePasses() {
        Cli.Run r = Cli.run("check", "--content", Sample.CONTENT.toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("检查通过") || r.out().contains("0 个错误"), r.out());
    }

    @Test
    void checkJsonIsAnArrayOfFindings(@TempDir Path temp) throws Exception {
        Path missing = temp.resolve("nothing-here");
        Cli.Run r = Cli.run("check", "--content", missing.toString(), "--format", "json");
        assertEquals(1, r.exit());
        JsonNode findings = new ObjectMapper().readTree(r.out());
        assertTrue(findings.isArray() && findings.size() == 1, r.out());
        JsonNode f = findings.get(0);
        for (String field : new String[]{"code", "severity", "file", "line", "column", "message", "expected", "found"}) {
            assertTrue(f.has(field), field);
        }
        assertEquals("FILE02", f.get("code").asText());
        assertEquals("error", f.get("severity").asText());
    }

    @Test
    void buildRefusesAnOutputFolderItDidNotCreate(@TempDir Path temp) throws Exception {
        Path mine = temp.resolve("documents");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("important.txt"), "keep me");
        Map<String, String> before = TreeHash.of(mine);
        Cli.Run r = Cli.run("build", "--content", Sample.CONTENT.toString(), "--out", mine.toString(), "--theme", Sample.THEME.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("不是 gongkai 生成的网站"), r.err());
        assertEquals(before, TreeHash.of(mine));
        assertEquals(2, Cli.run("build", "--content", Sample.CONTENT.toString(), "--out", "content/out",
                "--theme", Sample.THEME.toString()).exit(), "the output may not lie inside the content");
    }

    @Test
    void buildPublishesAndReplacesItsOwnSite(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        for (int i = 0; i < 2; i++) {
            Cli.Run r = Cli.run("build", "--content", Sample.CONTENT.toString(), "--out", site.toString(), "--theme", Sample.THEME.toString());
            assertEquals(0, r.exit(), r.all());
            assertTrue(r.out().contains(i == 0 ? "已发布到" : "已是最新"), r.out());
        }
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve(Sample.ZHENAN_2019)));
        try (var siblings = Files.list(temp)) {
            assertEquals(1, siblings.count(), "no staging or old folder is left beside the site");
        }
    }

    @Test
    void aBrokenThemeFailsTheBuildWithoutTouchingTheSite(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        assertEquals(0, Cli.run("build", "--content", "content", "--out", site.toString(), "--theme", "themes/default").exit());
        Map<String, String> before = TreeHash.of(site);
        Path theme = temp.resolve("theme");
        cn.gongkai.testing.ContentCase.copyTree(Sample.THEME, theme);
        Files.writeString(theme.resolve("templates/home.ftlh"), "<#import \"layout.ftlh\" as l><@l.page info=page>${view.noSuchThing}</@l.page>");
        Cli.Run r = Cli.run("build", "--content", "content", "--out", site.toString(), "--theme", theme.toString());
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.err().contains("模板错误") && r.err().contains("home.ftlh"), r.err());
        assertFalse(r.all().contains("\tat "), "no stack trace");
        assertEquals(before, TreeHash.of(site));
    }
}
