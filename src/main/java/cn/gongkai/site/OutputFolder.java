package cn.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The site (or generated sample content) being written: files go to a staging folder beside the
 * output folder, which replaces the output folder only on {@link #commit()}. A build that fails
 * leaves the previous output as it was. Nothing is written outside the staging folder, and a folder
 * gongkai did not create, as the same kind of output, is never replaced.
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

    private final Path out;
    private final Kind kind;
    private final Path staging;
    private final Path old;
    private boolean committed;
    private int written;

    private OutputFolder(Path out, Kind kind) {
        this.out = out;
        this.kind = kind;
        this.staging = out.resolveSibling("." + out.getFileName() + ".staging");
        this.old = out.resolveSibling("." + out.getFileName() + ".old");
    }

    /**
     * Prepares to write the site to {@code out}. Refuses (with a message in Chinese) an output folder
     * that is not empty and was not written by gongkai, or one that contains or lies inside any of
     * {@code protectedFolders} (the content and theme).
     */
    public static OutputFolder open(Path out, List<Path> protectedFolders) throws UnsafeOutputException, IOException {
        return open(out, protectedFolders, Kind.SITE);
    }

    /** As {@link #open(Path, List)}, for output of {@code kind}: only a folder marked as that kind is replaced. */
    public static OutputFolder open(Path out, List<Path> protectedFolders, Kind kind) throws UnsafeOutputException, IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getParent() == null) throw new UnsafeOutputException("输出目录不能是根目录：" + out);
        for (Path p : protectedFolders) {
            Path prot = p.toAbsolutePath().normalize();
            if (abs.startsWith(prot) || prot.startsWith(abs)) {
                throw new UnsafeOutputException("输出目录 " + out + " 与 " + p + " 重叠；生成的" + kind.what + "必须放在内容和主题以外的文件夹");
            }
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(abs) || !Files.isDirectory(abs)) {
                throw new UnsafeOutputException("输出路径 " + out + " 已存在且不是文件夹");
            }
            if (!Files.exists(abs.resolve(kind.marker)) && !isEmpty(abs)) {
                throw new UnsafeOutputException("输出目录 " + out + " 已存在且不是 gongkai 生成的" + kind.what + "；为免误删其中文件，请换一个目录或先清空它");
            }
        }
        OutputFolder f = new OutputFolder(abs, kind);
        deleteTree(f.staging);
        Files.createDirectories(f.staging);
        Files.writeString(f.staging.resolve(kind.marker), "gongkai\n");
        return f;
    }

    /** Writes {@code bytes} to {@code path} (relative, "/"-separated, inside the site). */
    public void write(String path, byte[] bytes) throws IOException {
        Path target = resolve(path);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        written++;
    }

    /** How many files were written so far. */
    public int written() {
        return written;
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
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) throw new IllegalArgumentException("output path escapes the site: " + path);
        return target;
    }

    /** Replaces the output folder with what was written. */
    public void commit() throws IOException {
        deleteTree(old);
        boolean hadOld = Files.exists(out);
        if (hadOld) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOld) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        committed = true;
        deleteTree(old);
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

    static void deleteTree(Path root) throws IOException {
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
