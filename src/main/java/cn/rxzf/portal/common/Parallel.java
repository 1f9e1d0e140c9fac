package cn.rxzf.portal.common;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a list of independent tasks on the common pool's workers and the calling thread, each thread taking the next
 * task the moment it finishes one. A parallel stream instead cuts the list into a few large chunks up front (four
 * per worker): on two cores one slow task near the end of a chunk then keeps one core busy while the other idles.
 * Callers put their slowest tasks first.
 *
 * <p>The caller waits only for helpers that have started a task, never for one still queued behind other work in the
 * common pool (in the long-running server the pool's one worker may be busy for seconds), and rethrows the first
 * exception as it was thrown.
 */
public final class Parallel {
    private Parallel() {}

    /** Calls {@code work} once per task; the first exception stops the handing out of tasks and is rethrown. */
    public static <T> void forEach(List<T> tasks, Consumer<? super T> work) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            try {
                for (int i; (i = next.getAndIncrement()) < tasks.size(); ) work.accept(tasks.get(i));
            } catch (RuntimeException | Error e) {
                next.set(tasks.size());
                if (!failure.compareAndSet(null, e)) failure.get().addSuppressed(e);
            }
        };
        // Parties: the caller, and each helper from the moment it starts until it has no task left.
        Phaser working = new Phaser(1);
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), tasks.size() - 1);
        for (int h = 0; h < helpers; h++) {
            ForkJoinPool.commonPool().execute(() -> {
                if (next.get() >= tasks.size() || working.register() < 0) return;
                try {
                    drain.run();
                } finally {
                    working.arriveAndDeregister();
                }
            });
        }
        drain.run();
        working.arriveAndDeregister();
        working.awaitAdvance(0);
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error r) throw r;
    }
}
