package cn.gongkai.sample;

import cn.gongkai.content.CatalogLoader;
import cn.gongkai.model.FunctionCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator's data: real catalog codes, and names enough for the largest run. */
class DepartmentKindsTest {

    private final CatalogLoader catalogs = new CatalogLoader();

    @Test
    void everyCodeIsInTheCatalogAndEveryRunCodeInEveryYear() {
        List<String> missing = new ArrayList<>();
        for (DepartmentKind k : DepartmentKinds.ALL) {
            for (int year = SampleSpec.FIRST_YEAR; year < SampleSpec.FIRST_YEAR + SampleSpec.MAX_YEARS; year++) {
                if (!inCatalog(k.run(), year)) missing.add(k.name() + " " + k.run() + " " + year);
            }
            List<String> codes = new ArrayList<>(k.institution());
            codes.addAll(k.projects());
            for (String code : codes) {
                boolean someYear = IntStream.range(SampleSpec.FIRST_YEAR, SampleSpec.FIRST_YEAR + SampleSpec.MAX_YEARS)
                        .anyMatch(y -> inCatalog(code, y));
                if (!someYear) missing.add(k.name() + " " + code);
            }
        }
        assertEquals(List.of(), missing);
    }

    private boolean inCatalog(String code, int year) {
        for (String c = code; c.length() >= 3; c = c.substring(0, c.length() - 2)) {
            if (catalogs.forYear(year).name(FunctionCode.of(c)).isEmpty()) return false;
        }
        return true;
    }

    @Test
    void kindsAreDistinctAndOutnumberTheDepartmentsOfAJurisdiction() {
        Set<String> slugs = new HashSet<>();
        DepartmentKinds.ALL.forEach(k -> assertTrue(slugs.add(k.slug()), k.slug()));
        assertTrue(DepartmentKinds.ALL.size() >= Departments.PER_JURISDICTION, "kinds: " + DepartmentKinds.ALL.size());
        assertTrue(DepartmentKinds.ALL.stream().allMatch(k -> k.projectNames().size() >= 3), "a budget review lists at least 2 projects");
    }

    @Test
    void thereAreJurisdictionsEnoughForTheLargestRunWithDistinctSlugs() {
        assertTrue(Places.CAPACITY * Departments.PER_JURISDICTION >= SampleSpec.MAX_DEPARTMENTS, "capacity " + Places.CAPACITY);
        List<Places.Place> all = Places.generate(Places.CAPACITY, Rng.of(1));
        assertEquals(all.size(), all.stream().map(Places.Place::slug).distinct().count());
        assertEquals(all.size(), all.stream().map(Places.Place::name).distinct().count());
    }
}
