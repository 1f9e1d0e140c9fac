package cn.rxzf.portal.review;

import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Bounds the Argon2id work of sign-ins. At most {@link #threads} hashes run at once (each holds
 * {@link Passwords#MEMORY_KB} KiB while it runs), and at most {@link #waiting} more sign-ins wait for one of them;
 * a sign-in beyond that is refused at once ({@link Busy}, answered with 429 and {@code Retry-After}) instead of
 * queueing without end. So 500 concurrent sign-ins cost at most {@code threads × 19 MiB} of hashing memory and never
 * more CPU than the pool's threads.
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

    /** Runs {@code hash} in the pool, or throws {@link Busy} at once when the pool and its queue are full. */
    public boolean run(BooleanSupplier hash) {
        if (!admitted.tryAcquire()) throw new Busy();
        try {
            running.acquireUninterruptibly();
            try {
                return hash.getAsBoolean();
            } finally {
                running.release();
            }
        } finally {
            admitted.release();
        }
    }

    /** The pool is full: the sign-in is refused without hashing. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("password hashing pool full", null, false, false);
        }
    }
}
