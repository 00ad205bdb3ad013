package cn.gongkai.cli;

import cn.gongkai.Gongkai;
import cn.gongkai.serve.DevServer;
import cn.gongkai.site.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code gongkai serve}: previews the site on http://127.0.0.1:PORT/ while editors work; every saved
 * change is rebuilt and open pages reload, or show the errors with file:line.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "在本机预览网站（只监听 127.0.0.1）：保存内容或主题文件后自动重新生成并刷新浏览器；内容有错误时浏览器中显示错误列表。",
        optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313", description = "端口（默认：${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--out", paramLabel = "DIR",
            description = "预览网站的生成目录（默认：系统临时目录中的新文件夹，不改动 site/）")
    Path out;

    @Option(names = "--theme", paramLabel = "DIR", description = "主题目录（默认：程序目录下的 themes/default）")
    Path theme;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter log = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path themeDir = theme != null ? theme : BuildCommand.defaultTheme();
        if (!Files.isDirectory(themeDir.resolve("templates"))) {
            err.println("找不到主题：" + themeDir + "（应包含 templates 文件夹）");
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println("端口应在 0 至 65535 之间：" + port);
            return Main.USAGE;
        }
        // Without --out the preview goes to a new temporary folder, deleted when serve stops (at 1,000
        // department-years it is 400 MB: left behind, every session would leave one).
        Path temporary = out != null ? null : Files.createTempDirectory("gongkai-serve");
        Path target = out != null ? out : temporary.resolve("site");
        DevServer server = new DevServer(new Gongkai(), options.content(), themeDir, target, log);
        // Registered before the first build, so Ctrl+C during it also removes the temporary folder.
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                if (temporary != null) OutputFolder.deleteTree(temporary);
            } catch (IOException ignored) {
                // exiting anyway; a temporary folder left behind is the system's to clean
            }
            stop.countDown();
        }));
        try {
            server.start(port);
        } catch (BindException e) {
            if (temporary != null) OutputFolder.deleteTree(temporary);
            err.println("端口 " + port + " 已被占用；请用 --port 换一个端口");
            return Main.USAGE;
        }
        log.println("预览地址：http://127.0.0.1:" + server.address().getPort() + "/  （只有本机可以访问；按 Ctrl+C 停止）");
        log.println("正在监视 " + options.content().display() + " 和 " + themeDir + "，保存后自动更新。预览网站生成在 " + target
                + (temporary != null ? "（停止时删除）" : ""));
        log.flush();
        stop.await();
        return Main.OK;
    }
}
