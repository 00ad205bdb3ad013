package cn.gongkai.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work on every core, each thread taking the next item as soon as it is done with one; and work
 * beside the caller's. A parallel stream cuts a list into a few fixed shares (a quarter each when the
 * common pool has one thread, as on two cores) and a thread that finishes its shares early waits:
 * building 1,605 pages, one thread rendered alone for the last one to two seconds. Here the imbalance
 * is at most one item.
 */
public final class Parallel {

    /** What is done to one item. */
    @FunctionalInterface
    public interface Task<T, R, X extends Exception> {
        R apply(T item) throws X;
    }

    private Parallel() {
    }

    /** The threads a build uses by default: one per core. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * {@code task} applied to every item, on the calling thread and {@code threads - 1} more; the
     * results in the items' order. After a failure no other item is begun, the items being done are
     * finished, and the first failure is thrown as it was thrown. Every thread has stopped when this
     * returns or throws (an interrupt of the calling thread does not end the wait; it is kept for the caller).
     */
    public static <T, R, X extends Exception> List<R> map(List<T> items, int threads, Task<? super T, ? extends R, X> task)
            throws X {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < results.length; ) {
                try {
                    results[i] = task.apply(items.get(i));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        int helpers = Math.min(Math.max(1, threads), results.length) - 1;
        List<Thread> started = new ArrayList<>(Math.max(0, helpers));
        for (int h = 0; h < helpers; h++) {
            Thread t = new Thread(work, "gongkai-worker-" + (h + 1));
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        work.run();
        for (Thread t : started) joinUninterruptibly(t);
        Throwable t = failure.get();
        if (t != null) Parallel.<X>rethrow(t);
        return Collections.unmodifiableList(Arrays.asList(castAll(results)));
    }

    /** {@link #map} for work without a result. */
    public static <T, X extends Exception> void forEach(List<T> items, int threads, Task<? super T, ?, X> task) throws X {
        map(items, threads, task);
    }

    /** Work with no input or result. */
    @FunctionalInterface
    public interface Job<X extends Exception> {
        void run() throws X;
    }

    /** Starts {@code job} on a thread of its own, named {@code name}, while the caller goes on. */
    public static <X extends Exception> Background<X> start(String name, Job<X> job) {
        Background<X> b = new Background<>(job, name);
        b.thread.start();
        return b;
    }

    /** A job running beside the caller. */
    public static final class Background<X extends Exception> {
        private final Thread thread;
        private volatile Throwable failure;
        private volatile long nanos;

        private Background(Job<X> job, String name) {
            thread = new Thread(() -> {
                long start = System.nanoTime();
                try {
                    job.run();
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    nanos = System.nanoTime() - start;
                }
            }, name);
            thread.setDaemon(true);
        }

        /** Waits for the job to end (an interrupt does not end the wait; it is kept) and throws what it threw. */
        public void join() throws X {
            await();
            Throwable t = failure;
            if (t != null) Parallel.<X>rethrow(t);
        }

        /** Waits for the job to end, keeping what it threw: for a caller that is failing already. */
        public void await() {
            joinUninterruptibly(thread);
        }

        /** How long the job ran; known after {@link #await}. */
        public long nanos() {
            return nanos;
        }
    }

    /** Throws {@code t} as it was thrown: unchecked, or the one checked exception the task or job declares. */
    @SuppressWarnings("unchecked")
    private static <X extends Exception> void rethrow(Throwable t) throws X {
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw (X) t;
    }

    @SuppressWarnings("unchecked")
    private static <R> R[] castAll(Object[] results) {
        return (R[]) results;
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
