package cn.gongkai.serve;

import cn.gongkai.Gongkai;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview server: bound to 127.0.0.1, serves the built site with a reload script, rebuilds when
 * a content file is saved and tells open pages through Server-Sent Events, shows the errors with
 * file:line while the content is broken, and never serves a file outside the site.
 */
class DevServerTest {

    @TempDir
    Path temp;
    Path content;
    DevServer server;
    final BlockingQueue<DevServer.Rebuild> rebuilds = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        content = temp.resolve("content");
        ContentCase.copyTree(Sample.CONTENT, content);
        server = new DevServer(new Gongkai(), Gongkai.Content.of(content), Sample.THEME, temp.resolve("preview"),
                new PrintWriter(new StringWriter()));
        server.onRebuild(rebuilds::add);
        server.start(0);
        assertTrue(rebuilds.poll().published(), "the first build");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void listensOnLoopbackOnlyAndServesTheSiteWithAReloadScript() throws Exception {
        assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        Document d = Jsoup.parse(home.body());
        assertEquals(DevServer.RELOAD_SCRIPT, d.select("script").last().attr("src"));
        assertEquals(200, get(DevServer.RELOAD_SCRIPT).statusCode());
        assertFalse(Files.readString(temp.resolve("preview/index.html")).contains(DevServer.RELOAD_SCRIPT), "the built site itself is untouched");
        assertEquals(200, get("/" + Sample.ZHENAN_2019).statusCode());
        assertEquals(200, get("/zhenan/2019/final-accounts/zhenan-xzspfwj/data/gk05.csv").statusCode());
        assertEquals(404, get("/no/such/page.html").statusCode());
        for (String escape : new String[]{"/%2e%2e/%2e%2e/etc/hostname", "/..%2f..%2fcontent/site.yaml", "/.gongkai-manifest", "/%2e%2e%5ccontent"}) {
            HttpResponse<String> r = get(escape);
            assertEquals(404, r.statusCode(), escape);
            assertFalse(r.body().contains("title:"), escape);
        }
    }

    @Test
    void aSavedChangeIsRebuiltAndOpenPagesAreToldToReload() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(uri("/__gongkai/events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().filter(l -> l.startsWith("event:")).forEach(events::add));
        Thread.sleep(300); // the event stream is open
        Path md = content.resolve("departments/zhenan-xzspfwj/2019/explanations.md");
        long saved = System.nanoTime();
        Files.writeString(md, Files.readString(md, StandardCharsets.UTF_8) + "\n预览测试补充的一句话。\n", StandardCharsets.UTF_8);
        DevServer.Rebuild r = rebuilds.poll(20, TimeUnit.SECONDS);
        assertNotNull(r, "a rebuild after the save");
        assertTrue(r.published());
        assertEquals(1, r.pagesRendered(), "only the changed disclosure is rendered again");
        assertEquals("event: reload", events.poll(10, TimeUnit.SECONDS), "open pages are told to reload");
        long millis = (System.nanoTime() - saved) / 1_000_000;
        assertTrue(millis < 10_000, "save to reload event: " + millis + " ms");
        assertTrue(get("/" + Sample.ZHENAN_2019).body().contains("预览测试补充的一句话。"));
    }

    @Test
    void whileTheContentHasErrorsEveryPageShowsThemWithFileAndLine() throws Exception {
        Path yaml = content.resolve("departments/zhenan-xzspfwj/2019/final-accounts.yaml");
        String good = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, good.replace("unit: 万元", "unit: 千元"), StandardCharsets.UTF_8);
        DevServer.Rebuild broken = rebuilds.poll(20, TimeUnit.SECONDS);
        assertNotNull(broken);
        assertFalse(broken.published());
        HttpResponse<String> page = get("/" + Sample.ZHENAN_2019);
        assertEquals(500, page.statusCode());
        Document d = Jsoup.parse(page.body());
        assertEquals("内容有错误，网站未更新", d.selectFirst("h1").text());
        String first = d.selectFirst("li").text();
        assertTrue(first.matches(".*final-accounts\\.yaml:\\d+:\\d+ YAML02 .*"), first);
        assertEquals(DevServer.RELOAD_SCRIPT, d.selectFirst("script").attr("src"), "the error page reloads itself once fixed");

        Files.writeString(yaml, good, StandardCharsets.UTF_8);
        DevServer.Rebuild fixed = rebuilds.poll(20, TimeUnit.SECONDS);
        assertNotNull(fixed);
        assertTrue(fixed.published());
        assertEquals(200, get("/" + Sample.ZHENAN_2019).statusCode());
    }

    /**
     * A build trusts the preview's files when they were found as the last build left them; one
     * edited by hand in between is seen after the next save and put right by one more build.
     */
    @Test
    void aPreviewFileEditedByHandIsPutRightAfterTheNextSave() throws Exception {
        Path glossary = temp.resolve("preview/glossary/index.html");
        String published = Files.readString(glossary, StandardCharsets.UTF_8);
        Files.writeString(glossary, "edited by hand", StandardCharsets.UTF_8);
        Path md = content.resolve("departments/zhenan-xzspfwj/2019/explanations.md");
        Files.writeString(md, Files.readString(md, StandardCharsets.UTF_8) + "\n又一句补充。\n", StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.readString(glossary, StandardCharsets.UTF_8).equals(published) && System.nanoTime() < deadline) {
            rebuilds.poll(1, TimeUnit.SECONDS);
        }
        assertEquals(published, Files.readString(glossary, StandardCharsets.UTF_8));
    }

    /** A port in use is reported at once: nothing is built first (a large site takes a while). */
    @Test
    void aPortInUseFailsBeforeBuilding() throws Exception {
        Path other = temp.resolve("other-preview");
        DevServer second = new DevServer(new Gongkai(), Gongkai.Content.of(content), Sample.THEME, other, new PrintWriter(new StringWriter()));
        try {
            assertThrows(BindException.class, () -> second.start(server.address().getPort()));
            assertFalse(Files.exists(other), "nothing was built");
        } finally {
            second.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }
}
