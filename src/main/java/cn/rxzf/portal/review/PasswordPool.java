package cn.rxzf.portal.review;

import cn.rxzf.portal.web.auth.Passwords;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bounds the work of sign-ins. At most {@code threads + waiting} sign-ins are admitted at once ({@link #admitted});
 * one beyond that is refused at once ({@link Busy}, answered with 429 and {@code Retry-After}), before it costs a
 * database query or a hash. Of the admitted, at most {@code threads} run their Argon2id hash at once ({@link #hash};
 * each holds {@link Passwords#MEMORY_KB} KiB while it runs). So 500 concurrent sign-ins cost at most
 * {@code threads × 19 MiB} of hashing memory and never more CPU than the pool's threads.
 */
public final class PasswordPool {
    /** The share of the JVM's maximum heap that hashing may hold at once. */
    static final double HEAP_SHARE = 0.25;

    private final int threads;
    private final int waiting;
    private final Semaphore admitted;
    private final Semaphore running;

    public PasswordPool(int threads, int waiting) {
        if (threads < 1 || waiting < 0) throw new IllegalArgumentException(threads + "/" + waiting);
        this.threads = threads;
        this.waiting = waiting;
        this.admitted = new Semaphore(threads + waiting);
        this.running = new Semaphore(threads, true);
    }

    /** Sized from this machine: one thread per core, fewer when a quarter of the heap cannot hold that many hashes;
     * four sign-ins may wait per thread (a hash takes ~50 ms, so a waiting sign-in waits a fraction of a second). */
    public static PasswordPool forThisMachine() {
        int threads = threadsFor(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
        return new PasswordPool(threads, 4 * threads);
    }

    /** Cores, but no more hashes at once than {@link #HEAP_SHARE} of {@code maxHeapBytes} holds (at least one). */
    static int threadsFor(int cores, long maxHeapBytes) {
        long perHash = Passwords.MEMORY_KB * 1024L;
        long byMemory = (long) (maxHeapBytes * HEAP_SHARE) / perHash;
        return (int) Math.max(1, Math.min(cores, byMemory));
    }

    public int threads() {
        return threads;
    }

    public int waiting() {
        return waiting;
    }

    /** Runs a sign-in ({@code work}), or throws {@link Busy} at once when as many are admitted as the pool takes. */
    public <T> T admitted(Supplier<T> work) {
        if (!admitted.tryAcquire()) throw new Busy();
        try {
            return work.get();
        } finally {
            admitted.release();
        }
    }

    /** Runs an admitted sign-in's hash when one of the pool's threads is free. */
    public boolean hash(BooleanSupplier hash) {
        running.acquireUninterruptibly();
        try {
            return hash.getAsBoolean();
        } finally {
            running.release();
        }
    }

    /** {@link #admitted} and {@link #hash} in one: a sign-in that is only a hash. */
    public boolean run(BooleanSupplier hash) {
        return admitted(() -> hash(hash));
    }

    /** The pool is full: the sign-in is refused without hashing. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("password hashing pool full", null, false, false);
        }
    }
}
