package cn.gongkai.testing;

import cn.gongkai.Gongkai;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Site;
import cn.gongkai.model.review.BudgetReview;
import cn.gongkai.site.OutputFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample content shipped in content/, loaded or built once per test run. */
public final class Sample {

    public static final Path CONTENT = Path.of("content");
    public static final Path THEME = Path.of("themes/default");
    public static final String ZHENAN_2019 = "zhenan/2019/final-accounts/zhenan-xzspfwj/index.html";
    public static final String ANNING_2021_REVIEW = "anning/2021/budget-review/anning-zwfwglj/index.html";

    private static Site site;
    private static Path built;

    private Sample() {
    }

    public static synchronized Site site() {
        if (site == null) {
            Gongkai.Check check = new Gongkai().check(Gongkai.Content.of(CONTENT));
            site = check.site().orElseThrow(() -> new AssertionError("sample content does not load: " + check.findings()));
        }
        return site;
    }

    public static FinalAccounts zhenan2019() {
        return site().finalAccounts().stream()
                .filter(f -> f.department().slug().equals("zhenan-xzspfwj") && f.year() == 2019)
                .findFirst().orElseThrow();
    }

    /** The 安宁市政务服务管理局 2021 budget review result (seed 000). */
    public static BudgetReview anning2021Review() {
        return site().budgetReviews().stream()
                .filter(r -> r.department().slug().equals("anning-zwfwglj") && r.year() == 2021)
                .findFirst().orElseThrow();
    }

    /** The sample site, built once into a temporary folder. */
    public static synchronized Path builtSite() {
        if (built == null) {
            try {
                Path folder = Files.createTempDirectory("gongkai-sample");
                // Removed when the test run ends: each run used to leave a built site in the temporary folder.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        OutputFolder.deleteTree(folder);
                    } catch (IOException ignored) {
                        // the system cleans its temporary folder in the end
                    }
                }));
                Path out = folder.resolve("site");
                Gongkai.BuildResult r = new Gongkai().build(Gongkai.Content.of(CONTENT), THEME, out);
                if (!r.published()) throw new AssertionError("sample did not build: " + r.message() + " " + r.findings());
                built = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    /** The text of a seed document kept under src/test/resources/seeds. */
    public static String seed(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/seeds", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
