package cn.rxzf.portal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestDatabase;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A restart shorter than the check's one-second cache must still show: while the server is down the answer is
 * "unavailable" at once, and the "ok" cached before the restart is not served after it without a fresh write.
 */
class HealthCheckTest {
    @Test
    void aServerKnownToBeDownIsReportedAtOnceAndTheCachedOkIsForgotten() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            AtomicBoolean up = new AtomicBoolean(true);
            HealthCheck health = new HealthCheck(db.jdbi, up::get);
            assertTrue(health.get().ok());
            java.sql.Timestamp first = checkedAt(db);

            up.set(false);
            HealthCheck.Result down = health.get();
            assertFalse(down.ok(), "an ok cached less than a second ago was served while the server was down");
            assertEquals("the embedded database is restarting", down.reason());

            up.set(true);
            Thread.sleep(20); // now() moves on
            assertTrue(health.get().ok());
            assertTrue(checkedAt(db).after(first), "the answer after the restart was not a fresh write");
        }
    }

    private static java.sql.Timestamp checkedAt(Database db) {
        return db.jdbi.withHandle(h -> h.createQuery("SELECT checked_at FROM health_check").mapTo(java.sql.Timestamp.class).one());
    }
}
