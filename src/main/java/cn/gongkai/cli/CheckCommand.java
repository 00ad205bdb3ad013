package cn.gongkai.cli;

import cn.gongkai.Gongkai;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code gongkai check}: reports every problem in the content, publishes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "检查内容，列出所有错误和警告（不生成网站）。",
        optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
final class CheckCommand implements Callable<Integer> {

    enum Format { human, json }

    @Mixin
    ContentOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "输出格式：human（默认）或 json")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Gongkai.Check check = new Gongkai().checkHoldingLess(options.content());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(FindingsReport.json(check.findings()));
        } else {
            FindingsReport.human(check.findings(), out);
            out.println(FindingsReport.countLine(check.findings()));
        }
        out.flush();
        return check.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }
}
