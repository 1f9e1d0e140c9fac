import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where PostgreSQL's share of a comment POST goes: replays, straight over JDBC (no HTTP, no service), the SQL one
 * comment costs — the rate-limit transaction (three upserts, commit without fsync) and the durable insert — and each
 * part alone, from CONNECTIONS connections (the service's pool has 16) for SECONDS each, reporting rows/s and the CPU
 * seconds of the postmaster and its children per 1,000 comments. The statements are the service's own
 * (RateLimiter.allow, CommentStore.insert); rows go into the benchmark's throwaway database. The rate-limit
 * transaction is also split: the two per-client buckets (a new row each, as every simulated citizen is new) and the
 * per-draft bucket (one row that every comment on the draft updates).
 *
 *   java -cp /tmp/build-svcbench/portal.jar bench/service/PgMix.java PG_PORT POSTMASTER_PID [CONNECTIONS] [SECONDS]
 */
public class PgMix {
    static final String UPSERT = """
            INSERT INTO rate_counters (bucket, window_start, count) VALUES (?, ?, 1)
            ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counters.count + 1
            RETURNING count""";
    static final String INSERT = """
            INSERT INTO comments (tracking_no, draft_id, department, body, body_hash, author_name, author_contact)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (draft_id, body_hash) DO NOTHING""";
    static final AtomicLong seq = new AtomicLong();
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    public static void main(String[] a) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + a[0] + "/postgres?user=postgres";
        long pm = Long.parseLong(a[1]);
        int conns = a.length > 2 ? Integer.parseInt(a[2]) : 16;
        int seconds = a.length > 3 ? Integer.parseInt(a[3]) : 20;
        System.out.printf("PgMix: %d connections, %d s per mix, synchronous_commit on for inserts%n", conns, seconds);
        for (String mix : List.of("rate-limit transaction + durable insert (one comment)", "durable insert only",
                "rate-limit transaction only", "rate-limit, the two per-client buckets only (new rows)",
                "rate-limit, the per-draft bucket only (one row for all)",
                "one-statement transaction, durable (SELECT 1 + commit)")) {
            run(url, pm, conns, seconds, mix);
        }
    }

    static void run(String url, long pm, int conns, int seconds, String mix) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        Thread[] ts = new Thread[conns];
        long cpu0 = pgTicks(pm);
        long t0 = System.nanoTime();
        for (int i = 0; i < conns; i++) {
            ts[i] = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET synchronous_commit = on");
                    }
                    PreparedStatement up = c.prepareStatement(UPSERT);
                    PreparedStatement ins = c.prepareStatement(INSERT);
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    while (System.nanoTime() < end) {
                        long n = seq.incrementAndGet();
                        if (mix.startsWith("rate-limit")) {
                            c.setAutoCommit(false);
                            try (Statement s = c.createStatement()) {
                                s.execute("SET LOCAL synchronous_commit = off");
                            }
                            long now = System.currentTimeMillis();
                            String[][] buckets = {{"comment:client:" + RUN + n, "600000"},
                                    {"comment:client-day:" + RUN + n, "86400000"}, {"comment:draft:pgmix", "60000"}};
                            if (mix.contains("two per-client")) buckets = java.util.Arrays.copyOf(buckets, 2);
                            if (mix.contains("per-draft bucket only")) buckets = new String[][] {buckets[2]};
                            for (String[] b : buckets) {
                                long w = Long.parseLong(b[1]);
                                up.setString(1, b[0]);
                                up.setLong(2, now / w * w);
                                try (ResultSet rs = up.executeQuery()) {
                                    rs.next();
                                }
                            }
                            c.commit();
                            c.setAutoCommit(true);
                        }
                        if (mix.startsWith("one-statement")) {
                            c.setAutoCommit(false);
                            try (Statement s = c.createStatement()) {
                                s.execute("SELECT 1");
                            }
                            c.commit();
                            c.setAutoCommit(true);
                        }
                        if (mix.startsWith("rate-limit transaction +") || mix.startsWith("durable insert")) {
                            String body = "PgMix " + RUN + "-" + n + " 建议明确首违不罚的适用条件";
                            ins.setString(1, "PM" + RUN + "-" + n);
                            ins.setString(2, "pgmix-draft");
                            ins.setString(3, "pgmix");
                            ins.setString(4, body);
                            ins.setBytes(5, sha.digest(body.getBytes()));
                            ins.setBytes(6, null);
                            ins.setBytes(7, null);
                            ins.executeUpdate();
                        }
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        double secs = (System.nanoTime() - t0) / 1e9;
        Thread.sleep(500); // closed backends exit and are reaped into the postmaster's children's times
        double cpu = (pgTicks(pm) - cpu0) / 100.0;
        System.out.printf("  %-58s %7.0f /s   postgres CPU %.2f s per 1,000   (%.1f CPU-s in %.1f s)%n", mix,
                done.get() / secs, cpu * 1000 / done.get(), cpu, secs);
    }

    /** The postmaster's own time, its reaped children's (cutime, cstime: backends that have exited), and live ones'. */
    static long pgTicks(long pm) {
        long t = ticks(pm);
        try {
            String s = Files.readString(Path.of("/proc/" + pm + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (Exception e) {
            // gone
        }
        for (ProcessHandle h : ProcessHandle.of(pm).map(p -> p.descendants().toList()).orElse(List.of())) t += ticks(h.pid());
        return t;
    }

    static long ticks(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }
}
