package cn.rxzf.portal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a list of independent tasks on the common pool's workers and the calling thread, each thread taking the next
 * task the moment it finishes one. A parallel stream instead cuts the list into a few large chunks up front (four
 * per worker): on two cores one slow task near the end of a chunk then keeps one core busy while the other idles.
 * Callers put their slowest tasks first.
 */
public final class Parallel {
    private Parallel() {}

    /** Calls {@code work} once per task; the first exception stops the handing out of tasks and is rethrown. */
    public static <T> void forEach(List<T> tasks, Consumer<? super T> work) {
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            try {
                for (int i; (i = next.getAndIncrement()) < tasks.size(); ) work.accept(tasks.get(i));
            } catch (RuntimeException | Error e) {
                next.set(tasks.size());
                throw e;
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), tasks.size() - 1);
        List<ForkJoinTask<?>> forked = new ArrayList<>();
        for (int h = 0; h < helpers; h++) forked.add(ForkJoinPool.commonPool().submit(drain));
        Throwable failure = null;
        try {
            drain.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> f : forked) {
            try {
                f.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
    }
}
