package cn.gongkai.site;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The site being written. A first (or full) build writes every file to a staging folder beside the
 * output folder, which replaces the output folder only on {@link #commit()}. Once a site has a
 * {@link Manifest}, builds are incremental: a page whose inputs did not change is not rendered, a
 * file whose bytes did not change is not written (it keeps its bytes and mtime), changed files are
 * staged and moved in only on commit, and files nothing produces any more are deleted then. A build
 * that fails leaves the previous site as it was. Nothing is written outside the staging and output
 * folders, and a folder gongkai did not create, as the same {@link Kind} of output, is never replaced.
 */
public final class OutputFolder implements AutoCloseable {

    /** Marks a folder as a site gongkai wrote, so it may be replaced by the next build. */
    public static final String MARKER = ".gongkai-site";

    /**
     * What gongkai writes into an output folder, each with its own marker: a build may replace only
     * a site, and {@code gongkai sample} only sample content, never one with the other.
     */
    public enum Kind {
        SITE(MARKER, "网站"),
        SAMPLE_CONTENT(".gongkai-sample", "示例内容");

        private final String marker;
        private final String what;

        Kind(String marker, String what) {
            this.marker = marker;
            this.what = what;
        }

        public String marker() {
            return marker;
        }
    }

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    /** Files the site owns without a page producing them: the theme's assets and the site files. */
    public static final String NO_INPUTS = "-";

    private final Path out;
    private final Kind kind;
    private final Path staging;
    private final Path old;
    private final Manifest previous;
    private final long previousTime;
    /** The previous build's files are taken to be as it left them, without looking (see {@link #open(Path, List, boolean, boolean)}). */
    private final boolean trusted;
    private final Map<String, Manifest.Entry> entries;
    private final AtomicInteger written = new AtomicInteger();
    /** Entries kept from the previous manifest, and the entries of files written (changed or not) by this build. */
    private final AtomicInteger kept = new AtomicInteger();
    private final java.util.Queue<Manifest.Entry> writtenEntries = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Folders this build made or found under the staging folder, so each is made once, not once per file. */
    private final java.util.Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private OutputFolder(Path out, Kind kind, Manifest previous, long previousTime, boolean trusted) {
        this.out = out;
        this.trusted = trusted;
        this.kind = kind;
        this.staging = out.resolveSibling("." + out.getFileName() + ".staging");
        this.old = out.resolveSibling("." + out.getFileName() + ".old");
        this.previous = previous;
        this.previousTime = previousTime;
        this.entries = new ConcurrentHashMap<>(Math.max(16, previous.entries().size() * 4 / 3));
    }

    /** A full build: everything is written and swapped in. */
    public static OutputFolder open(Path out, List<Path> protectedFolders) throws UnsafeOutputException, IOException {
        return open(out, protectedFolders, false);
    }

    /**
     * Prepares to write the site to {@code out}; incrementally when {@code incremental} and the
     * folder holds a site with a manifest. Refuses (with a message in Chinese) an output folder that
     * is not empty and was not written by gongkai, or one that contains or lies inside any of
     * {@code protectedFolders} (the content and theme).
     */
    public static OutputFolder open(Path out, List<Path> protectedFolders, boolean incremental) throws UnsafeOutputException, IOException {
        return open(out, protectedFolders, Kind.SITE, incremental, false);
    }

    /**
     * As {@link #open(Path, List, boolean)}; with {@code trusted}, the files the previous build left
     * are taken to be as it left them instead of each being looked at (a site of 1,000 disclosures
     * has 22,000). Only for a caller that has just checked that with {@link #asLeft(Path)}: serve,
     * between an editor's saves.
     */
    public static OutputFolder open(Path out, List<Path> protectedFolders, boolean incremental, boolean trusted)
            throws UnsafeOutputException, IOException {
        return open(out, protectedFolders, Kind.SITE, incremental, trusted);
    }

    /** Whether every file of the site in {@code out} is as the build that wrote its manifest left it. */
    public static boolean asLeft(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path file = abs.resolve(Manifest.FILE);
        try {
            long time = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
            Manifest m = Manifest.read(abs);
            return !m.entries().isEmpty() && Manifest.unchangedOnDisk(abs, m, time);
        } catch (IOException e) {
            return false;
        }
    }

    /** Generated output of {@code kind}, written in full: only a folder marked as that kind is replaced. */
    public static OutputFolder open(Path out, List<Path> protectedFolders, Kind kind) throws UnsafeOutputException, IOException {
        return open(out, protectedFolders, kind, false, false);
    }

    private static OutputFolder open(Path out, List<Path> protectedFolders, Kind kind, boolean incremental, boolean trusted) throws UnsafeOutputException, IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getParent() == null) throw new UnsafeOutputException("输出目录不能是根目录：" + out);
        for (Path p : protectedFolders) {
            Path prot = p.toAbsolutePath().normalize();
            if (abs.startsWith(prot) || prot.startsWith(abs)) {
                throw new UnsafeOutputException("输出目录 " + out + " 与 " + p + " 重叠；生成的" + kind.what + "必须放在内容和主题以外的文件夹");
            }
        }
        Manifest previous = Manifest.empty();
        long previousTime = 0;
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(abs) || !Files.isDirectory(abs)) {
                throw new UnsafeOutputException("输出路径 " + out + " 已存在且不是文件夹");
            }
            boolean ours = Files.exists(abs.resolve(kind.marker));
            if (!ours && !isEmpty(abs)) {
                throw new UnsafeOutputException("输出目录 " + out + " 已存在且不是 gongkai 生成的" + kind.what + "；为免误删其中文件，请换一个目录或先清空它");
            }
            if (ours && incremental && Files.isRegularFile(abs.resolve(Manifest.FILE))) {
                previous = Manifest.read(abs);
                previousTime = Files.getLastModifiedTime(abs.resolve(Manifest.FILE)).toMillis();
            }
        }
        OutputFolder f = new OutputFolder(abs, kind, previous, previousTime, trusted);
        deleteTree(f.staging);
        Files.createDirectories(f.staging);
        if (!f.incremental()) Files.writeString(f.staging.resolve(kind.marker), "gongkai\n");
        return f;
    }

    /** Whether this build only replaces what changed. */
    public boolean incremental() {
        return !previous.isEmpty();
    }

    /**
     * Whether the files {@code owner} produced last time were made from the same inputs and are still
     * as published (same size, not touched since); then {@link #keep} them instead of rendering.
     */
    public boolean upToDate(String owner, String inputs) {
        if (!incremental()) return false;
        List<Manifest.Entry> files = previous.ownedBy(owner);
        if (files.isEmpty()) return false;
        for (Manifest.Entry e : files) {
            if (!e.inputs().equals(inputs) || !unchangedOnDisk(e)) return false;
        }
        return true;
    }

    /** Keeps the files {@code owner} produced last time, as they are. */
    public void keep(String owner) {
        for (Manifest.Entry e : previous.ownedBy(owner)) {
            if (entries.putIfAbsent(e.path(), e) != null) throw new IllegalStateException("kept twice: " + e.path());
            kept.incrementAndGet();
        }
    }

    /** Writes {@code bytes} to {@code path} (relative, "/"-separated, inside the site), a file with no page behind it. */
    public void write(String path, byte[] bytes) throws IOException {
        write(path, bytes, path, NO_INPUTS);
    }

    /** Writes {@code bytes} to {@code path}, produced by {@code owner} from inputs with fingerprint {@code inputs}. */
    public void write(String path, byte[] bytes, String owner, String inputs) throws IOException {
        Path target = resolve(path);
        // Only a site is rebuilt incrementally; sample content is always written in full, without a manifest.
        String digest = kind == Kind.SITE ? Digest.of(bytes) : "";
        if (!changed(new Manifest.Entry(path, owner, inputs, digest, bytes.length))) return;
        folderOf(target);
        // One write call: Files.write hands the channel 8 KB at a time, 30 system calls for a disclosure's page.
        try (FileChannel file = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) file.write(buffer);
        }
        written.incrementAndGet();
    }

    /** Makes the folder {@code target} goes in, unless this build already made it. */
    private void folderOf(Path target) throws IOException {
        Path folder = target.getParent();
        if (folders.contains(folder)) return;
        Files.createDirectories(folder);
        folders.add(folder);
    }

    /** What a streamed file is made of. */
    @FunctionalInterface
    public interface Stream {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file no page produces as {@code stream} makes it. {@code inMemory}: made whole in memory
     * and compared with the published one first, so an unchanged file is not written at all (serve,
     * which rewrites the search index on every save and keeps its parts anyway). Otherwise it goes
     * straight to the staging folder, never held whole (the search index of 10,000 disclosures is
     * 130 MB), and is dropped from there when it turns out unchanged.
     */
    public void write(String path, Stream stream, boolean inMemory) throws IOException {
        if (inMemory) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            stream.writeTo(bytes);
            write(path, bytes.toByteArray());
            return;
        }
        Path target = resolve(path);
        folderOf(target);
        Digest.Running digest = new Digest.Running();
        try (OutputStream file = Files.newOutputStream(target)) {
            OutputStream counted = new FilterOutputStream(file) {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    digest.update(b, off, len);
                    file.write(b, off, len);
                }
            };
            BufferedOutputStream buffered = new BufferedOutputStream(counted, 1 << 16);
            stream.writeTo(buffered);
            buffered.flush();
        }
        if (changed(new Manifest.Entry(path, path, NO_INPUTS, kind == Kind.SITE ? digest.hex() : "", digest.size()))) {
            written.incrementAndGet();
        } else {
            Files.delete(target);
        }
    }

    /** Records {@code entry} as this build's; whether its file differs from the one published (then it is to be written). */
    private boolean changed(Manifest.Entry entry) {
        Manifest.Entry before = previous.get(entry.path());
        if (entries.putIfAbsent(entry.path(), entry) != null) throw new IllegalStateException("written twice: " + entry.path());
        writtenEntries.add(entry);
        return before == null || !before.digest().equals(entry.digest()) || !unchangedOnDisk(before);
    }

    /** How many files were written (changed) so far. */
    public int written() {
        return written.get();
    }

    /** How many files the site has. */
    public int files() {
        return entries.size();
    }

    /** Copies the files under {@code from} to {@code toFolder} inside the site (links are not followed out). */
    public void copyTree(Path from, String toFolder) throws IOException {
        if (!Files.isDirectory(from)) return;
        Path realFrom = from.toRealPath();
        try (var files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                if (!Files.isRegularFile(p) || !p.toRealPath().startsWith(realFrom)) continue;
                String rel = from.relativize(p).toString().replace('\\', '/');
                write(toFolder.isEmpty() ? rel : toFolder + "/" + rel, Files.readAllBytes(p));
            }
        }
    }

    private Path resolve(String path) {
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..") || path.equals(kind.marker) || path.equals(Manifest.FILE)
                || path.startsWith(BuildRecord.FILE)) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) throw new IllegalArgumentException("output path escapes the site: " + path);
        return target;
    }

    private boolean unchangedOnDisk(Manifest.Entry e) {
        return trusted || Manifest.unchangedOnDisk(out, e, previousTime);
    }

    /** Publishes what was written: swaps the whole folder in, or moves the changed files in and removes stale ones. */
    public void commit() throws IOException {
        // Every previous file was kept or written again: none is removed, and the new manifest is the
        // previous one with the written entries put in (a one-file rebuild of 22,000 files looks at ~40).
        int writtenOverPrevious = 0;
        for (Manifest.Entry e : writtenEntries) if (previous.get(e.path()) != null) writtenOverPrevious++;
        boolean noneRemoved = incremental() && kept.get() + writtenOverPrevious == previous.entries().size();
        Manifest manifest = noneRemoved ? previous.replacing(writtenEntries) : Manifest.of(entries, previous);
        if (!incremental()) {
            if (kind == Kind.SITE) Files.write(staging.resolve(Manifest.FILE), manifest.bytes());
            swap();
            if (kind == Kind.SITE) manifest.remember(out);
        } else {
            moveIn(manifest, noneRemoved);
        }
        committed = true;
    }

    private void swap() throws IOException {
        deleteTree(old);
        boolean hadOld = Files.exists(out);
        if (hadOld) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOld) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** Each changed file replaces its old version atomically; the manifest goes last, so a crash leaves files newer than it (rebuilt next time). */
    private void moveIn(Manifest manifest, boolean noneRemoved) throws IOException {
        List<Path> staged;
        try (var files = Files.walk(staging)) {
            staged = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : staged) {
            Path target = out.resolve(staging.relativize(p).toString());
            Files.createDirectories(target.getParent());
            Files.move(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Manifest.Entry e : noneRemoved ? List.<Manifest.Entry>of() : previous.entries()) {
            if (manifest.get(e.path()) != null) continue;
            Path stale = out.resolve(e.path()).normalize();
            if (stale.startsWith(out) && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(stale);
                removeEmptyParents(stale.getParent());
            }
        }
        // previous is the manifest on disk (read at open): when nothing changed it stays, mtime and all
        if (!staged.isEmpty() || !manifest.sameAs(previous)) {
            Path temp = staging.resolve(Manifest.FILE);
            Files.write(temp, manifest.bytes());
            Files.move(temp, out.resolve(Manifest.FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            manifest.remember(out);
        }
        deleteTree(staging);
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(out) && !dir.equals(out) && isEmpty(dir)) {
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    public Path out() {
        return out;
    }

    /** Removes the staging folder unless the site was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Deletes a folder and everything in it; symbolic links inside are deleted, not followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The output folder cannot be used safely. */
    public static final class UnsafeOutputException extends Exception {
        public UnsafeOutputException(String message) {
            super(message);
        }
    }
}
