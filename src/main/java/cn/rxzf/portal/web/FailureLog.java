package cn.rxzf.portal.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * The log of unexpected failures (the service's 500s), kept from flooding: the first failure of a kind (the root
 * cause's type and where it was thrown) is logged with its stack trace; later ones of that kind are counted, and
 * the count is logged in one line when a failure of that kind comes at least a minute after the last line. Messages
 * are left out, of the failure and of its causes: they can carry request data (a database error quotes the values
 * bound to the statement), and nothing personal or sent by the client goes into the log.
 */
final class FailureLog {
    static final Duration REPEAT_INTERVAL = Duration.ofMinutes(1);
    /** Kinds remembered at most; past it they are forgotten all at once (and each is logged in full again). */
    private static final int MAX_KINDS = 1000;

    private final Logger log;
    private final LongSupplier nanoTime;
    /** Per kind: when its last line was logged (nanoTime) and how many failures came since. */
    private final Map<String, long[]> kinds = new HashMap<>();

    FailureLog(Logger log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
    }

    synchronized void failure(String method, Throwable e) {
        String kind = kind(e);
        long now = nanoTime.getAsLong();
        long[] seen = kinds.get(kind);
        if (seen == null) {
            if (kinds.size() >= MAX_KINDS) kinds.clear();
            kinds.put(kind, new long[] {now, 0});
            log.error("unexpected failure handling a {} request", method, withoutMessages(e, 0));
            return;
        }
        seen[1]++;
        if (now - seen[0] >= REPEAT_INTERVAL.toNanos()) {
            log.error("unexpected failure, {} more since the last report: {} (stack trace at its first occurrence)", seen[1], kind);
            seen[0] = now;
            seen[1] = 0;
        }
    }

    private static String kind(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) root = root.getCause();
        StackTraceElement[] trace = root.getStackTrace();
        return root.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
    }

    /** The same chain of types and stack traces, with every message replaced by its exception's type. */
    private static Throwable withoutMessages(Throwable e, int depth) {
        Throwable cause = e.getCause() == null || e.getCause() == e || depth >= 20 ? null : withoutMessages(e.getCause(), depth + 1);
        Throwable copy = new Failure(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Stands for a failure in the log; its message is the original type's name only. */
    static final class Failure extends Throwable {
        Failure(String type, Throwable cause) {
            super(type, cause, false, true);
        }
    }
}
