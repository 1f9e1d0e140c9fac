package cn.rxzf.portal.service;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Fixed-window counters in the database, so that a limit reached through one service instance holds on every other.
 * Buckets name what is limited and hold hashed client addresses, never raw ones.
 */
public final class RateLimiter {
    private final Jdbi jdbi;
    private final Clock clock;

    public RateLimiter(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Counts one event in {@code bucket}; false when that makes more than {@code limit} in the current window. */
    public boolean allow(String bucket, int limit, Duration window) {
        long start = clock.millis() / window.toMillis() * window.toMillis();
        int count = jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO rate_counters (bucket, window_start, count) VALUES (:bucket, :start, 1)
                        ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + 1
                        RETURNING count""")
                .bind("bucket", bucket).bind("start", start).mapTo(Integer.class).one());
        return count <= limit;
    }

    /** Deletes windows that ended long ago; run now and then. */
    public int purge(Duration olderThan) {
        long cutoffMillis = clock.millis() - olderThan.toMillis();
        return jdbi.withHandle(h -> h.createUpdate(
                "DELETE FROM rate_counters WHERE window_start < :cutoff")
                .bind("cutoff", cutoffMillis).execute());
    }
}
