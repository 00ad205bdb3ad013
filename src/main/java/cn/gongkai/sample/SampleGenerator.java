package cn.gongkai.sample;

import cn.gongkai.content.CatalogLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Generates a content folder (site.yaml, glossary.yaml, every department's years) for benchmarks and
 * tests: several jurisdictions, departments of many kinds, 元 and 万元, single- and multi-unit, empty
 * and filled tables, reasons, self-evaluations and budget reviews. Files are handed to the sink one at
 * a time, so memory does not grow with the number of departments; the same spec gives the same bytes.
 */
public final class SampleGenerator {

    /** Where generated files go, by path relative to the content folder ("departments/…/final-accounts.yaml"). */
    @FunctionalInterface
    public interface Sink {
        void write(String path, byte[] bytes) throws IOException;
    }

    /** What was written: departments, 部门决算 and 预算评审结果 documents, files and bytes. */
    public record Summary(int departments, int jurisdictions, int finalAccounts, int budgetReviews, int files, long bytes) {
    }

    /** Streams of random numbers, one per purpose, so that adding one purpose leaves the others unchanged. */
    private static final int FIGURES = 2;
    private static final int TEXT = 3;
    private static final int PERFORMANCE = 4;
    private static final int REVIEWS = 5;
    private static final int PUBLISHED = 6;
    private static final int REVIEW_PUBLISHED = 7;

    private final CatalogLoader catalogs;

    public SampleGenerator(CatalogLoader catalogs) {
        this.catalogs = catalogs;
    }

    public Summary generate(SampleSpec spec, Sink sink) throws IOException {
        Counter out = new Counter(sink);
        List<Places.Place> places = Departments.places(spec.departments(), spec.seed());
        out.write("site.yaml", SiteWriter.site(places, spec.seed()));
        out.write("glossary.yaml", SiteWriter.glossary());
        int accounts = 0;
        int reviews = 0;
        for (DepartmentPlan d : Departments.plan(spec.departments(), spec.seed(), places)) {
            String folder = "departments/" + d.slug() + "/";
            out.write(folder + "department.yaml", SiteWriter.department(d));
            YearFigures previous = null;
            for (int year = SampleSpec.FIRST_YEAR; year <= spec.lastYear(); year++) {
                String dir = folder + year + "/";
                YearFigures f = new FiguresBuilder(d, year, catalogs.forYear(year), rng(spec, FIGURES, d, year)).build();
                out.write(dir + "final-accounts.yaml", FinalAccountsWriter.write(d, f, catalogs.forYear(year), published(spec, d, year)));
                out.write(dir + "explanations.md", ExplanationsWriter.write(f, previous, rng(spec, TEXT, d, year)));
                out.write(dir + "performance.yaml", PerformanceWriter.write(d, f, rng(spec, PERFORMANCE, d, year)));
                accounts++;
                Rng review = rng(spec, REVIEWS, d, year);
                if (review.percent(d.odds().review())) {
                    out.write(dir + "budget-review.yaml", BudgetReviewWriter.write(d, year, reviewPublished(spec, d, year), review));
                    reviews++;
                }
                previous = f;
            }
            int next = spec.lastYear() + 1;
            Rng review = rng(spec, REVIEWS, d, next);
            if (review.percent(d.odds().nextReview())) {
                out.write(folder + next + "/budget-review.yaml", BudgetReviewWriter.write(d, next, reviewPublished(spec, d, next), review));
                reviews++;
            }
        }
        return new Summary(spec.departments(), places.size(), accounts, reviews, out.files, out.bytes);
    }

    private static Rng rng(SampleSpec spec, int purpose, DepartmentPlan d, int year) {
        return Rng.of(spec.seed(), purpose, d.index(), year);
    }

    /** 部门决算 are published in the second half of the following year, in office hours. */
    private static String published(SampleSpec spec, DepartmentPlan d, int year) {
        Rng r = rng(spec, PUBLISHED, d, year);
        return time(year + 1, r.between(7, 10), r.between(1, 28), r);
    }

    /** 预算评审结果 are published in January of the budget year. */
    private static String reviewPublished(SampleSpec spec, DepartmentPlan d, int year) {
        Rng r = rng(spec, REVIEW_PUBLISHED, d, year);
        return time(year, 1, r.between(10, 28), r);
    }

    private static String time(int year, int month, int day, Rng r) {
        return String.format(Locale.ROOT, "%d-%02d-%02d %02d:%02d", year, month, day, r.between(9, 17), 15 * r.between(0, 3));
    }

    /** Hands files to the sink as UTF-8 and counts them. */
    private static final class Counter {
        private final Sink sink;
        private int files;
        private long bytes;

        Counter(Sink sink) {
            this.sink = sink;
        }

        void write(String path, String text) throws IOException {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            sink.write(path, b);
            files++;
            bytes += b.length;
        }
    }
}
