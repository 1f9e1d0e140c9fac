package cn.rxzf.portal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new owner of a data folder may stop: only the server its dead predecessor recorded. A running server that
 * the record does not name is left alone, and the start fails at once with one line saying why.
 */
class LeftoversTest {
    @Test
    void aServerTheRecordDoesNotNameIsNeverStopped(@TempDir Path tmp) throws Exception {
        DataFolder first = DataFolder.claim(tmp, "test");
        EmbeddedDatabase running = EmbeddedDatabase.start(first);
        try {
            long pid = running.postmasterPid();
            first.close(); // the lock is free, but the record is rewritten to name another server
            Files.writeString(tmp.resolve("owner.properties"), "pid=1\ncommand=serve\nstarted=2026-12-01T00:00:00Z\n"
                    + "port=0\npostgresPid=1\npostgresPort=0\n");
            long t0 = System.nanoTime();
            try (DataFolder second = DataFolder.claim(tmp, "test")) {
                IOException e = assertThrows(IOException.class, () -> EmbeddedDatabase.start(second));
                assertTrue(e.getMessage().contains("did not start") && e.getMessage().contains(Long.toString(pid))
                        && !e.getMessage().contains("\n"), e.getMessage());
            }
            assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "the refusal took more than 20 s");
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the running server was stopped");
            Login admin = running.superuser("postgres");
            try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
                assertTrue(c.isValid(2));
            }
        } finally {
            running.close();
        }
    }

    @Test
    void theRecordedServerOfADeadOwnerIsStoppedAndTheFolderServesAgain(@TempDir Path tmp) throws Exception {
        DataFolder first = DataFolder.claim(tmp, "test");
        EmbeddedDatabase orphan = EmbeddedDatabase.start(first);
        long pid = orphan.postmasterPid();
        first.close(); // as if the owner had died: its server runs on, recorded
        try (DataFolder second = DataFolder.claim(tmp, "test")) {
            assertEquals(pid, second.previous().postgresPid());
            EmbeddedDatabase again = EmbeddedDatabase.start(second);
            try {
                assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the recorded server still runs");
                Login admin = again.superuser("postgres");
                try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
                    assertTrue(c.isValid(2));
                }
            } finally {
                again.close();
            }
        } finally {
            orphan.close(); // already gone: nothing to stop
        }
    }
}
