package cn.gongkai.content;

import cn.gongkai.model.Catalog;
import cn.gongkai.model.CatalogEntry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Reads the versioned classification catalogs shipped as resources (catalogs/function.tsv, economic.tsv). */
public final class CatalogLoader {

    private final List<CatalogEntry> function;
    private final List<CatalogEntry> economic;
    private final Map<Integer, Catalog> byYear = new HashMap<>();

    public CatalogLoader() {
        this.function = read("catalogs/function.tsv");
        this.economic = read("catalogs/economic.tsv");
    }

    /** The catalog in force for {@code year}. */
    public synchronized Catalog forYear(int year) {
        return byYear.computeIfAbsent(year, y -> Catalog.forYear(y, function, economic));
    }

    private static List<CatalogEntry> read(String resource) {
        List<CatalogEntry> out = new ArrayList<>();
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                int from = Integer.parseInt(f[2]);
                int to = f[3].equals("-") ? Integer.MAX_VALUE : Integer.parseInt(f[3]);
                OptionalInt summaryLine = f.length > 4 && !f[4].equals("-") ? OptionalInt.of(Integer.parseInt(f[4])) : OptionalInt.empty();
                out.add(new CatalogEntry(f[0], f[1], from, to, summaryLine));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
