package cn.gongkai.validate;

import cn.gongkai.Gongkai;
import cn.gongkai.model.Amount;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import cn.gongkai.model.table.DisclosureTable;
import cn.gongkai.testing.ContentCase;
import cn.gongkai.verify.ModelCells;
import cn.gongkai.testing.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every amount of the sample's final-accounts.yaml, changed by ±0.01, ±1 or ×10 in the file itself,
 * makes check report a finding that names that cell: an error where an exact identity breaks
 * beyond the 尾差 tolerance, at least a warning where the rules allow one (尾差, ≤ relations).
 */
class MutationCoverageTest {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    /** Rules that are relations rather than identities: a warning is what they report. */
    private static final List<String> INEQUALITY_WARNINGS = List.of("X10", "RSN01");

    private record Mutation(String name, UnaryOperator<BigDecimal> change, boolean small) {
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("+0.01", v -> v.add(new BigDecimal("0.01")), true),
            new Mutation("-0.01", v -> v.subtract(new BigDecimal("0.01")), true),
            new Mutation("+1", v -> v.add(BigDecimal.ONE), false),
            new Mutation("-1", v -> v.subtract(BigDecimal.ONE), false),
            new Mutation("×10", v -> v.multiply(BigDecimal.TEN), false));

    @Test
    void everyAmountIsCoveredByARule(@TempDir Path temp) throws Exception {
        FinalAccounts fa = Sample.zhenan2019();
        Path content = temp.resolve("content");
        ContentCase.copyTree(Sample.CONTENT, content);
        Path file = content.resolve("departments/zhenan-xzspfwj/2019/final-accounts.yaml");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = original.lines().toList();
        Gongkai gongkai = new Gongkai();
        Gongkai.Content c = Gongkai.Content.of(content);
        List<Finding> baseline = gongkai.check(c).findings();

        Map<String, Amount> amounts = new LinkedHashMap<>();
        for (DisclosureTable t : fa.tables().all()) {
            ModelCells.of(t).forEach((k, a) -> {
                if (!a.computed()) amounts.put(t.kind().number() + " " + k, a);
            });
        }
        assertTrue(amounts.size() > 100, "amounts: " + amounts.size());
        List<String> uncovered = new ArrayList<>();
        int runs = 0;
        for (Map.Entry<String, Amount> e : amounts.entrySet()) {
            Amount a = e.getValue();
            for (Mutation m : MUTATIONS) {
                BigDecimal changed = m.change().apply(a.value());
                if (changed.compareTo(a.value()) == 0) continue;
                Files.writeString(file, replaceAt(lines, a.at(), changed.toPlainString()), StandardCharsets.UTF_8);
                Location cell = new Location(c.display() + "/" + relative(a.at().file()), a.at().line(), a.at().column());
                List<Finding> found = gongkai.check(c).findings().stream()
                        .filter(f -> !baseline.contains(f)).filter(f -> f.concerns(cell)).toList();
                runs++;
                boolean error = found.stream().anyMatch(Finding::isError);
                boolean allowedWarning = found.stream().anyMatch(f -> !f.isError() && (m.small() || INEQUALITY_WARNINGS.contains(f.code())));
                if (!(error || allowedWarning)) {
                    uncovered.add(e.getKey() + " " + m.name() + " → " + found.stream().map(Finding::code).toList());
                }
            }
        }
        Files.writeString(file, original, StandardCharsets.UTF_8);
        System.out.println("mutation runs: " + runs);
        assertEquals(List.of(), uncovered, "amounts whose change no rule reports");
    }

    private static String relative(String file) {
        return file.substring(file.indexOf("departments/"));
    }

    private static String replaceAt(List<String> lines, Location at, String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == at.line() - 1) {
                Matcher m = NUMBER.matcher(line);
                if (!m.find(at.column() - 1) || m.start() != at.column() - 1) {
                    throw new AssertionError("no number at " + at + ": " + line);
                }
                line = line.substring(0, m.start()) + value + line.substring(m.end());
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
