package cn.gongkai.cli;

import cn.gongkai.render.Progress;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of a long build on the error stream: a bar redrawn in place on a terminal, plain lines at
 * every tenth in a log (CI). Short builds (under {@link #MIN_PAGES} pages) print nothing.
 */
final class ConsoleProgress implements Progress {

    static final int MIN_PAGES = 500;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long lastDrawn;
    private int lastTenth;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void start(int total) {
        this.total = total;
        done.set(0);
        lastTenth = 0;
    }

    @Override
    public void advance() {
        int n = done.incrementAndGet();
        if (total < MIN_PAGES) return;
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDrawn < 100_000_000L && n < total) return;
            lastDrawn = now;
            synchronized (this) {
                int filled = (int) ((long) n * WIDTH / total);
                err.print("\r生成页面 [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + n + "/" + total);
                err.flush();
            }
        } else {
            int tenth = (int) ((long) n * 10 / total);
            synchronized (this) {
                if (tenth > lastTenth) {
                    lastTenth = tenth;
                    err.println("生成页面 " + n + "/" + total);
                    err.flush();
                }
            }
        }
    }

    @Override
    public void done() {
        if (terminal && total >= MIN_PAGES) {
            err.println();
            err.flush();
        }
    }
}
