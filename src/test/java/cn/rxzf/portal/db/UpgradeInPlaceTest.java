package cn.rxzf.portal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder of the previous layout — made by zonky's EmbeddedPostgres as the service used to (trust for every
 * local connection, the application as superuser) — is upgraded in place on the first start: every row kept, no
 * connection without a password any more.
 */
class UpgradeInPlaceTest {
    @Test
    void anOldTrustFolderKeepsItsRowsAndGetsPasswords(@TempDir Path tmp) throws Exception {
        Path pgDir = tmp.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false)
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
             Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"))) {
            // the schema as the previous release left it, migrated by the superuser, with a row in it
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").target("3").load()
                    .migrate();
            c.createStatement().execute("INSERT INTO reviewers (username, department, role, password_hash) "
                    + "VALUES ('old-reviewer', 'jtys', 'reviewer', 'x')");
        }
        try (DataFolder folder = DataFolder.claim(tmp, "test");
             Database db = Database.embedded(folder, 2)) {
            EmbeddedDatabase server = db.embeddedServer();
            Login admin = server.superuser("postgres");
            try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
                ResultSet rs = c.createStatement().executeQuery("SELECT pg_get_userbyid(relowner) FROM pg_class "
                        + "WHERE relname IN ('reviewers', 'audit_log') ORDER BY relname");
                rs.next();
                assertEquals("postgres", rs.getString(1), "the audit log stays the superuser's");
                rs.next();
                assertEquals("portal_app", rs.getString(1), "the application owns its tables");
            }
            Properties none = new Properties();
            none.setProperty("user", "postgres");
            assertThrows(SQLException.class, () -> DriverManager.getConnection(admin.url(), none).close());
            // migrated, and the application works as its own role
            assertEquals("portal_app", db.jdbi.withHandle(h -> h.createQuery("SELECT current_user").mapTo(String.class).one()));
            assertEquals("old-reviewer", db.jdbi.withHandle(h -> h.createQuery("SELECT username FROM reviewers")
                    .mapTo(String.class).one()));
        }
    }
}
