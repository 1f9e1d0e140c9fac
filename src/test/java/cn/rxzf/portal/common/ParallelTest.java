package cn.rxzf.portal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyTaskRunsExactlyOnce() {
        List<Integer> tasks = IntStream.range(0, 10_000).boxed().toList();
        ConcurrentHashMap<Integer, Integer> seen = new ConcurrentHashMap<>();
        Parallel.forEach(tasks, t -> seen.merge(t, 1, Integer::sum));
        assertEquals(tasks.size(), seen.size());
        assertTrue(seen.values().stream().allMatch(n -> n == 1));
    }

    @Test
    void theFirstFailureIsRethrownAndStopsTheHandingOut() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Integer> ran = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Parallel.forEach(IntStream.range(0, 100_000).boxed().toList(), t -> {
                    if (t == 3) throw boom;
                    synchronized (ran) {
                        ran.add(t);
                    }
                }));
        assertSame(boom, thrown);
        assertTrue(ran.size() < 100_000, "tasks after the failure were not all handed out");
    }

    /**
     * The watcher's case: the pool's workers are busy with long work, and another task was submitted after the
     * helper (in the server: work of another thread sharing the submission queue), so the JDK cannot run the queued
     * helper itself on join. The caller must not wait for the busy workers.
     */
    @Test
    void doesNotWaitForHelpersQueuedBehindOtherWork() throws InterruptedException {
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertTrue(busy.await(10, TimeUnit.SECONDS), "the common pool's workers did not start");
            List<Integer> done = new ArrayList<>();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Parallel.forEach(List.of(1, 2, 3, 4), t -> {
                if (t == 1) ForkJoinPool.commonPool().execute(() -> { });
                synchronized (done) {
                    done.add(t);
                }
            }));
            assertEquals(4, done.size());
        } finally {
            release.countDown();
        }
    }
}
