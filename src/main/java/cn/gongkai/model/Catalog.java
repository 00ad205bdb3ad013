package cn.gongkai.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The classification catalog (政府收支分类科目) in force for one year: names of function and
 * economic codes, and the order of the 类 lines on the summary tables.
 */
public final class Catalog {

    private final int year;
    private final Map<String, CatalogEntry> function = new TreeMap<>();
    private final Map<String, CatalogEntry> economic = new TreeMap<>();
    private final List<FunctionCode> summaryClasses;

    private Catalog(int year, List<CatalogEntry> functionEntries, List<CatalogEntry> economicEntries) {
        this.year = year;
        for (CatalogEntry e : functionEntries) {
            if (e.validIn(year)) function.put(e.code(), e);
        }
        for (CatalogEntry e : economicEntries) {
            if (e.validIn(year)) economic.put(e.code(), e);
        }
        List<CatalogEntry> lines = new ArrayList<>();
        for (CatalogEntry e : function.values()) {
            if (e.summaryLine().isPresent()) lines.add(e);
        }
        lines.sort(Comparator.comparingInt(e -> e.summaryLine().getAsInt()));
        this.summaryClasses = lines.stream().map(e -> FunctionCode.of(e.code())).toList();
    }

    /** The catalog for {@code year}, from the full versioned entry lists. */
    public static Catalog forYear(int year, List<CatalogEntry> functionEntries, List<CatalogEntry> economicEntries) {
        return new Catalog(year, functionEntries, economicEntries);
    }

    public int year() {
        return year;
    }

    public Optional<String> name(ClassificationCode code) {
        Map<String, CatalogEntry> map = code instanceof FunctionCode ? function : economic;
        return Optional.ofNullable(map.get(code.digits())).map(CatalogEntry::name);
    }

    /** The numbered line (1、2、…) a function 类 takes on 公开01 and 公开04. */
    public OptionalInt summaryLine(FunctionCode code) {
        CatalogEntry e = function.get(code.digits());
        return e == null ? OptionalInt.empty() : e.summaryLine();
    }

    /** The 类 printed on the summary tables, in their order. */
    public List<FunctionCode> summaryClasses() {
        return summaryClasses;
    }
}
