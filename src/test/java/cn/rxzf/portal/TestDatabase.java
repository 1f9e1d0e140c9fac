package cn.rxzf.portal;

import cn.rxzf.portal.common.FileTrees;
import cn.rxzf.portal.db.DataFolder;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.db.EmbeddedDatabase;
import cn.rxzf.portal.db.Login;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real embedded PostgreSQL for the whole test run (it takes seconds to start), and a fresh, migrated database in
 * it for each test class that asks, migrated by the superuser and used through the application role, as the service
 * uses it ({@link Database#open(Login, Login, int)}).
 */
public final class TestDatabase {
    private static final String PREFIX = "portal-test-db";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {}

    public static synchronized Database fresh() {
        String name = "t" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name);
        try {
            return Database.open(server.superuser(name), server.app(name), 4);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The superuser's login to database {@code name} of the shared server. */
    public static synchronized Login superuser(String name) {
        return server().superuser(name);
    }

    /** Runs {@code sql} as the superuser in the server's {@code postgres} database. */
    public static synchronized void execute(String sql) {
        Login admin = server().superuser("postgres");
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedDatabase server() {
        if (server == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory(PREFIX);
                server = EmbeddedDatabase.start(DataFolder.claim(dir, "test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            Thread sweeper = new Thread(() -> deleteClustersOfEndedRuns(dir), "stale-test-clusters");
            sweeper.setDaemon(true);
            sweeper.start();
        }
        return server;
    }

    /**
     * Deletes the clusters earlier runs left in the temporary folder (~2 GB each: a few dozen runs filled the disk),
     * while this run's tests go on. Deleting its own at exit took longer than Surefire waits for a test JVM to end
     * (~100,000 files); a folder whose owner still runs (its lock is held), or a new one not yet claimed, is left alone.
     */
    private static boolean claimedOrOld(Path folder) throws IOException {
        return DataFolder.read(folder) != null
                || Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(Duration.ofHours(1)));
    }

    private static void deleteClustersOfEndedRuns(Path own) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(own.getParent(), PREFIX + "*")) {
            for (Path folder : folders) {
                if (folder.equals(own) || !claimedOrOld(folder)) continue;
                try (DataFolder ended = DataFolder.claim(folder, "test cleanup")) {
                    // the lock was free: its run has ended
                } catch (DataFolder.InUse running) {
                    continue;
                }
                FileTrees.delete(folder);
            }
        } catch (IOException | RuntimeException e) {
            // a folder left for the next run to delete
        }
    }
}
