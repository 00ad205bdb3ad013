package cn.gongkai.validate;

import cn.gongkai.Gongkai;
import cn.gongkai.model.Finding;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.testing.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broken-content corpus (src/test/resources/cases/broken): each tree has one defect and check
 * adds exactly the findings its case.yaml declares to those of the sample, at the declared
 * file:line:column. Every rule of {@link Rules} has at least one case.
 */
class RuleCorpusTest {

    @TempDir
    static Path temp;
    static List<String> baseline;
    private static final Gongkai GONGKAI = new Gongkai();

    @BeforeAll
    static void sampleFindings() {
        baseline = GONGKAI.check(Gongkai.Content.of(Sample.CONTENT)).findings().stream().map(RuleCorpusTest::key).toList();
    }

    /** A finding without its place, so the sample's findings are recognised after edits shift lines. */
    private static String key(Finding f) {
        return f.code() + " " + f.message();
    }

    @TestFactory
    Stream<DynamicTest> eachCaseYieldsExactlyItsRules() {
        return ContentCase.all("broken").stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.description(), () -> {
            Path content = temp.resolve(c.name().replace('/', '_'));
            List<ContentCase.Expected> expected = c.materialize(content);
            Gongkai.Content where = Gongkai.Content.of(content);
            List<Finding> all = GONGKAI.check(where).findings();
            List<String> rest = new ArrayList<>(baseline);
            List<Finding> added = new ArrayList<>();
            for (Finding f : all) {
                if (!rest.remove(key(f))) added.add(f);
            }
            String report = added.stream().map(f -> f.location() + "  " + f.code() + "  " + f.message()).collect(Collectors.joining("\n"));
            assertEquals(new TreeSet<>(c.expectedCodes()), added.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new)),
                    "codes added by " + c.name() + ":\n" + report);
            assertEquals(c.expectedExit() != 0, all.stream().anyMatch(Finding::isError), "exit status of " + c.name());
            for (ContentCase.Expected e : expected) {
                assertTrue(added.stream().anyMatch(f -> f.code().equals(e.code()) && e.matches(f.location(), where.display())),
                        "expected " + e + " in:\n" + report);
            }
        }));
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = new TreeSet<>();
        ContentCase.all("broken").forEach(c -> covered.addAll(c.expectedCodes()));
        Set<String> missing = Rules.ALL.stream().map(Rule::code).filter(code -> !covered.contains(code)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "rules without a broken-content case");
        assertTrue(ContentCase.all("broken").size() >= 40);
    }
}
