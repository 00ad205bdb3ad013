package cn.gongkai.site;

import cn.gongkai.Gongkai;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incremental builds: a no-op rebuild writes nothing; after one file changes only the pages that
 * depend on it are rendered and only the files whose bytes changed are written (the rest keep bytes
 * and mtime); the result always equals a full build of the same content; a failed build changes
 * nothing; a published file someone edited is put back.
 */
class IncrementalBuildTest {

    private static final String Y2018 = "zhenan/2018/final-accounts/zhenan-xzspfwj/index.html";
    private static final String Y2019 = Sample.ZHENAN_2019;

    @TempDir
    Path temp;
    Path content;
    Path site;

    @BeforeEach
    void buildATwoYearSite() throws IOException {
        content = temp.resolve("content");
        ContentCase.load("sites/two-years").materialize(content);
        site = temp.resolve("site");
        Gongkai.BuildResult first = build();
        assertEquals(first.pages(), first.rendered(), "the first build renders every page");
        assertEquals(first.files(), first.written());
        assertTrue(Files.isRegularFile(site.resolve(Manifest.FILE)));
    }

    @Test
    void aNoOpRebuildRendersAndWritesNothing() throws IOException {
        Map<String, FileTime> before = mtimes();
        Map<String, String> hashes = TreeHash.of(site);
        Gongkai.BuildResult r = build();
        assertEquals(0, r.rendered());
        assertEquals(0, r.written());
        assertEquals(hashes, TreeHash.of(site));
        assertEquals(before, mtimes(), "not even the manifest is touched");
    }

