package cn.gongkai.validate;

import cn.gongkai.Gongkai;
import cn.gongkai.model.Finding;
import cn.gongkai.testing.ContentCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check on seed 002's 第三部分 verbatim, as hand-written text: the document's own slips are found. */
class NumberLintTest {

    @Test
    void findsTheSlipsOfTheSeedsExplanations(@TempDir Path temp) throws Exception {
        ContentCase c = ContentCase.load("lint/seed-002-verbatim");
        Path content = temp.resolve("content");
        List<ContentCase.Expected> expected = c.materialize(content);
        List<Finding> findings = new Gongkai().check(Gongkai.Content.of(content)).findings();
        assertFalse(findings.stream().anyMatch(Finding::isError), findings.toString());
        for (ContentCase.Expected e : expected) {
            assertTrue(findings.stream().anyMatch(f -> f.code().equals(e.code()) && e.matches(f.location(), content.toString())),
                    "expected " + e + " in " + findings);
        }
        Finding share = findings.stream().filter(f -> f.code().equals("NUM03") && f.message().contains("51.97%")).findFirst().orElseThrow();
        assertTrue(share.message().contains("138.09 ÷ 265.71"), "explains what 51.97% really is: " + share.message());
        Finding unit = findings.stream().filter(f -> f.code().equals("NUM02")).findFirst().orElseThrow();
        assertTrue(unit.message().contains("102.39 万元"), unit.message());
        Finding basicOnly = findings.stream().filter(f -> f.code().equals("NUM04")).findFirst().orElseThrow();
        assertTrue(basicOnly.message().contains("40.88") && basicOnly.message().contains("项目支出"), basicOnly.message());
    }
}
