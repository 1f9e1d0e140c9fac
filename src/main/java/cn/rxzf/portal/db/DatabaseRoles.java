package cn.rxzf.portal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The application role of the embedded database, set up by the superuser after every migration: {@value #APP_ROLE}
 * logs in with its own password, is no superuser and may create nothing; it owns every application table, but the
 * audit log (and its trigger) stays the superuser's, and the application may only INSERT into it and SELECT from it —
 * so neither a bug nor an attacker who has the application's connection can rewrite, delete or truncate the audit
 * trail or drop its trigger. The migration history stays the superuser's too.
 */
final class DatabaseRoles {
    static final String APP_ROLE = "portal_app";
    /** Tables the application role must not own. */
    private static final Set<String> KEPT_BY_OWNER = Set.of("audit_log", "flyway_schema_history");

    private DatabaseRoles() {}

    /** Run as the superuser, in the application's database. {@code password} is hex (it is written into the SQL). */
    static void apply(Connection superuser, String password) throws SQLException {
        if (!password.matches("[0-9a-f]{16,}")) throw new IllegalArgumentException("the role password must be hex");
        try (Statement s = superuser.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + "; END IF; END $$");
            s.execute("ALTER ROLE " + APP_ROLE + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '" + password + "'");
            s.execute("REVOKE CREATE ON SCHEMA public FROM " + APP_ROLE);
            for (String table : applicationTables(superuser)) {
                s.execute("ALTER TABLE public." + quote(table) + " OWNER TO " + APP_ROLE);
            }
            s.execute("ALTER TABLE public.audit_log OWNER TO CURRENT_USER");
            s.execute("REVOKE ALL ON public.audit_log FROM " + APP_ROLE);
            s.execute("GRANT SELECT, INSERT ON public.audit_log TO " + APP_ROLE);
            s.execute("GRANT USAGE ON SEQUENCE public.audit_log_id_seq TO " + APP_ROLE);
        }
    }

    /**
     * For an external database whose tables belong to the migrating role: run as that owner, grants {@code appUser}
     * reading and writing every application table, only SELECT and INSERT on the audit log, reading the migration
     * history (so that a command connecting as the application can check it), and its sequences. Owning nothing,
     * the application cannot drop or disable the audit trigger.
     */
    static void grant(Connection owner, String appUser) throws SQLException {
        if (appUser.equals(currentUser(owner))) return;
        String app = quote(appUser);
        try (Statement s = owner.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA public TO " + app);
            for (String table : tables(owner)) {
                if (KEPT_BY_OWNER.contains(table)) continue;
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON public." + quote(table) + " TO " + app);
            }
            s.execute("REVOKE ALL ON public.audit_log FROM " + app);
            s.execute("GRANT SELECT, INSERT ON public.audit_log TO " + app);
            s.execute("GRANT SELECT ON public.flyway_schema_history TO " + app);
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + app);
        }
    }

    static String currentUser(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT c.relname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static List<String> applicationTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
                  AND pg_get_userbyid(c.relowner) <> ?
                """)) {
            ps.setString(1, APP_ROLE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!KEPT_BY_OWNER.contains(rs.getString(1))) out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
