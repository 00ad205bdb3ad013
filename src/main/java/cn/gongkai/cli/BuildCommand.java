package cn.gongkai.cli;

import cn.gongkai.Gongkai;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gongkai build}: checks the content and, when there is no error, publishes the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "检查内容并生成网站；有错误时不发布，原有网站保持不变。",
        optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "输出目录（默认：${DEFAULT-VALUE}）")
    Path out;

    @Option(names = "--theme", paramLabel = "DIR", description = "主题目录（默认：程序目录下的 themes/default）")
    Path theme;

    @Option(names = "--full", description = "完整重新生成（默认只重新生成内容有变化的页面）")
    boolean full;

    @Option(names = "--metrics", description = "列出各阶段和各模板的用时")
    boolean metrics;

    @Option(names = "--threads", paramLabel = "N", description = "生成页面的线程数（默认：处理器核数）")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path themeDir = theme != null ? theme : defaultTheme();
        if (!Files.isDirectory(themeDir.resolve("templates"))) {
            err.println("找不到主题：" + themeDir + "（应包含 templates 文件夹）");
            return Main.USAGE;
        }
        Gongkai.BuildOptions o = new Gongkai.BuildOptions(!full, true, threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                new ConsoleProgress(err, System.console() != null), false);
        Gongkai.BuildResult r = new Gongkai().build(options.content(), themeDir, this.out, o);
        FindingsReport.human(r.findings(), out);
        r.notes().forEach(n -> err.println("警告：" + n));
        switch (r.status()) {
            case PUBLISHED -> {
                if (!r.findings().isEmpty()) out.println(FindingsReport.countLine(r.findings()));
                out.println(summary(r));
                if (metrics) printMetrics(r, out);
                return Main.OK;
            }
            case CONTENT_ERRORS -> {
                out.println(FindingsReport.countLine(r.findings()));
                out.println("内容有错误，未发布；" + this.out + " 保持原样。");
                return Main.CONTENT_ERRORS;
            }
            case THEME_ERROR -> {
                err.println(r.message());
                err.println("主题模板有错误，未发布；" + this.out + " 保持原样。");
                return Main.CONTENT_ERRORS;
            }
            default -> {
                err.println(r.message());
                return Main.USAGE;
            }
        }
    }

    /**
     * "已发布到 site：13 个页面（生成 13 个），11 张图表，写入 42 个文件（共 42 个），用时 1742 毫秒，平均每页 134 毫秒"; a
     * build that found nothing changed says so.
     */
    private String summary(Gongkai.BuildResult r) {
        if (r.rendered() == 0 && r.written() == 0) {
            return String.format("%s 已是最新：%d 个页面、%d 个文件都没有变化，用时 %d 毫秒", this.out, r.pages(), r.files(), r.millis());
        }
        String perPage = r.rendered() == 0 ? "" : String.format("，平均每页 %.1f 毫秒", (double) r.millis() / r.rendered());
        return String.format("已发布到 %s：%d 个页面（生成 %d 个），%d 张图表，写入 %d 个文件（共 %d 个），用时 %d 毫秒%s",
                this.out, r.pages(), r.rendered(), r.charts(), r.written(), r.files(), r.millis(), perPage);
    }

    private static void printMetrics(Gongkai.BuildResult r, PrintWriter out) {
        out.println("各阶段用时：");
        r.metrics().stages().forEach((stage, nanos) -> out.printf("  %s %8d 毫秒%n", pad(stage, 34), nanos / 1_000_000));
        out.println("各模板用时（各线程合计）：");
        r.metrics().templates().forEach((t, v) -> out.printf("  %-24s %8d 毫秒  %6d 页  平均 %.1f 毫秒%n", t, v.nanos() / 1_000_000,
                v.pages(), v.pages() == 0 ? 0.0 : v.nanos() / 1e6 / v.pages()));
    }

    /** {@code text} and spaces to fill {@code columns} terminal columns, a Chinese character taking two. */
    static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
        return text + " ".repeat(Math.max(0, columns - width));
    }

    /** East Asian wide and fullwidth characters: CJK, Hangul, fullwidth forms and punctuation. */
    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
    }

    /** themes/default beside the installed program (the launcher sets gongkai.home), else in the working folder. */
    static Path defaultTheme() {
        String home = System.getProperty("gongkai.home");
        Path base = home != null ? Path.of(home) : Path.of("");
        return base.resolve("themes").resolve("default");
    }
}
