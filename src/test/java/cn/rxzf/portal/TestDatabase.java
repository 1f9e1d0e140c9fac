package cn.rxzf.portal;

import cn.rxzf.portal.common.FileTrees;
import cn.rxzf.portal.db.DataFolder;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.db.EmbeddedDatabase;
import cn.rxzf.portal.db.Login;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real embedded PostgreSQL for the whole test run (it takes seconds to start), and a fresh, migrated database in
 * it for each test class that asks, migrated by the superuser and used through the application role, as the service
 * uses it ({@link Database#open(Login, Login, int)}).
 */
public final class TestDatabase {
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
                dir = Files.createTempDirectory("portal-test-db");
                server = EmbeddedDatabase.start(DataFolder.claim(dir, "test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // each run's cluster is ~2 GB on disk: a run that left it behind filled /tmp after a few dozen runs
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                    FileTrees.delete(dir);
                } catch (IOException ignored) {
                    // the JVM is exiting; the folder stays behind, named portal-test-db*
                }
            }));
        }
        return server;
    }
}
