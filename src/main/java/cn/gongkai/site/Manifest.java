package cn.gongkai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build published, kept in the site as {@code .gongkai-manifest}: for every file, the page
 * that produced it (its owner), the fingerprint of that page's inputs, the {@link Digest} and size of
 * the file. The next build renders a page again only when its fingerprint changed, writes a file only
 * when its bytes changed, and deletes the files nothing produces any more. Sorted by path and free
 * of times, so two builds of the same content write the same manifest.
 *
 * <p>A site of 1,000 disclosures has 22,000 files: reading, sorting and writing their manifest took
 * a third of a one-file rebuild in {@code serve}. So the manifest this program wrote last is
 * remembered with its file's size and time, and read again only when the file is not that one.
 */
public final class Manifest {

    public static final String FILE = ".gongkai-manifest";
    private static final String HEADER = "# gongkai manifest v2: path\towner\tinputs\tdigest\tsize";
    private static final Comparator<Entry> BY_PATH = Comparator.comparing(Entry::path);
    /** The manifest written last into each site (absolute path), with its file's size and time then. */
    private static final Map<Path, Written> WRITTEN = new ConcurrentHashMap<>();

    /** One published file. */
    public record Entry(String path, String owner, String inputs, String digest, long size) {
    }

    private record Written(long size, long millis, Manifest manifest) {
    }

    /** In path order, no path twice: a path is found by binary search (a hash map of 22,000 paths cost more to build each time). */
    private final List<Entry> sorted;
    /** Made when first asked for, or carried over from the manifest this one follows. */
    private volatile Map<String, List<Entry>> byOwner;

    private Manifest(List<Entry> sorted) {
        this.sorted = Collections.unmodifiableList(sorted);
    }

    public static Manifest empty() {
        return new Manifest(new ArrayList<>());
    }

