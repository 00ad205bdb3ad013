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
        Gongkai.BuildResult r = new Gongkai().build(options.content(), themeDir, this.out);
        FindingsReport.human(r.findings(), out);
        r.notes().forEach(n -> err.println("警告：" + n));
        switch (r.status()) {
            case PUBLISHED -> {
                if (!r.findings().isEmpty()) out.println(FindingsReport.countLine(r.findings()));
                out.printf("已发布到 %s：%d 个页面，%d 张图表，共 %d 个文件，用时 %d 毫秒%n", this.out, r.pages(), r.charts(), r.files(), r.millis());
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

    /** themes/default beside the installed program (the launcher sets gongkai.home), else in the working folder. */
    private static Path defaultTheme() {
        String home = System.getProperty("gongkai.home");
        Path base = home != null ? Path.of(home) : Path.of("");
        return base.resolve("themes").resolve("default");
    }
}
