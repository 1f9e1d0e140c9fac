package cn.rxzf.portal.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows guessing down without ever locking anyone out. Failed sign-ins are counted per bucket (an account, a client
 * address, or an account on a device that signed in to it before); after {@link #FREE} failures each further one
 * makes that bucket wait {@code 2^(failures − FREE)} seconds after its last failure, at most {@link #MAX_DELAY}. A
 * success empties the buckets it was counted in; a bucket with no failure for {@link #FORGET} is forgotten.
 *
 * <p>Nobody can lock a reviewer out: a device that signed in to the account before (it holds a signed cookie) is
 * counted only in its own bucket, so guessing at the account name from elsewhere, however often, does not slow it.
 * A new device waits at most {@link #MAX_DELAY} after the last failed guess. Stored in the database, so the delays
 * hold across instances; names and client hashes only, never a password.
 */
public final class LoginThrottle {
    public static final int FREE = 5;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGET = Duration.ofHours(24);

    private final Jdbi jdbi;
    private final Clock clock;

    public LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The buckets a sign-in attempt is counted in. */
    public static List<String> buckets(String username, String clientHash, String knownDevice) {
        if (knownDevice != null) return List.of("device:" + username + ":" + knownDevice);
        return List.of("account:" + username, "client:" + clientHash);
    }

    /** How long the attempt must still wait (zero: it may go ahead). */
    public Duration wait(List<String> buckets) {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT failures, last_failure FROM login_throttle WHERE bucket IN (<b>)""")
                .bindList("b", buckets)
                .map((rs, ctx) -> {
                    Instant last = rs.getTimestamp(2).toInstant();
                    if (last.plus(FORGET).isBefore(now)) return Duration.ZERO;
                    Duration left = Duration.between(now, last.plus(delay(rs.getInt(1))));
                    return left.isNegative() ? Duration.ZERO : left;
                })
                .list().stream().max(Duration::compareTo).orElse(Duration.ZERO));
    }

    public void failed(List<String> buckets) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp forgotten = Timestamp.from(clock.instant().minus(FORGET));
        jdbi.useTransaction(h -> {
            for (String b : buckets.stream().sorted().toList()) {
                h.createUpdate("""
                                INSERT INTO login_throttle AS t (bucket, failures, last_failure) VALUES (:b, 1, :now)
                                ON CONFLICT (bucket) DO UPDATE SET last_failure = :now,
                                    failures = CASE WHEN t.last_failure < :forgotten THEN 1 ELSE t.failures + 1 END""")
                        .bind("b", b).bind("now", now).bind("forgotten", forgotten).execute();
            }
        });
    }

    public void succeeded(List<String> buckets) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_throttle WHERE bucket IN (<b>)").bindList("b", buckets).execute());
    }

    /** The wait after {@code failures} failures: none up to {@link #FREE}, then doubling from one second. */
    public static Duration delay(int failures) {
        if (failures < FREE) return Duration.ZERO;
        int exponent = failures - FREE;
        if (exponent >= 20) return MAX_DELAY;
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

}