    @Test
    void aBuildWhoseInputsAreRecordedStopsBeforeReadingAndReportsTheSameFindings() throws IOException {
        Gongkai.BuildResult first = new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, site);
        assertFalse(first.findings().isEmpty(), "the case has warnings to report again");
        Gongkai.BuildResult again = build();
        assertEquals(first.findings(), again.findings());
        assertEquals(first.pages(), again.pages());
        assertEquals(first.files(), again.files());
        assertFalse(again.metrics().stages().containsKey("读取和检查内容"), "the content is not read: " + again.metrics().stages());
    }

    @Test
    void aNewFolderOrLinkInTheContentIsReadEvenWithoutANewFile() throws IOException {
        Files.createDirectories(content.resolve("departments/new-department"));
        Gongkai.BuildResult r = build();
        assertTrue(r.metrics().stages().containsKey("读取和检查内容"), "an empty department folder is reported on: " + r.findings());
        Files.delete(content.resolve("departments/new-department"));
        assertEquals(0, build().written());
        Files.createSymbolicLink(content.resolve("departments/elsewhere"), temp);
        assertTrue(build().metrics().stages().containsKey("读取和检查内容"), "a link is reported on");
    }

    @Test
    void aRecordOfAnEarlierSiteIsNotTrusted() throws IOException {
        // as if a build published and stopped before writing its record: the record names the previous manifest
        byte[] record = Files.readAllBytes(site.resolve(BuildRecord.FILE));
        Path md = content.resolve("departments/zhenan-xzspfwj/2019/explanations.md");
        String original = Files.readString(md, StandardCharsets.UTF_8);
        Files.writeString(md, original + "\n本说明于 2020 年 10 月补充。\n", StandardCharsets.UTF_8);
        assertEquals(1, build().rendered());
        Files.write(site.resolve(BuildRecord.FILE), record);
        Files.writeString(md, original, StandardCharsets.UTF_8);
        assertEquals(1, build().rendered(), "the inputs are the recorded ones, but the site is not that build's");
        assertEqualsAFullBuild();
    }

    @Test
    void editingOneExplanationRendersOnlyThatDisclosure() throws IOException {
        Map<String, FileTime> before = mtimes();
        Path md = content.resolve("departments/zhenan-xzspfwj/2019/explanations.md");
        Files.writeString(md, Files.readString(md, StandardCharsets.UTF_8) + "\n本说明于 2020 年 10 月补充。\n", StandardCharsets.UTF_8);
        Gongkai.BuildResult r = build();
        assertEquals(1, r.rendered(), "the 2019 disclosure depends on its explanations; nothing else does");
        assertEquals(Map.of(Y2019, true), changed(before), "only its page is written: its tables and downloads did not change");
        assertEqualsAFullBuild();
    }

    @Test
    void changingAPublishTimeRendersTheDisclosureItsSuccessorTheNavigationAndTheComparison() throws IOException {
        Map<String, FileTime> before = mtimes();
        Path yaml = content.resolve("departments/zhenan-xzspfwj/2018/final-accounts.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        assertTrue(text.contains("published: 2020-10-22 10:00"), "the case keeps the sample's publish time");
        Files.writeString(yaml, text.replace("published: 2020-10-22 10:00", "published: 2019-09-30 16:30"), StandardCharsets.UTF_8);
        Gongkai.BuildResult r = build();
        // 2018's page, 2019's (it reads last year's accounts), the comparison of 2018, and the navigation pages.
        assertTrue(r.rendered() >= 3 && r.rendered() < r.pages(), "rendered " + r.rendered() + " of " + r.pages());
        Map<String, Boolean> written = changed(before);
        assertTrue(written.containsKey(Y2018), "the 2018 page shows the new time: " + written.keySet());
        assertFalse(written.containsKey(Y2019), "2019's page was rendered again but its bytes did not change");
        assertTrue(written.containsKey("index.html") && written.containsKey("feed.xml") && written.containsKey("zhenan/2018/final-accounts/index.html"),
                "the latest list, the feed and the 2018 list show publish times: " + written.keySet());
        assertFalse(written.containsKey("zhenan/2018/compare/index.html"), "the comparison does not show publish times");
        assertFalse(written.containsKey("glossary/index.html"));
        assertEqualsAFullBuild();
    }

    @Test
    void aLongRunningBuilderReusesWhatItKeptOnlyWhileTheContentIsTheSame() throws IOException {
        // serve builds with one Gongkai: departments it read, search entries it wrote and charts it drew are kept
        Gongkai serving = new Gongkai();
        assertEquals(0, serving.build(Gongkai.Content.of(content), Sample.THEME, site).written());
        Path department = content.resolve("departments/zhenan-xzspfwj/department.yaml");
        String text = Files.readString(department, StandardCharsets.UTF_8);
        assertTrue(text.contains("name: 镇安县行政审批服务局"));
        Files.writeString(department, text.replace("name: 镇安县行政审批服务局", "name: 镇安县数据和政务服务局"), StandardCharsets.UTF_8);
        Gongkai.BuildResult r = serving.build(Gongkai.Content.of(content), Sample.THEME, site);
        assertTrue(r.published());
        String index = Files.readString(site.resolve("search/index.js"), StandardCharsets.UTF_8);
        assertTrue(index.contains("镇安县数据和政务服务局 2019 年部门决算") && !index.contains("镇安县行政审批服务局"),
                "every search entry of the department's disclosures names it anew");
        assertEqualsAFullBuild();
    }

    @Test
    void removingAYearRemovesItsFilesAndUpdatesTheNavigation() throws IOException {
        OutputFolder.deleteTree(content.resolve("departments/zhenan-xzspfwj/2018"));
        Gongkai.BuildResult r = build();
        assertTrue(r.published());
        assertFalse(Files.exists(site.resolve(Y2018)));
        assertFalse(Files.exists(site.resolve("zhenan/2018")), "empty folders go too");
        assertEqualsAFullBuild();
    }

    @Test
    void aFailedBuildChangesNothing() throws IOException {
        Map<String, FileTime> before = mtimes();
        Map<String, String> hashes = TreeHash.of(site);
        Path yaml = content.resolve("departments/zhenan-xzspfwj/2019/final-accounts.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8).replace("unit: 万元", "unit: 千元"), StandardCharsets.UTF_8);
        assertFalse(build().published());
        assertEquals(hashes, TreeHash.of(site));
        assertEquals(before, mtimes());
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(new TreeSet<>(java.util.List.of("content", "site")),
                    new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()), "no staging folder is left");
        }
    }

    @Test
    void aPublishedFileSomeoneEditedIsPutBack() throws IOException {
        Path page = site.resolve(Y2019);
        String original = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, original.replace("102.39", "999.99"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Gongkai.BuildResult r = build();
        assertEquals(1, r.rendered());
        assertEquals(original, Files.readString(page, StandardCharsets.UTF_8));
    }

    private Gongkai.BuildResult build() throws IOException {
        return new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, site);
    }

    private void assertEqualsAFullBuild() throws IOException {
        Path full = temp.resolve("full");
        assertTrue(new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, full, Gongkai.BuildOptions.DEFAULT.full()).published());
        assertEquals(TreeHash.of(full), TreeHash.of(site), "an incremental build publishes what a full build publishes");
    }

    /** Every file's mtime (the manifest included). */
    private Map<String, FileTime> mtimes() throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) out.put(site.relativize(f).toString(), Files.getLastModifiedTime(f));
        }
        return out;
    }

    /** The files (pages and site files, not the manifest or build record) whose mtime changed since {@code before}. */
    private Map<String, Boolean> changed(Map<String, FileTime> before) throws IOException {
        Map<String, Boolean> out = new TreeMap<>();
        mtimes().forEach((f, t) -> {
            if (!f.equals(Manifest.FILE) && !f.equals(BuildRecord.FILE) && !t.equals(before.get(f))) out.put(f, true);
        });
        return out;
    }
}
