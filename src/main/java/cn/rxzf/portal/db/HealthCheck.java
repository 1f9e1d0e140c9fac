package cn.rxzf.portal.db;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Whether the database can be reached and written: one small write (an upsert of one row, without waiting for the
 * disk flush) at most once a second, bounded to 3 s; callers in between get the last answer. While the embedded server
 * is known to be down (it is being restarted) the answer is "unavailable" at once, without a write, and the last answer
 * is forgotten: a restart shorter than a second must not hide behind an "ok" cached before it.
 */
public final class HealthCheck {
    private static final long MAX_AGE_NANOS = 1_000_000_000L;
    private final Jdbi jdbi;
    private final BooleanSupplier serverUp;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-health");
        t.setDaemon(true);
        return t;
    });
    private Future<Result> inFlight;
    private Result last;
    private long lastAt;

    public record Result(boolean ok, String reason) {}

    /** {@code serverUp}: whether the embedded server is running (always true for an external one). */
    HealthCheck(Jdbi jdbi, BooleanSupplier serverUp) {
        this.jdbi = jdbi;
        this.serverUp = serverUp;
    }

    public synchronized Result get() {
        if (!serverUp.getAsBoolean()) {
            last = null;
            return new Result(false, "the embedded database is restarting");
        }
        long now = System.nanoTime();
        if (last != null && now - lastAt < MAX_AGE_NANOS) return last;
        last = check();
        lastAt = System.nanoTime();
        return last;
    }

    private Result check() {
        // A check still waiting (the pool's wait for a connection is 2 s) is waited for, not queued behind.
        if (inFlight == null || inFlight.isDone()) inFlight = runner.submit(this::write);
        try {
            return inFlight.get(3, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new Result(false, "the database did not answer within 3 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        } catch (Exception e) {
            return new Result(false, "the database check failed");
        }
    }

    private Result write() {
        try {
            jdbi.useTransaction(h -> {
                h.execute("SET LOCAL statement_timeout = 1000");
                h.execute("SET LOCAL synchronous_commit = off");
                h.execute("INSERT INTO health_check (only_row, checked_at) VALUES (true, now()) "
                        + "ON CONFLICT (only_row) DO UPDATE SET checked_at = excluded.checked_at");
            });
            return new Result(true, "ok");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLTransientConnectionException) return new Result(false, oneLine(t.getMessage()));
            }
            return new Result(false, "the database cannot be written: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String s) {
        if (s == null) return "no reason given";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
