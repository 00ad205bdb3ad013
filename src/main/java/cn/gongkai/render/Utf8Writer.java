package cn.gongkai.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page's text encoded as UTF-8 while it is written, into a byte array that is kept for the next
 * page. Rendering into a {@link java.io.StringWriter} (a synchronised StringBuffer), copying that into
 * a String and encoding the String made three copies of every page, and the pages are Chinese, so
 * each copy was UTF-16. Bytes are exactly those of {@code String.getBytes(UTF_8)}: a surrogate pair
 * split between two writes is joined, and a lone surrogate becomes {@code '?'}. Not thread-safe.
 */
final class Utf8Writer extends Writer {

    /** Chars copied out of a String at a time: a String's chars cannot be read without a copy or charAt. */
    private static final int CHUNK = 2048;

    private final char[] chunk = new char[CHUNK];
    private byte[] bytes;
    private int size;
    /** A high surrogate written last, waiting for the low one that completes it; 0 when there is none. */
    private char high;

    Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    /** Forgets what was written, keeping the array for the next page. */
    void reset() {
        size = 0;
        high = 0;
    }

    /** What was written, as UTF-8; a high surrogate left at the end becomes {@code '?'}. */
    byte[] toByteArray() {
        if (high != 0) {
            ensure(1);
            bytes[size++] = '?';
            high = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(int c) {
        chunk[0] = (char) c;
        encode(chunk, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        encode(cbuf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        int end = off + len;
        while (off < end) {
            int n = Math.min(CHUNK, end - off);
            s.getChars(off, off + n, chunk, 0);
            encode(chunk, 0, n);
            off += n;
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void encode(char[] chars, int off, int len) {
        // at most 3 bytes a char, and one more for a '?' standing for a surrogate left from the last write
        ensure(3 * len + 1);
        byte[] b = bytes;
        int n = size;
        int i = off;
        int end = off + len;
        if (high != 0 && i < end) {
            char c = chars[i];
            if (Character.isLowSurrogate(c)) {
                n = putCodePoint(b, n, Character.toCodePoint(high, c));
                i++;
            } else {
                b[n++] = '?';
            }
            high = 0;
        }
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?';
            } else if (i + 1 == end) {
                high = c;
            } else if (Character.isLowSurrogate(chars[i + 1])) {
                n = putCodePoint(b, n, Character.toCodePoint(c, chars[++i]));
            } else {
                b[n++] = '?';
            }
        }
        size = n;
    }

    private static int putCodePoint(byte[] b, int n, int cp) {
        b[n++] = (byte) (0xF0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[n++] = (byte) (0x80 | (cp & 0x3F));
        return n;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
}
