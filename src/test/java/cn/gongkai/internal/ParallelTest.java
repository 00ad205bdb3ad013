package cn.gongkai.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelTest {

    @Test
    void everyItemOnceResultsInOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<Integer> squares = Parallel.map(items, 4, i -> {
            assertTrue(seen.add(i), "item " + i + " done twice");
            return i * i;
        });
        assertEquals(items.stream().map(i -> i * i).toList(), squares);
        assertEquals(items.size(), seen.size());
    }

    @Test
    void usesTheCallingThreadAndTheOthers() throws InterruptedException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch bothStarted = new CountDownLatch(2);
        Parallel.forEach(List.of(1, 2, 3, 4), 2, i -> {
            threads.add(Thread.currentThread().getName());
            bothStarted.countDown();
            bothStarted.await();   // returns only when two threads work at once
            return null;
        });
        assertEquals(Set.of(Thread.currentThread().getName(), "gongkai-worker-1"), threads);
    }

    @Test
    void noMoreThreadsThanItemsAndNothingForNoItems() {
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), 8, i -> i));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        assertEquals(List.of("a"), Parallel.map(List.of("a"), 8, s -> {
            threads.add(Thread.currentThread().getName());
            return s;
        }));
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void firstFailureThrownAsItWasAfterEveryThreadStopped() {
        IOException failure = new IOException("磁盘已满");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger begun = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        IOException thrown = assertThrows(IOException.class, () -> Parallel.forEach(items, 3, i -> {
            running.incrementAndGet();
            begun.incrementAndGet();
            try {
                if (i == 50) throw failure;
                Thread.sleep(1);
                return null;
            } finally {
                running.decrementAndGet();
            }
        }));
        assertSame(failure, thrown);
        assertEquals(0, running.get(), "an item was still being done when the failure was thrown");
        assertTrue(begun.get() < 200, "items were begun after the failure: " + begun.get());
    }

    @Test
    void uncheckedFailuresAndErrorsKeepTheirType() {
        IllegalStateException unchecked = new IllegalStateException("x");
        assertSame(unchecked, assertThrows(IllegalStateException.class,
                () -> Parallel.map(List.of(1, 2, 3), 2, i -> { if (i == 2) throw unchecked; return i; })));
        AssertionError error = new AssertionError("y");
        assertSame(error, assertThrows(AssertionError.class,
                () -> Parallel.map(List.of(1, 2, 3), 2, i -> { if (i == 3) throw error; return i; })));
    }

    @Test
    void aBackgroundJobRunsBesideTheCallerAndJoinThrowsWhatItThrew() throws Exception {
        CountDownLatch callerWaits = new CountDownLatch(1);
        Set<String> ranOn = ConcurrentHashMap.newKeySet();
        Parallel.Background<InterruptedException> b = Parallel.start("beside", () -> {
            ranOn.add(Thread.currentThread().getName());
            callerWaits.await();   // ends only when the caller, still running, counts down
        });
        callerWaits.countDown();
        b.join();
        assertEquals(Set.of("beside"), ranOn);
        assertTrue(b.nanos() > 0);

        IOException failure = new IOException("x");
        Parallel.Background<IOException> failing = Parallel.start("failing", () -> {
            throw failure;
        });
        failing.await();   // does not throw
        assertSame(failure, assertThrows(IOException.class, failing::join));
    }
}
