package cn.gongkai.cli;

import cn.gongkai.testing.Cli;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
    void metricsListEveryStageWithTheTimesInOneColumn(@TempDir Path temp) {
        Cli.Run r = Cli.run("build", "--content", Sample.CONTENT.toString(), "--out", temp.resolve("site").toString(),
                "--theme", Sample.THEME.toString(), "--metrics");
        assertEquals(0, r.exit(), r.all());
        String out = r.out();
        java.util.List<String> stages = out.substring(out.indexOf("各阶段用时：\n") + 7, out.indexOf("各模板用时")).lines().toList();
        assertEquals(java.util.List.of("核对输入", "读取和检查内容", "规划页面", "生成页面和下载文件", "网站地图、订阅和搜索索引（同时）", "发布"),
                stages.stream().map(l -> l.trim().split(" +")[0]).toList(), out);
        // The column where each time ends, counting a Chinese character as two columns, as a terminal shows it.
        assertEquals(1, stages.stream().map(l -> l.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum())
                .distinct().count(), out);
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

    /** serve without --out previews into a temporary folder and removes it when stopped (Ctrl+C, kill). */
    @Test
    void serveDeletesItsTemporaryPreviewWhenStopped(@TempDir Path temp) throws Exception {
        Path tmp = Files.createDirectory(temp.resolve("tmp"));
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaCommand.toString(), "-Djava.io.tmpdir=" + tmp, "-Dgongkai.home=" + Path.of("").toAbsolutePath(),
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--content", Sample.CONTENT.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            // Read on another thread, so a serve that never says where it is fails the test instead of hanging it.
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                    .lines().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
            StringBuilder log = new StringBuilder();
            String line;
            while ((line = lines.poll(60, TimeUnit.SECONDS)) != null && !line.contains("停止时删除")) log.append(line).append('\n');
            assertTrue(line != null, "serve says where the preview is and that it goes when stopped:\n" + log);
            Path preview;
            try (var made = Files.list(tmp)) {
                preview = made.filter(f -> f.getFileName().toString().startsWith("gongkai-serve")).findFirst().orElseThrow();
            }
            assertTrue(line.contains(preview.resolve("site").toString()), line);
            assertTrue(Files.isRegularFile(preview.resolve("site/index.html")), "the preview was built");
            p.destroy();  // SIGTERM, as Ctrl+C or kill
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve stops");
            assertFalse(Files.exists(preview), "the temporary preview is deleted");
        } finally {
            p.destroyForcibly();
        }
    }
}
