package cn.gongkai.site;

import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the last build published and from what, kept in the site as {@code .gongkai-build}: the
 * fingerprint of every input (program, theme, content, fonts), the manifest it published (by
 * its {@link Digest}), its page and file counts and its findings. A build whose inputs are those, into a site
 * still as that build left it, has nothing to do: it reports the same findings without reading the
 * content (a no-op build of 1,000 disclosures took 15 s, nearly all of it reading and checking).
 *
 * <p>Written after the site is published and only when different, so a no-op build touches nothing.
 * A build that stops between publishing and writing this leaves a record whose manifest is no longer
 * the site's, which is never taken as current.
 */
public record BuildRecord(String inputs, String manifest, int pages, int files, List<Finding> findings) {

    public static final String FILE = ".gongkai-build";
    /** Record components only (not derived getters such as {@code Finding.isError()}), in declaration order. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    public BuildRecord {
        findings = List.copyOf(findings);
    }

    /**
     * The record in {@code site}, its findings placed in the content named {@code contentDisplay};
     * empty when there is none or it cannot be read.
     */
    public static Optional<BuildRecord> read(Path site, String contentDisplay) {
        Path file = site.toAbsolutePath().normalize().resolve(FILE);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            BuildRecord r = JSON.readValue(file.toFile(), BuildRecord.class);
            return Optional.of(new BuildRecord(r.inputs, r.manifest, r.pages, r.files,
                    r.findings.stream().map(f -> moved(f, CONTENT, prefix(contentDisplay))).toList()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // then the build runs and writes a new record
        }
    }

    /**
     * This record, when {@code site} is still as the build it records left it: that build's manifest,
     * every file in it of the size it had and not modified since. Empty otherwise.
     */
    public Optional<BuildRecord> current(Path site) {
        Path abs = site.toAbsolutePath().normalize();
        try {
            Path manifestFile = abs.resolve(Manifest.FILE);
            if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS) || !Files.exists(abs.resolve(OutputFolder.MARKER))) {
                return Optional.empty();
            }
            long since = Files.getLastModifiedTime(manifestFile).toMillis();
            byte[] bytes = Files.readAllBytes(manifestFile);
            if (!Digest.of(bytes).equals(manifest)) return Optional.empty();
            Manifest m = Manifest.parse(bytes);
            if (!Manifest.unchangedOnDisk(abs, m, since)) return Optional.empty();
            return m.entries().size() == files ? Optional.of(this) : Optional.empty();
        } catch (IOException | RuntimeException changed) {
            return Optional.empty();
        }
    }

    /**
     * The record of a build that just published {@code site} from {@code inputs}; its findings are
     * kept relative to the content folder (named {@code contentDisplay} in them), so the record, like
     * the site, does not depend on where the content is.
     */
    public static BuildRecord of(Path site, String inputs, int pages, int files, List<Finding> findings, String contentDisplay)
            throws IOException {
        byte[] manifest = Files.readAllBytes(site.toAbsolutePath().normalize().resolve(Manifest.FILE));
        return new BuildRecord(inputs, Digest.of(manifest), pages, files,
                findings.stream().map(f -> moved(f, prefix(contentDisplay), CONTENT)).toList());
    }

    /** Where a finding's file names the content folder in the record. */
    private static final String CONTENT = "{content}/";

    private static String prefix(String contentDisplay) {
        return contentDisplay.isEmpty() ? "" : contentDisplay + "/";
    }

    /** {@code f} with every location's file that starts with {@code from} starting with {@code to} instead. */
    private static Finding moved(Finding f, String from, String to) {
        return new Finding(f.code(), f.severity(), moved(f.location(), from, to), f.message(), f.expected(), f.found(),
                f.related().stream().map(l -> moved(l, from, to)).toList());
    }

    private static Location moved(Location l, String from, String to) {
        return l.file().startsWith(from) ? new Location(to + l.file().substring(from.length()), l.line(), l.column()) : l;
    }

    /** Writes this record into {@code site}, unless the one there already says the same. */
    public void writeTo(Path site) throws IOException {
        Path file = site.toAbsolutePath().normalize().resolve(FILE);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(bytes, Files.readAllBytes(file))) return;
        Path temp = file.resolveSibling(FILE + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
