package cn.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * gongkai's command line. Exit status: 0 ok, 1 content (or theme) errors and nothing published,
 * 2 usage errors.
 */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "把部门预决算公开内容（YAML + Markdown）检查后生成可离线浏览的静态网站。",
        subcommands = {BuildCommand.class, CheckCommand.class, VerifyCommand.class, ServeCommand.class, SampleCommand.class,
                SchemaCommand.class, CommandLine.HelpCommand.class},
        commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令：build、check、verify 或 sample");
    }

    public static void main(String[] args) {
        System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("参数错误：" + ex.getMessage());
            ex.getCommandLine().usage(w);
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            w.println("gongkai 内部错误：" + ex);
            w.println("这不是内容的问题，请把以上信息报告给维护人员。设置环境变量 GONGKAI_DEBUG=1 可显示详细堆栈。");
            if (System.getenv("GONGKAI_DEBUG") != null) ex.printStackTrace(w);
            return INTERNAL;
        });
        return cl.execute(args);
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
