package cn.gongkai.cli;

import cn.gongkai.Gongkai;
import cn.gongkai.sample.SampleGenerator;
import cn.gongkai.sample.SampleSpec;
import cn.gongkai.site.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gongkai sample}: writes synthetic content (for benchmarks and tests) that passes check. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "生成虚构的示例内容（用于性能测试和测试）：多个行政区划和部门、连续年度的部门决算、情况说明、绩效自评和预算评审结果，"
                + "各表勾稽关系全部成立，check 没有错误。同样的参数总是生成完全相同的文件。",
        optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
final class SampleCommand implements Callable<Integer> {

    @Option(names = "--departments", paramLabel = "N", defaultValue = "10", description = "部门数（默认：${DEFAULT-VALUE}）")
    int departments;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "3", description = "每个部门的年度数，从 2019 年起（默认：${DEFAULT-VALUE}）")
    int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "随机种子（默认：${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sample-content", description = "输出目录（默认：${DEFAULT-VALUE}）")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SampleSpec what;
        try {
            what = new SampleSpec(departments, years, seed);
        } catch (IllegalArgumentException e) {
            err.println("参数错误：" + e.getMessage());
            return Main.USAGE;
        }
        long start = System.nanoTime();
        SampleGenerator.Summary s;
        try {
            s = Gongkai.sample(what, this.out);
        } catch (OutputFolder.UnsafeOutputException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.printf(Locale.ROOT, "已生成示例内容到 %s：%d 个行政区划、%d 个部门、%d 份部门决算（%d—%d 年）、%d 份预算评审结果，共 %d 个文件（%.1f MB），用时 %d 毫秒%n",
                this.out, s.jurisdictions(), s.departments(), s.finalAccounts(), SampleSpec.FIRST_YEAR, what.lastYear(), s.budgetReviews(),
                s.files(), s.bytes() / 1_048_576.0, millis);
        return Main.OK;
    }
}