    /** The manifest of {@code site}, or empty when it has none or it cannot be read (then everything is rebuilt). */
    public static Manifest read(Path site) {
        Path file = site.resolve(FILE);
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) return empty();
            Written w = WRITTEN.get(key(site));
            if (w != null && w.size() == a.size() && w.millis() == a.lastModifiedTime().toMillis()) return w.manifest();
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            return empty();
        }
    }

    /** A manifest file's bytes as a manifest; empty when they are not one. */
    static Manifest parse(byte[] bytes) {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return empty();
        List<Entry> entries = new ArrayList<>(lines.size());
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 5) return empty();
                entries.add(new Entry(f[0], f[1], f[2], f[3], Long.parseLong(f[4])));
            }
        } catch (NumberFormatException e) {
            return empty();
        }
        return of(entries);
    }

    /**
     * Whether {@code e}'s file in {@code site} is as the build that wrote the manifest left it: there,
     * of the size it had, not modified after {@code manifestTime} (the manifest's own mtime).
     */
    static boolean unchangedOnDisk(Path site, Entry e, long manifestTime) {
        try {
            BasicFileAttributes a = Files.readAttributes(site.resolve(e.path()), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == e.size() && a.lastModifiedTime().toMillis() <= manifestTime;
        } catch (IOException notThere) {
            return false;
        }
    }

    /**
     * Whether every file of {@code m} in {@code site} is as the build that wrote it left it; looked at
     * on every core (1,000 disclosures: 22,000 files).
     */
    static boolean unchangedOnDisk(Path site, Manifest m, long manifestTime) {
        return m.entries().parallelStream().allMatch(e -> unchangedOnDisk(site, e, manifestTime));
    }

    /** These entries by path; of two with the same path the later counts. */
    public static Manifest of(Collection<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(BY_PATH); // stable: equal paths keep their order
        List<Entry> unique = new ArrayList<>(sorted.size());
        for (Entry e : sorted) {
            if (!unique.isEmpty() && unique.get(unique.size() - 1).path().equals(e.path())) unique.set(unique.size() - 1, e);
            else unique.add(e);
        }
        return new Manifest(unique);
    }

    /**
     * The manifest of these files (path → entry) after {@code previous}: the paths it had are already
     * in order, so only new paths are sorted (sorting 22,000 paths with long common prefixes cost a
     * tenth of a one-file rebuild).
     */
    public static Manifest of(Map<String, Entry> byPath, Manifest previous) {
        List<Entry> kept = new ArrayList<>(byPath.size());
        for (Entry e : previous.sorted) {
            Entry now = byPath.get(e.path());
            if (now != null) kept.add(now);
        }
        List<Entry> fresh = new ArrayList<>();
        for (Entry e : byPath.values()) if (previous.get(e.path()) == null) fresh.add(e);
        fresh.sort(BY_PATH);
        return new Manifest(merge(kept, fresh));
    }

    /**
     * This manifest with {@code written} put over the entries of their paths or added, when a build
     * removed no file of it: what a one-file rebuild of a large site publishes, made without looking
     * at the files it kept. Every file of an owner in {@code written} must be in {@code written} (a page
     * is rendered whole or kept whole). This manifest itself when nothing differs.
     */
    public Manifest replacing(Collection<Entry> written) {
        List<Entry> list = null;
        List<Entry> fresh = new ArrayList<>();
        for (Entry w : written) {
            int at = indexOf(w.path());
            if (at < 0) {
                fresh.add(w);
            } else if (!sorted.get(at).equals(w)) {
                if (list == null) list = new ArrayList<>(sorted);
                list.set(at, w);
            }
        }
        if (list == null && fresh.isEmpty()) return this;
        if (list == null) list = sorted;
        fresh.sort(BY_PATH);
        Manifest next = new Manifest(merge(list, fresh));
        Map<String, List<Entry>> owners = byOwner;
        if (owners != null) {
            Map<String, List<Entry>> carried = new HashMap<>(owners);
            Map<String, List<Entry>> rewritten = new HashMap<>();
            for (Entry w : written) rewritten.computeIfAbsent(w.owner(), k -> new ArrayList<>(2)).add(w);
            for (List<Entry> files : rewritten.values()) files.sort(BY_PATH);
            carried.putAll(rewritten);
            next.byOwner = carried;
        }
        return next;
    }

    /** Two lists in path order, with no path in both, as one. */
    private static List<Entry> merge(List<Entry> a, List<Entry> b) {
        List<Entry> merged = new ArrayList<>(a.size() + b.size());
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || i < a.size() && a.get(i).path().compareTo(b.get(j).path()) < 0) merged.add(a.get(i++));
            else merged.add(b.get(j++));
        }
        return merged;
    }

    /** Remembers that {@code site}'s manifest file, as it is now on disk, is this one. */
    void remember(Path site) throws IOException {
        BasicFileAttributes a = Files.readAttributes(site.resolve(FILE), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        WRITTEN.put(key(site), new Written(a.size(), a.lastModifiedTime().toMillis(), this));
    }

    private static Path key(Path site) {
        return site.toAbsolutePath().normalize();
    }

    public boolean isEmpty() {
        return sorted.isEmpty();
    }

    public Entry get(String path) {
        int at = indexOf(path);
        return at < 0 ? null : sorted.get(at);
    }

    private int indexOf(String path) {
        int low = 0, high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = sorted.get(mid).path().compareTo(path);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    /** The files {@code owner} produced (empty when none). */
    public List<Entry> ownedBy(String owner) {
        Map<String, List<Entry>> owners = byOwner;
        if (owners == null) {
            owners = new HashMap<>();
            for (Entry e : sorted) owners.computeIfAbsent(e.owner(), k -> new ArrayList<>(2)).add(e);
            byOwner = owners;
        }
        return owners.getOrDefault(owner, List.of());
    }

    /** In path order. */
    public Collection<Entry> entries() {
        return sorted;
    }

    /** Whether both list the same files, made by the same owners from the same inputs, with the same bytes. */
    public boolean sameAs(Manifest other) {
        return this == other || sorted.equals(other.sorted);
    }

    public byte[] bytes() {
        StringBuilder b = new StringBuilder(HEADER.length() + sorted.size() * 200).append(HEADER).append('\n');
        for (Entry e : sorted) {
            b.append(e.path()).append('\t').append(e.owner()).append('\t').append(e.inputs()).append('\t').append(e.digest())
                    .append('\t').append(e.size()).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
