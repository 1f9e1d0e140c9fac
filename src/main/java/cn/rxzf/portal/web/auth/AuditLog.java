package cn.rxzf.portal.web.auth;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only record of reviewer actions (the table refuses UPDATE, DELETE and TRUNCATE). {@code client} is the
 * hashed address; {@code detail} never holds personal data.
 */
public final class AuditLog {
    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void record(String actor, String department, String action, String target, String client, String detail) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO audit_log (actor, department, action, target, client, detail)
                        VALUES (:a, :d, :ac, :t, :c, :de)""")
                .bind("a", actor).bind("d", department).bind("ac", action).bind("t", target).bind("c", client)
                .bind("de", detail).execute());
    }

    public List<Map<String, Object>> recent(String department, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT at, actor, action, target, detail FROM audit_log
                        WHERE department = :d OR :d = '*' ORDER BY id DESC LIMIT :n""")
                .bind("d", department).bind("n", limit).mapToMap().list());
    }
}
