package cn.gongkai.internal;

import java.nio.file.attribute.FileTime;

/**
 * When a file's size and modification time may stand for its content. Two writes within one tick of
 * the file system's clock (a few milliseconds here; two seconds on the FAT of a USB stick) leave the
 * same time, and with the same size the second would pass for the first: an editor's tool saving
 * twice, or a test rewriting a number with one of the same length, got what was read the first time.
 * As git does with its index, a file changed this recently is read again next time rather than
 * remembered by its stamp.
 */
public final class FileStamps {

    /** Longer than any file system's time resolution. */
    private static final long SETTLE_MILLIS = 2_000;

    private FileStamps() {
    }

    /** Whether a file last modified at {@code modified} can be remembered by its size and time. */
    public static boolean settled(FileTime modified) {
        return modified.toMillis() < System.currentTimeMillis() - SETTLE_MILLIS;
    }
}
