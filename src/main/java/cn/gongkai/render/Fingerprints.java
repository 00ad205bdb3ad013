package cn.gongkai.render;

import cn.gongkai.internal.FileStamps;
import cn.gongkai.internal.Parallel;
import cn.gongkai.model.FinalAccounts;
import cn.gongkai.model.Site;
import cn.gongkai.site.Digest;
import cn.gongkai.view.PageSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The fingerprint of what a page is made from, by the key it declares ({@link PageSpec#dependsOn()}).
 * Every key includes the site's own inputs — the program, the theme, site.yaml and glossary.yaml — and
 * then, explicitly: a final-accounts page its year folder's files, its department.yaml and last
 * year's final-accounts.yaml (its 与上年相比 sentences); a budget review its file and department.yaml;
 * a comparison the final accounts of its jurisdiction and year; the navigation the list of
 * documents. Files are hashed by their bytes, never their paths or times, so a copy of the content
 * elsewhere has the same fingerprints.
 */
public final class Fingerprints {

    private static volatile String program;
    /** Each file's {@link Digest} by path, size and mtime: a file read for one build is not read again until it changes. */
    private static final Map<Path, String[]> FILES = new ConcurrentHashMap<>();

    private final Site site;
    private final Path content;
    private final String siteInputs;
    private final String navigation;
    private final Map<String, String> memo = new ConcurrentHashMap<>();
    /** Each file's digest for this build: a disclosure's files are named by two or three pages' keys, and stat once. */
    private final Map<Path, String> digests = new ConcurrentHashMap<>();

    /** {@code navigationInputs}: the navigation's inputs as text (see {@code SiteViews#navigationInputs}). */
    public Fingerprints(Site site, Path content, Path theme, String navigationInputs) {
        this.site = site;
        this.content = content;
        Hash h = new Hash().text(program()).text(tree(theme)).file(content.resolve("site.yaml")).file(content.resolve("glossary.yaml"));
        this.siteInputs = h.hex();
        this.navigation = new Hash().text(siteInputs).text(navigationInputs).hex();
    }

    /** The fingerprint of a page's inputs. */
    public String of(String dependsOn) {
        return memo.computeIfAbsent(dependsOn, this::compute);
    }

    private String compute(String key) {
        if (key.equals(PageSpec.SITE)) return siteInputs;
        if (key.equals(PageSpec.NAVIGATION)) return navigation;
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String[] arg = key.substring(colon + 1).split("/");
        int year = Integer.parseInt(arg[1]);
        Hash h = new Hash(digests).text(siteInputs).text(key);
        switch (kind) {
            case "final-accounts" -> {
                Path dept = content.resolve("departments").resolve(arg[0]);
                Path folder = dept.resolve(arg[1]);
                h.file(dept.resolve("department.yaml")).file(folder.resolve("final-accounts.yaml"))
                        .file(folder.resolve("explanations.md")).file(folder.resolve("performance.yaml"))
                        .file(dept.resolve(String.valueOf(year - 1)).resolve("final-accounts.yaml"));
            }
            case "budget-review" -> {
                Path dept = content.resolve("departments").resolve(arg[0]);
                h.file(dept.resolve("department.yaml")).file(dept.resolve(arg[1]).resolve("budget-review.yaml"));
            }
            case "comparison" -> {
                List<FinalAccounts> accounts = site.finalAccounts().stream()
                        .filter(f -> f.department().jurisdiction().equals(arg[0]) && f.year() == year)
                        .sorted((a, b) -> a.department().slug().compareTo(b.department().slug())).toList();
                for (FinalAccounts fa : accounts) {
                    Path dept = content.resolve("departments").resolve(fa.department().slug());
                    h.text(fa.department().slug()).file(dept.resolve("department.yaml"))
                            .file(dept.resolve(String.valueOf(year)).resolve("final-accounts.yaml"));
                }
            }
            default -> throw new IllegalArgumentException("unknown dependency: " + key);
        }
        return h.hex();
    }

    /**
     * The program itself: the jar it runs from, or its class folder (tests, development). A new
     * version of gongkai renders every page again.
     */
    static String program() {
        String p = program;
        if (p == null) {
            try {
                Path code = Path.of(Fingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                p = Files.isDirectory(code) ? tree(code) : jar(code);
            } catch (URISyntaxException | IOException | RuntimeException e) {
                p = "unknown-" + System.nanoTime(); // cannot tell: treat every build as a new program
            }
            program = p;
        }
        return p;
    }

    /**
     * A jar by its entries' names, sizes and CRC-32s, read from its central directory: as exact as
     * hashing its 14 MB (a changed class changes its CRC) but without reading them, which took a
     * third of a no-op build of the sample.
     */
    static String jar(Path jar) throws IOException {
        Hash h = new Hash();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : entries) h.text(e.getName() + "/" + e.getSize() + "/" + Long.toHexString(e.getCrc()));
        }
        return h.hex();
    }

    /**
     * Everything a build is made from: the program, the theme, every file of the content (by path
     * inside it and bytes, not where it is), and the font charts are measured with.
     */
    public static String all(Path content, Path theme, String fonts) {
        return new Hash().text(program()).text(tree(theme)).text(tree(content)).text(fonts).hex();
    }

    /**
     * Everything under {@code root}, in path order: each folder, file (with its bytes), link (with
     * its target, and the bytes of the file it leads to) and other entry by relative path and kind.
     * Folders and links count because reading the content reports on them (an empty department
     * folder, a link leading out of the content).
     */
    static String tree(Path root) {
        Hash h = new Hash();
        if (!Files.isDirectory(root)) return h.hex();
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(root)) {
            entries = walk.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Files are read and hashed on every core (a no-op build of 1,000 disclosures hashes 21 MB first thing).
        List<List<String>> parts = Parallel.map(entries, Parallel.cores(), f -> part(root, f));
        for (List<String> part : parts) part.forEach(h::text);
        return h.hex();
    }

    /** One entry of {@link #tree}: its kind, relative path and, for a file or a link to one, its digest. */
    private static List<String> part(Path root, Path f) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        try {
            var a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                String target = Files.readSymbolicLink(f).toString();
                return Files.isRegularFile(f) ? List.of("link:" + rel, target, digest(f)) : List.of("link:" + rel, target);
            }
            if (a.isDirectory()) return List.of("folder:" + rel);
            if (a.isRegularFile()) return List.of(rel, digest(f));
            return List.of("other:" + rel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@link Digest} of a file's bytes, "(absent)" when there is no such file. */
    static String digest(Path f) {
        try {
            var a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
            if (!a.isRegularFile()) return "(absent)";
            String stamp = a.size() + "/" + a.lastModifiedTime().toMillis();
            Path key = f.toAbsolutePath().normalize();
            String[] known = FILES.get(key);
            if (known != null && known[0].equals(stamp)) return known[1];
            String hex = Digest.of(Files.readAllBytes(f));
            if (FileStamps.settled(a.lastModifiedTime())) FILES.put(key, new String[]{stamp, hex});
            return hex;
        } catch (java.nio.file.NoSuchFileException e) {
            return "(absent)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over length-prefixed parts, so no two different lists of parts hash alike. */
    private static final class Hash {
        private final MessageDigest md;
        private final Map<Path, String> digests;

        Hash() {
            this(null);
        }

        /** {@code digests}: file digests already taken in this build, added to; null to take every one. */
        Hash(Map<Path, String> digests) {
            this.digests = digests;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Hash text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            md.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            md.update(b);
            return this;
        }

        /** A file's bytes (through their digest); a missing file hashes differently from an empty one. */
        Hash file(Path f) {
            return text(digests == null ? digest(f) : digests.computeIfAbsent(f, Fingerprints::digest));
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
