package cn.gongkai.content;

import cn.gongkai.content.yaml.ControlCharacters;
import cn.gongkai.model.Finding;
import cn.gongkai.model.Location;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * Reads content files as text: refuses files outside the content folder (symlinks), files too big
 * to be content, bytes that are not UTF-8 and characters that are not text (control characters),
 * each with a message an editor can act on.
 */
final class SourceFiles {

    /** No real content file comes near this; a larger one is a mistake or an attack. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Path root;
    private final Path realRoot;
    private final String displayRoot;

    SourceFiles(Path root, String displayRoot) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.displayRoot = displayRoot;
    }

    /** The name used in messages: the content folder as the user named it, then the relative path. */
    String display(Path file) {
        // Joined name by name rather than by replacing backslashes: on Linux a backslash is part of a name.
        String rel = String.join("/", StreamSupport.stream(root.relativize(file).spliterator(), false)
                .map(Path::toString).toList());
        return displayRoot.isEmpty() ? rel : displayRoot + "/" + rel;
    }

    /** True when {@code path} (after following links) stays inside the content folder. */
    boolean insideRoot(Path path) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reports FILE04 and returns true when {@code path} (a symlink, say) resolves outside the content folder. */
    boolean refuseEscape(Path path, Consumer<Finding> report) {
        if (insideRoot(path)) return false;
        report.accept(Finding.error("FILE04", Location.ofFile(display(path)),
                "文件或文件夹指向内容目录之外（符号链接）；出于安全考虑不读取内容目录以外的文件"));
        return true;
    }

    /** The text of {@code file}, BOM removed; empty after reporting a finding when it cannot be used. */
    Optional<String> read(Path file, Consumer<Finding> report) {
        String name = display(file);
        if (refuseEscape(file, report)) return Optional.empty();
        try {
            if (!Files.isRegularFile(file)) {
                report.accept(Finding.error("FILE01", Location.ofFile(name), "不是普通文件"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                report.accept(Finding.error("FILE05", Location.ofFile(name), "文件过大（" + size / 1024 + " KB，上限 "
                        + MAX_BYTES / 1024 + " KB）；内容文件不应这么大，请检查是否放错了文件", "≤ " + MAX_BYTES / 1024 + " KB",
                        size / 1024 + " KB"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(name, bytes, report);
        } catch (IOException e) {
            report.accept(Finding.error("FILE01", Location.ofFile(name), "无法读取文件：" + e.getMessage()));
            return Optional.empty();
        }
    }

    static Optional<String> decode(String name, byte[] bytes, Consumer<Finding> report) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (plainUtf8(bytes, start)) return Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            int bad = ControlCharacters.first(text);
            if (bad >= 0) {
                int line = 1 + (int) text.substring(0, bad).chars().filter(c -> c == '\n').count();
                int column = bad - text.lastIndexOf('\n', bad - 1);
                String what = ControlCharacters.name(text.charAt(bad));
                report.accept(Finding.error("FILE06", new Location(name, line, column), "第 " + line + " 行第 " + column + " 列有控制字符 "
                        + what + "，不是文本中应有的字符（常因从其他软件复制粘贴带入）；请删去这个字符", "文本字符", what));
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') line++;
            }
            report.accept(Finding.error("FILE06", new Location(name, line, 1), "文件不是 UTF-8 编码（第 " + line
                    + " 行附近有无效字节）；请用「UTF-8」编码另存（Windows 记事本：另存为 → 编码选 UTF-8）", "UTF-8", "GBK 或其他编码"));
            return Optional.empty();
        }
    }

    /**
     * Whether {@code b} from {@code from} on is well-formed UTF-8 (Unicode Table 3-7: no overlong forms,
     * no surrogates, nothing past U+10FFFF) holding none of the characters {@link ControlCharacters}
     * refuses. Nearly every file is; it then becomes a String without a decoder and without looking at
     * its text again char by char. Otherwise {@link #decode} takes the strict decoder and finds what
     * to report.
     */
    static boolean plainUtf8(byte[] b, int from) {
        int i = from;
        int end = b.length;
        while (i < end) {
            int c = b[i];
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t') {
                i++;
                continue;
            }
            c &= 0xFF;
            int n;
            int low = 0x80;
            int high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                if (c == 0xC2) low = 0xA0; // U+0080-U+009F, the C1 controls
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                if (c == 0xE0) low = 0xA0;
                if (c == 0xED) high = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                if (c == 0xF0) low = 0x90;
                if (c == 0xF4) high = 0x8F;
            } else {
                return false; // a control character, DEL, a continuation byte or a byte UTF-8 never uses
            }
            if (i + n >= end) return false;
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) return false;
            for (int k = 2; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) return false;
            }
            if (c == 0xEF && second == 0xBF && (b[i + 2] & 0xFF) >= 0xBE) return false; // U+FFFE, U+FFFF
            i += n + 1;
        }
        return true;
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : (c >= 0xC2 && c < 0xE0) ? 1 : (c >= 0xE0 && c < 0xF0) ? 2 : (c >= 0xF0 && c < 0xF5) ? 3 : -1;
            if (n < 0) return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += n + 1;
        }
        return b.length;
    }
}
