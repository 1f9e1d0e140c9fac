package cn.rxzf.portal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's database: a HikariCP pool with JDBI over it, migrated by Flyway on open. Embedded PostgreSQL when
 * no URL is given (its data in {@code dataDir}), otherwise the external server at {@code jdbcUrl}.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final EmbeddedDatabase embedded;
    public final Jdbi jdbi;

    private Database(HikariDataSource pool, EmbeddedDatabase embedded) {
        this.pool = pool;
        this.embedded = embedded;
        this.jdbi = Jdbi.create(pool);
    }

    public static Database open(String jdbcUrl, Path dataDir, int poolSize) throws IOException {
        EmbeddedDatabase embedded = jdbcUrl == null ? EmbeddedDatabase.start(dataDir) : null;
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(embedded != null ? embedded.jdbcUrl() : jdbcUrl);
            // Flyway needs at least two connections (with one it waits 30 s for itself).
            config.setMaximumPoolSize(Math.max(2, poolSize));
            config.setPoolName("portal");
            config.setConnectionTimeout(5_000);
            // Durable commits whatever the server's default: an acknowledged comment survives a crash.
            config.setConnectionInitSql("SET synchronous_commit = on");
            HikariDataSource pool = new HikariDataSource(config);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(pool, embedded);
        } catch (RuntimeException e) {
            if (embedded != null) embedded.close();
            throw e;
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Closes the pool, then stops the embedded server if there is one. */
    @Override
    public void close() throws IOException {
        pool.close();
        if (embedded != null) embedded.close();
    }
}
