package cn.rxzf.portal.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Fixed-window counters in the database, so that a limit reached through one service instance holds on every other.
 * Buckets name what is limited and hold hashed client addresses, never raw ones. One round trip counts every bucket
 * of a request; the counters are committed without waiting for the disk (a crash may forget a few counts, which
 * only makes a limit briefly more lenient), so that limits cost no fsync.
 */
public final class RateLimiter {
    /** At most {@code limit} events per {@code window} in {@code bucket}. */
    public record Limit(String bucket, int limit, Duration window) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public RateLimiter(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Counts one event in {@code bucket}; false when that makes more than {@code limit} in the current window. */
    public boolean allow(String bucket, int limit, Duration window) {
        return allow(List.of(new Limit(bucket, limit, window)));
    }

    /** Counts one event in every bucket; false when any of them is over its limit. */
    public boolean allow(List<Limit> limits) {
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            h.execute("SET LOCAL synchronous_commit = off");
            boolean ok = true;
            for (Limit l : limits) {
                long start = now / l.window().toMillis() * l.window().toMillis();
                int count = h.createQuery("""
                                INSERT INTO rate_counters (bucket, window_start, count) VALUES (:bucket, :start, 1)
                                ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + 1
                                RETURNING count""")
                        .bind("bucket", key(l.bucket())).bind("start", start).mapTo(Integer.class).one();
                ok &= count <= l.limit();
            }
            return ok;
        });
    }

    /**
     * The stored key: buckets may carry request text (a reference, a user name); it is never trusted to be valid
     * text for the database (a NUL byte is refused by PostgreSQL), so long or odd buckets are stored as a hash.
     */
    static String key(String bucket) {
        if (bucket.length() <= 120 && bucket.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) return bucket;
        return "h:" + java.util.HexFormat.of().formatHex(cn.rxzf.portal.common.Sha256.of(bucket));
    }

    /** Deletes windows that started before {@code olderThan} ago; run now and then. */
    public int purge(Duration olderThan) {
        long cutoffMillis = clock.millis() - olderThan.toMillis();
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM rate_counters WHERE window_start < :cutoff")
                .bind("cutoff", cutoffMillis).execute());
    }
}
