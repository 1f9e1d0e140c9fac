package cn.rxzf.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordPoolTest {
    @Test
    void no_more_hashes_run_at_once_than_threads_and_the_overflow_is_refused_at_once() throws Exception {
        PasswordPool pool = new PasswordPool(2, 3);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(5);
        for (int i = 0; i < 5; i++) {
            callers.submit(() -> pool.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return true;
            }));
        }
        for (int i = 0; i < 100 && running.get() < 2; i++) Thread.sleep(10);
        Thread.sleep(50);
        long t0 = System.nanoTime();
        assertThrows(PasswordPool.Busy.class, () -> pool.run(() -> true), "two running and three waiting: the sixth is refused");
        assertTrue(System.nanoTime() - t0 < 100_000_000L, "refused without waiting");
        release.countDown();
        callers.shutdown();
        assertTrue(callers.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(2, most.get());
        assertTrue(pool.run(() -> true), "free again afterwards");
    }

    @Test
    void sized_by_cores_and_by_a_quarter_of_the_heap() {
        long mib = 1024L * 1024;
        assertEquals(2, PasswordPool.threadsFor(2, 4096 * mib));
        assertEquals(16, PasswordPool.threadsFor(16, 4096 * mib));
        assertEquals(2, PasswordPool.threadsFor(16, 160 * mib), "40 MiB for hashing holds two of 19 MiB");
        assertEquals(1, PasswordPool.threadsFor(16, 32 * mib), "always at least one");
    }
}
