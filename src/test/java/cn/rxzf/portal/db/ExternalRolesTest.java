package cn.rxzf.portal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.rxzf.portal.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An external database with the two roles the README describes: the owner migrates and grants, the application
 * role may read and write the application's tables but only SELECT and INSERT the audit log.
 */
class ExternalRolesTest {
    @Test
    void theApplicationRoleGetsOnlyWhatItNeeds() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String owner = "ext_owner_" + suffix;
        String app = "ext_app_" + suffix;
        String name = "ext_" + suffix;
        TestDatabase.execute("CREATE ROLE " + owner + " LOGIN PASSWORD 'owner-secret'");
        TestDatabase.execute("CREATE ROLE " + app + " LOGIN PASSWORD 'app-secret'");
        TestDatabase.execute("CREATE DATABASE " + name + " OWNER " + owner);
        String url = TestDatabase.superuser(name).url();
        Login appLogin = new Login(url, app, "app-secret");
        try (Database db = Database.external(appLogin, new Login(url, owner, "owner-secret"), 2)) {
            assertEquals(app, db.jdbi.withHandle(h -> h.createQuery("SELECT current_user").mapTo(String.class).one()));
            db.jdbi.useHandle(h -> h.execute("INSERT INTO reviewers (username, department, role, password_hash) "
                    + "VALUES ('ext-reviewer', 'jtys', 'reviewer', 'x')"));
            db.jdbi.useHandle(h -> h.execute("INSERT INTO audit_log (actor, department, action, target, client) "
                    + "VALUES ('ext-reviewer', 'jtys', 'test', 't', 'c')"));
            for (String sql : List.of("DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'", "TRUNCATE audit_log",
                    "DROP TRIGGER audit_log_append_only ON audit_log",
                    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")) {
                assertThrows(Exception.class, () -> db.jdbi.useHandle(h -> h.execute(sql)), sql);
            }
        }
        // a command given only the application's URL (reviewer --db …) works on the migrated database
        try (Database db = Database.external(appLogin, null, 2)) {
            assertEquals("ext-reviewer", db.jdbi.withHandle(h -> h.createQuery("SELECT username FROM reviewers")
                    .mapTo(String.class).one()));
        }
    }
}
