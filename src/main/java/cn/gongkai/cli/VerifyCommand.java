package cn.gongkai.cli;

import cn.gongkai.Gongkai;
import cn.gongkai.verify.Mismatch;
import cn.gongkai.verify.SiteVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code gongkai verify}: re-reads a published site and checks every number, download and link
 * against the content; exit 1 on any difference.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "核对已发布的网站与内容是否一致：每个表格单元格、说明中的每个数字、每个下载文件和每个站内链接。",
        optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
final class VerifyCommand implements Callable<Integer> {

    /** How many differences are printed before the rest are only counted. */
    private static final int SHOWN = 200;

    @Mixin
    ContentOptions options;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site", description = "要核对的网站目录（默认：${DEFAULT-VALUE}）")
    Path siteDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(siteDir)) {
            err.println("找不到网站目录：" + siteDir);
            return Main.USAGE;
        }
        Gongkai.Check check = new Gongkai().check(options.content());
        if (check.site().isEmpty()) {
            FindingsReport.human(check.findings(), out);
            out.println(FindingsReport.countLine(check.findings()));
            out.println("内容有错误，无法核对；请先用 check 修正内容。");
            return Main.CONTENT_ERRORS;
        }
        SiteVerifier.Result r = new SiteVerifier(check.site().get(), siteDir).verify();
        int n = 0;
        for (Mismatch m : r.mismatches()) {
            if (n++ == SHOWN) {
                out.println("……另有 " + (r.mismatches().size() - SHOWN) + " 处不一致未列出");
                break;
            }
            out.println(m.printed());
        }
        out.printf("已核对 %d 个页面、%d 个数字和文字、%d 个下载文件、%d 个链接：", r.pages(), r.values(), r.files(), r.links());
        if (r.ok()) {
            out.println("与内容一致。");
            return Main.OK;
        }
        out.println(r.mismatches().size() + " 处与内容不一致。");
        return Main.CONTENT_ERRORS;
    }
}
