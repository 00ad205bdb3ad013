package cn.gongkai.sample;

import cn.gongkai.Gongkai;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.MoneyUnit;
import cn.gongkai.model.Site;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.model.table.TableKind;
import cn.gongkai.testing.Sample;
import cn.gongkai.testing.TreeHash;
import cn.gongkai.verify.Mismatch;
import cn.gongkai.verify.SiteVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated content is content an editor could have written: check finds nothing at all (no error,
 * no warning), it builds, the built site verifies, and it is the same for the same arguments.
 */
class SampleContentTest {

    private static Gongkai.Check generateAndCheck(Path folder, int departments, int years, long seed) throws Exception {
        Gongkai.sample(new SampleSpec(departments, years, seed), folder);
        return new Gongkai().check(Gongkai.Content.of(folder));
    }

    @ParameterizedTest(name = "{0} departments × {1} years, seed {2}")
    @CsvSource({"1, 1, 1", "3, 2, 4", "6, 3, 2"})
    void checkFindsNothingAtAll(int departments, int years, long seed, @TempDir Path temp) throws Exception {
        Gongkai.Check check = generateAndCheck(temp.resolve("content"), departments, years, seed);
        assertEquals(List.of(), check.findings().stream().map(f -> f.code() + " " + f.location() + " " + f.message()).toList());
        Site site = check.site().orElseThrow();
        assertEquals(departments, site.departments().size());
        assertEquals(departments * years, site.finalAccounts().size());
    }

    /** Three departments over two years are enough to show every kind of table, unit, document and year. */
    @Test
    void aSmallRunShowsEverything(@TempDir Path temp) throws Exception {
        Site site = generateAndCheck(temp.resolve("content"), 3, 2, 6).site().orElseThrow();
        List<FinalAccounts> all = site.finalAccounts();
        assertTrue(site.jurisdictions().size() >= 3, "jurisdictions: " + site.jurisdictions().size());
        assertEquals(Set.of(2019, 2020), all.stream().map(FinalAccounts::year).collect(Collectors.toSet()));
        assertEquals(Set.of(8, 9), all.stream().map(fa -> fa.tables().all().size()).collect(Collectors.toSet()), "8 tables in 2019, 9 from 2020");
        assertSome(all, fa -> fa.unit() == MoneyUnit.YUAN, "in 元");
        assertSome(all, fa -> fa.unit() == MoneyUnit.WAN_YUAN, "in 万元");
        assertSome(all, fa -> fa.overview().units().size() > 1, "multi-unit");
        for (TableKind k : List.of(TableKind.THREE_PUBLIC, TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL)) {
            assertSome(all, fa -> fa.tables().get(k).map(DisclosureTable::isEmpty).orElse(false), "an empty " + k.number());
            assertSome(all, fa -> fa.tables().get(k).map(t -> !t.isEmpty()).orElse(false), "a filled " + k.number());
        }
        assertSome(all, fa -> fa.explanations().stream().anyMatch(e -> !e.reasons().isEmpty()), "reasons");
        assertSome(all, fa -> fa.performanceOpt().map(p -> !p.projects().isEmpty() && p.departmentOpt().isPresent()).orElse(false),
                "project and department self-evaluations");
        assertTrue(site.budgetReviews().size() >= 3, "budget reviews: " + site.budgetReviews().size());
        assertTrue(site.budgetReviews().stream().anyMatch(r -> r.year() == 2021), "a review-only year folder");
    }

    private static void assertSome(List<FinalAccounts> all, Predicate<FinalAccounts> p, String what) {
        assertTrue(all.stream().anyMatch(p), "no disclosure " + what);
    }

    @Test
    void itBuildsAndTheBuiltSiteVerifies(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        Gongkai.sample(new SampleSpec(3, 2, 5), content);
        Gongkai.BuildResult r = new Gongkai().build(Gongkai.Content.of(content), Sample.THEME, temp.resolve("site"));
        assertTrue(r.published(), r.message() + " " + r.findings());
        Site site = new Gongkai().check(Gongkai.Content.of(content)).site().orElseThrow();
        SiteVerifier.Result v = new SiteVerifier(site, temp.resolve("site")).verify();
        assertTrue(v.ok(), v.mismatches().stream().map(Mismatch::printed).collect(Collectors.joining("\n")));
        assertTrue(v.values() > 1000, "values compared: " + v.values());
    }

    @Test
    void theSameArgumentsGiveTheSameBytesAndAnotherSeedOthers(@TempDir Path temp) throws IOException, Exception {
        Gongkai.sample(new SampleSpec(5, 2, 11), temp.resolve("a"));
        Gongkai.sample(new SampleSpec(5, 2, 11), temp.resolve("b/deeper"));
        Gongkai.sample(new SampleSpec(5, 2, 12), temp.resolve("c"));
        assertEquals(TreeHash.of(temp.resolve("a")), TreeHash.of(temp.resolve("b/deeper")));
        assertNotEquals(TreeHash.of(temp.resolve("a")), TreeHash.of(temp.resolve("c")));
    }
}
