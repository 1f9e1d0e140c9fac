package cn.rxzf.portal;

import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.db.EmbeddedDatabase;
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
 * it for each test class that asks — reached through the external-URL path of {@link Database#open}.
 */
public final class TestDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {}

    public static synchronized Database fresh() {
        try {
            if (server == null) {
                Path dir = Files.createTempDirectory("portal-test-db");
                server = EmbeddedDatabase.start(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            }
            String name = "t" + NEXT.incrementAndGet();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl())) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            String url = server.jdbcUrl().replaceFirst("/postgres\\?", "/" + name + "?");
            return Database.open(url, null, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
