package cn.gongkai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build published, kept in the site as {@code .gongkai-manifest}: for every file, the page
 * that produced it (its owner), the fingerprint of that page's inputs, the SHA-256 and size of the
 * file. The next build renders a page again only when its fingerprint changed, writes a file only
 * when its bytes changed, and deletes the files nothing produces any more. Sorted by path and free
 * of times, so two builds of the same content write the same manifest.
 */
public final class Manifest {

    public static final String FILE = ".gongkai-manifest";
    private static final String HEADER = "# gongkai manifest v1: path\towner\tinputs\tsha256\tsize";

    /** One published file. */
    public record Entry(String path, String owner, String inputs, String sha256, long size) {
    }

    private final Map<String, Entry> byPath;
    private final Map<String, List<Entry>> byOwner = new HashMap<>();

    private Manifest(Map<String, Entry> byPath) {
        this.byPath = byPath;
        for (Entry e : byPath.values()) byOwner.computeIfAbsent(e.owner(), k -> new ArrayList<>()).add(e);
    }

    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    /** The manifest of {@code site}, or empty when it has none or it cannot be read (then everything is rebuilt). */
    public static Manifest read(Path site) {
        Path file = site.resolve(FILE);
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.isRegularFile(file)) return new Manifest(entries);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return new Manifest(new TreeMap<>());
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 5) return new Manifest(new TreeMap<>());
                entries.put(f[0], new Entry(f[0], f[1], f[2], f[3], Long.parseLong(f[4])));
            }
        } catch (IOException | NumberFormatException e) {
            return new Manifest(new TreeMap<>());
        }
        return new Manifest(entries);
    }

    public static Manifest of(Collection<Entry> entries) {
        Map<String, Entry> m = new TreeMap<>();
        for (Entry e : entries) m.put(e.path(), e);
        return new Manifest(m);
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    public Entry get(String path) {
        return byPath.get(path);
    }

    /** The files {@code owner} produced (empty when none). */
    public List<Entry> ownedBy(String owner) {
        return byOwner.getOrDefault(owner, List.of());
    }

    public Collection<Entry> entries() {
        return byPath.values();
    }

    public byte[] bytes() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Entry e : byPath.values()) {
            b.append(e.path()).append('\t').append(e.owner()).append('\t').append(e.inputs()).append('\t').append(e.sha256())
                    .append('\t').append(e.size()).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
