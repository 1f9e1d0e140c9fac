package cn.rxzf.portal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's database: a HikariCP pool with JDBI over it. Three ways to open it:
 * <ul>
 * <li>{@link #embedded}: the owner of a data folder starts its embedded PostgreSQL, migrates as the superuser, sets
 * up the application role ({@link DatabaseRoles}) and connects as that role;</li>
 * <li>{@link #external}: the server at {@code --db} (migrated with that URL's user);</li>
 * <li>{@link #forCommand}: a command such as {@code reviewer} — beside a running service it connects to that
 * service's database (the owner's record says where), alone it owns the folder and starts its own.</li>
 * </ul>
 * While the embedded server is down (it is being restarted), connections fail at once instead of waiting for the
 * pool's timeout ({@link DownFast}).
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final EmbeddedDatabase embedded;
    private volatile DataFolder releaseOnClose;
    public final Jdbi jdbi;
    private final HealthCheck health;

    private Database(HikariDataSource pool, EmbeddedDatabase embedded) {
        this.pool = pool;
        this.embedded = embedded;
        DataSource source = embedded == null ? pool : new DownFast(pool, embedded::isUp);
        this.jdbi = Jdbi.create(source);
        this.health = new HealthCheck(jdbi, embedded == null ? () -> true : embedded::isUp);
    }

    /** Whether this database can be reached and written now (what {@code /healthz} reports). */
    public HealthCheck health() {
        return health;
    }

    /** Starts the embedded database of {@code folder} (which the caller owns); closing the database stops it. */
    public static Database embedded(DataFolder folder, int poolSize) throws IOException {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(folder);
        try {
            return open(embedded.superuser("postgres"), embedded.app("postgres"), poolSize, embedded);
        } catch (RuntimeException | SQLException e) {
            embedded.close();
            throw new IOException("opening the embedded database: " + e.getMessage(), e);
        }
    }

    /**
     * An external server: the application connects as {@code app}; migrations run as {@code owner}, which then
     * grants {@code app} what it needs ({@link DatabaseRoles#grant}); without {@code owner}, both as {@code app}.
     */
    public static Database external(Login app, Login owner, int poolSize) throws IOException {
        try {
            if (owner == null) return open(app, app, poolSize, null);
            String appUser;
            try (Connection c = connect(app)) {
                appUser = DatabaseRoles.currentUser(c);
            }
            try (HikariDataSource migrator = pool(owner, 2, "portal-migrate")) {
                Flyway.configure().dataSource(migrator).locations("classpath:db/migration").load().migrate();
                try (Connection c = migrator.getConnection()) {
                    DatabaseRoles.grant(c, appUser);
                }
            }
            return new Database(pool(app, poolSize, "portal"), null);
        } catch (SQLException | RuntimeException e) {
            throw new IOException("opening the external database: " + e.getMessage(), e);
        }
    }

    /**
     * Migrates as {@code owner}, then (when {@code app} is another user) makes {@code app} the application role,
     * and returns a pool of {@code app} connections.
     */
    public static Database open(Login owner, Login app, int poolSize) throws SQLException {
        return open(owner, app, poolSize, null);
    }

    private static Database open(Login owner, Login app, int poolSize, EmbeddedDatabase embedded)
            throws SQLException {
        // Flyway needs at least two connections (with one it waits 30 s for itself).
        try (HikariDataSource migrator = pool(owner, 2, "portal-migrate")) {
            Flyway.configure().dataSource(migrator).locations("classpath:db/migration").load().migrate();
            if (app.user() != null && !app.user().equals(owner.user())) {
                try (Connection c = migrator.getConnection()) {
                    DatabaseRoles.apply(c, app.password());
                }
            }
        }
        return new Database(pool(app, poolSize, "portal"), embedded);
    }

    /**
     * For a command that needs the database but is not the service: with {@code external}, that server; beside a
     * running service of {@code dataDir}, that service's database (as the application role, no migration: the
     * service did it); alone, its own embedded server for as long as the command runs.
     */
    public static Database forCommand(Login external, Login externalOwner, Path dataDir, String command) throws IOException {
        if (external != null) return external(external, externalOwner, 2);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            DataFolder folder;
            try {
                folder = DataFolder.claim(dataDir, command);
            } catch (DataFolder.InUse e) {
                DataFolder.Owner owner = e.owner;
                IOException why = e;
                if (owner != null && owner.command().equals("serve") && owner.postgresPort() > 0) {
                    try {
                        return beside(dataDir, owner);
                    } catch (IOException notYet) {
                        why = notYet;
                    }
                }
                // The service is (re)starting its database, or another command owns the folder for a moment: wait.
                if (System.nanoTime() > deadline) throw why;
                sleep(250);
                continue;
            }
            try {
                Database db = embedded(folder, 2);
                db.releaseOnClose = folder;
                return db;
            } catch (IOException | RuntimeException e) {
                folder.close();
                throw e;
            }
        }
    }

    private static Database beside(Path dataDir, DataFolder.Owner owner) throws IOException {
        Login app = EmbeddedDatabase.appBeside(dataDir.toAbsolutePath().normalize(), owner.postgresPort());
        try (Connection c = connect(app)) {
            c.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            throw new IOException("the database of " + owner.describe() + " does not answer: " + e.getMessage(), e);
        }
        return new Database(pool(app, 2, "portal"), null);
    }

    static Connection connect(Login login) throws SQLException {
        Properties p = new Properties();
        if (login.user() != null) p.setProperty("user", login.user());
        if (login.password() != null) p.setProperty("password", login.password());
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(login.url(), p);
    }

    private static HikariDataSource pool(Login login, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(login.url());
        if (login.user() != null) config.setUsername(login.user());
        if (login.password() != null) config.setPassword(login.password());
        config.setMaximumPoolSize(Math.max(2, size));
        config.setPoolName(name);
        // A request waits at most 2 s for a connection; then it gets 503 (database unreachable, or every
        // connection busy), never a long hang.
        config.setConnectionTimeout(2_000);
        // Durable commits whatever the server's default: an acknowledged comment survives a crash.
        config.setConnectionInitSql("SET synchronous_commit = on");
        return new HikariDataSource(config);
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The embedded server, or null (external, or beside another process's service). */
    public EmbeddedDatabase embeddedServer() {
        return embedded;
    }

    /** Closes the pool, then stops the embedded server if this process started it, then releases the data folder if
     * {@link #forCommand} took it. */
    @Override
    public void close() throws IOException {
        pool.close();
        try {
            if (embedded != null) embedded.close();
        } finally {
            DataFolder folder = releaseOnClose;
            if (folder != null) folder.close();
        }
    }
}
