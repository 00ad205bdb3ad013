package cn.gongkai.serve;

import cn.gongkai.Gongkai;
import cn.gongkai.model.Finding;
import cn.gongkai.render.Progress;
import cn.gongkai.site.OutputFolder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The preview server: builds the site into {@code out}, serves it on 127.0.0.1 only, watches the
 * content and theme folders (natively: inotify, FSEvents), rebuilds incrementally after a change and
 * tells open pages to reload through Server-Sent Events. While the content has errors, every page
 * is replaced by the list of errors. The published site is untouched: served pages get the reload
 * script added on the way out, never on disk.
 */
public final class DevServer implements AutoCloseable {

    static final String PREFIX = "/__gongkai/";
    static final String RELOAD_SCRIPT = PREFIX + "reload.js";
    private static final String EVENTS = PREFIX + "events";
    /** Events closer together than this (an editor saving several files) make one rebuild. */
    private static final long DEBOUNCE_MS = 25;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8", "csv", "text/csv; charset=utf-8",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");

    /** What one rebuild did, for the log and for tests. */
    public record Rebuild(int number, boolean published, int pagesRendered, long millis, List<Finding> errors) {
    }

    private final Gongkai gongkai;
    private final Gongkai.Content content;
    private final Path theme;
    private final Path out;
    private final PrintWriter log;
    private final List<Consumer<Rebuild>> listeners = new CopyOnWriteArrayList<>();
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(daemon("gongkai-build"));
    private final ExecutorService http = Executors.newCachedThreadPool(daemon("gongkai-http"));
    private final AtomicInteger builds = new AtomicInteger();
    private HttpServer server;
    private DirectoryWatcher watcher;
    private ScheduledFuture<?> pending;
    private volatile String failure;
    /**
     * Whether the preview's files were found as the last build left them, looked at just after that
     * build: the next build then trusts them instead of looking at each of them again while the
     * editor waits (a site of 1,000 disclosures has 22,000 files: ~80 ms of each save).
     */
    private volatile boolean outputChecked;

    public DevServer(Gongkai gongkai, Gongkai.Content content, Path theme, Path out, PrintWriter log) {
        this.gongkai = gongkai;
        this.content = content;
        this.theme = theme;
        this.out = out;
        this.log = log;
    }

    /** Builds once, then serves on 127.0.0.1:{@code port} (0: any free port) and watches for changes. */
    public void start(int port) throws IOException {
        // Bind first: a port in use is reported at once, not after building the whole site.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        rebuild();
        server.createContext("/", this::handle);
        server.setExecutor(http);
        server.start();
        watcher = DirectoryWatcher.builder().paths(List.of(content.folder(), theme)).fileHashing(false)
                .listener(event -> scheduleRebuild()).build();
        watcher.watchAsync(Executors.newSingleThreadExecutor(daemon("gongkai-watch")));
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Tells {@code listener} about every rebuild after it happened. */
    public void onRebuild(Consumer<Rebuild> listener) {
        listeners.add(listener);
    }

    private synchronized void scheduleRebuild() {
        if (pending != null) pending.cancel(false);
        pending = builder.schedule(this::rebuild, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        Rebuild r;
        boolean trusted = outputChecked;
        outputChecked = false;
        try {
            Gongkai.BuildResult b = gongkai.build(content, theme, out,
                    Gongkai.BuildOptions.DEFAULT.withProgress(Progress.NONE).withoutRecord().trustingOutput(trusted));
            List<Finding> errors = b.findings().stream().filter(Finding::isError).toList();
            failure = b.published() ? null : ErrorPage.html(errors, b.message());
            r = new Rebuild(builds.incrementAndGet(), b.published(), b.rendered(), b.millis(), errors);
            String when = LocalTime.now().format(CLOCK);
            if (b.published()) {
                log.printf("[%s] 已更新：生成 %d 个页面，写入 %d 个文件，用时 %d 毫秒%n", when, b.rendered(), b.written(), b.millis());
            } else {
                log.printf("[%s] 内容有 %d 个错误，网站未更新（浏览器中显示错误列表）%n", when, errors.size());
                errors.stream().limit(20).forEach(f -> log.println("  " + f.location() + "  " + f.code() + "  " + f.message()));
                if (b.message() != null) log.println("  " + b.message());
            }
        } catch (IOException | RuntimeException e) {
            failure = ErrorPage.html(List.of(), "生成网站时出错：" + e);
            r = new Rebuild(builds.incrementAndGet(), false, 0, 0, List.of());
            log.println("生成网站时出错：" + e);
        }
        log.flush();
        broadcast(r.number());
        for (Consumer<Rebuild> l : listeners) l.accept(r);
        if (r.published()) {
            try {
                builder.execute(() -> checkOutput(trusted));
            } catch (RejectedExecutionException closing) {
                // serve is stopping (Ctrl+C during a build): nothing to check for
            }
        }
    }

    /**
     * After a build, on the build thread (so never during one): whether its files are still as it
     * left them. When a build that trusted them finds some changed (someone edited the preview by
     * hand), one more build, which looks at every file, puts them right.
     */
    private void checkOutput(boolean lastTrusted) {
        synchronized (this) {
            if (pending != null && !pending.isDone()) return; // a save is waiting: that build looks at every file
        }
        boolean asLeft = OutputFolder.asLeft(out);
        outputChecked = asLeft;
        if (!asLeft && lastTrusted) scheduleRebuild();
    }

    private void broadcast(int number) {
        byte[] event = ("event: reload\ndata: " + number + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (HttpExchange c : clients) {
            try {
                c.getResponseBody().write(event);
                c.getResponseBody().flush();
            } catch (IOException gone) {
                clients.remove(c);
                c.close();
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "只支持 GET".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(EVENTS)) {
                events(ex);
                return;
            } else if (path.equals(RELOAD_SCRIPT)) {
                send(ex, 200, TYPES.get("js"), RELOAD_JS.getBytes(StandardCharsets.UTF_8));
            } else {
                file(ex, path);
            }
        } catch (IOException | RuntimeException e) {
            send(ex, 500, "text/plain; charset=utf-8", ("预览服务器出错：" + e).getBytes(StandardCharsets.UTF_8));
        }
        ex.close();
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        ex.getResponseBody().write(": gongkai\n\n".getBytes(StandardCharsets.UTF_8));
        ex.getResponseBody().flush();
        clients.add(ex); // kept open; written to on every rebuild
    }

    private void file(HttpExchange ex, String path) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        String rel = path.startsWith("/") ? path.substring(1) : path;
        if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
        Path file = root.resolve(rel).normalize();
        if (!file.startsWith(root) || rel.contains("\\") || file.getFileName().toString().startsWith(".")) {
            send(ex, 404, TYPES.get("txt"), "没有这个文件".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        boolean html = file.getFileName().toString().endsWith(".html");
        String failed = failure;
        if (html && failed != null) {
            send(ex, 500, TYPES.get("html"), failed.getBytes(StandardCharsets.UTF_8));
            return;
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
            html = true;
            if (!Files.isRegularFile(file)) {
                send(ex, 404, TYPES.get("txt"), "没有这个文件".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        if (html) bytes = withReloadScript(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
    }

    /** The page as built, with the reload script before {@code </body>}. */
    static String withReloadScript(String page) {
        int at = page.lastIndexOf("</body>");
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\"></script>\n";
        return at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    /** Reloads the page when the server says the site was rebuilt. */
    private static final String RELOAD_JS = "/* gongkai serve: reload after each rebuild */\n"
            + "(function () {\n"
            + "  var events = new EventSource('" + EVENTS + "');\n"
            + "  events.addEventListener('reload', function () { window.location.reload(); });\n"
            + "})();\n";

    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        if (server != null) server.stop(0);
        for (HttpExchange c : clients) c.close();
        builder.shutdownNow();
        http.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
