package cn.rxzf.portal.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * Fixed-window counters in the database, so that a limit reached through one service instance holds on every other.
 * Buckets name what is limited and hold hashed client addresses, never raw ones. One statement counts every bucket
 * of a request. The table is unlogged: counting costs no WAL and no disk flush, and a crash empties it (limits start
 * afresh, briefly more lenient).
 */
public final class RateLimiter {
    /**
     * At most {@code limit} events per {@code window} in {@code bucket}. A bucket that many concurrent requests
     * count against (all comments on one draft) is {@code spread} over several rows: each request adds to one of
     * them at random and the limit applies to their sum.
     */
    public record Limit(String bucket, int limit, Duration window, int spread) {
        public Limit {
            if (spread < 1 || spread > 64) throw new IllegalArgumentException("spread " + spread);
        }

        public Limit(String bucket, int limit, Duration window) {
            this(bucket, limit, window, 1);
        }
    }

    /** Rows a spread bucket uses: enough that 64 concurrent requests rarely meet on one. */
    public static final int SPREAD = 16;

    /**
     * Upserts one row per bucket and returns each bucket's total over its rows; written for one bucket, the
     * {@code VALUES} row repeated for more ({@link #countSql}).
     */
    private static final String COUNT = """
            WITH counted AS (
                INSERT INTO rate_counters AS r (bucket, window_start, shard, count)
                VALUES (?, ?, ?, 1)
                ON CONFLICT (bucket, window_start, shard) DO UPDATE SET count = r.count + 1
                RETURNING bucket, window_start, shard, count)
            SELECT c.bucket, c.count + coalesce((SELECT sum(o.count) FROM rate_counters o
                    WHERE o.bucket = c.bucket AND o.window_start = c.window_start AND o.shard <> c.shard), 0) AS total
            FROM counted c""";
    private static final String COUNT_ROW = "(?, ?, ?, 1)";

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
        return take(limits).allowed();
    }

    /**
     * What one request counted: whether it was allowed, and the rows it added to, so that a request which turns out to
     * cost nothing (a resubmission of something already received) can {@link #giveBack} its units.
     */
    public static final class Permit {
        private final boolean allowed;
        private final List<Row> rows;

        private Permit(boolean allowed, List<Row> rows) {
            this.allowed = allowed;
            this.rows = rows;
        }

        public boolean allowed() {
            return allowed;
        }
    }

    /** As {@link #allow(List)}, keeping what was counted. */
    public Permit take(List<Limit> limits) {
        long now = clock.millis();
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Limit l : limits) {
            String key = key(l.bucket());
            if (!seen.add(key)) throw new IllegalArgumentException("bucket counted twice: " + l.bucket());
            long window = l.window().toMillis();
            int shard = l.spread() == 1 ? 0 : ThreadLocalRandom.current().nextInt(l.spread());
            rows.add(new Row(key, now / window * window, (short) shard, l.limit()));
        }
        // The same order in every statement, so that two requests never wait on each other's rows crosswise.
        rows.sort(Comparator.comparing(Row::key));
        Map<String, Long> totals;
        try {
            totals = jdbi.withHandle(h -> count(h.getConnection(), rows));
        } catch (SQLException e) {
            throw new IllegalStateException("counting against the rate limits failed", e);
        }
        return new Permit(rows.stream().allMatch(r -> totals.getOrDefault(r.key(), Long.MAX_VALUE) <= r.limit()), rows);
    }

    /**
     * Takes back the one event {@code permit} counted in each of its buckets (never below zero). A window that has
     * ended meanwhile is only made smaller, which nothing reads any more.
     */
    public void giveBack(Permit permit) {
        jdbi.useHandle(h -> {
            try (PreparedStatement statement = h.getConnection().prepareStatement(
                    "UPDATE rate_counters SET count = count - 1 WHERE bucket = ? AND window_start = ? AND shard = ? AND count > 0")) {
                for (Row r : permit.rows) {
                    statement.setString(1, r.key());
                    statement.setLong(2, r.start());
                    statement.setShort(3, r.shard());
                    statement.addBatch();
                }
                statement.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("giving back rate-limit units failed", e);
            }
        });
    }

    private record Row(String key, long start, short shard, int limit) {}

    private static String countSql(int buckets) {
        return buckets == 1 ? COUNT : COUNT.replace(COUNT_ROW, String.join(", ", Collections.nCopies(buckets, COUNT_ROW)));
    }

    /**
     * Plain JDBC: this statement runs for every limited request (every comment), and JDBI's binding and mapping of
     * it cost several times the driver's own work (JFR, 2026-11-23).
     */
    private static Map<String, Long> count(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(countSql(rows.size()))) {
            int i = 0;
            for (Row r : rows) {
                statement.setString(++i, r.key());
                statement.setLong(++i, r.start());
                statement.setShort(++i, r.shard());
            }
            Map<String, Long> totals = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) totals.put(rs.getString(1), rs.getLong(2));
            }
            return totals;
        }
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
