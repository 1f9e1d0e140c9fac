package cn.rxzf.portal.feedback;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** SQL for page feedback. */
public final class FeedbackStore {
    private final Jdbi jdbi;

    public FeedbackStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void insert(String page, String department, String kind, String body) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO page_feedback (page, department, kind, body) VALUES (:p, :d, :k, :b)""")
                .bind("p", page).bind("d", department).bind("k", kind).bind("b", body).execute());
    }

    /** A department's feedback, newest first; {@code null} department means every page (administrators). */
    public List<Map<String, Object>> recent(String department, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, page, department, kind, body, created_at FROM page_feedback
                        WHERE (:all OR department = :d) ORDER BY id DESC LIMIT :n""")
                .bind("all", department == null).bind("d", department).bind("n", limit).mapToMap().list());
    }

    public int count(String department) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM page_feedback WHERE (:all OR department = :d) AND handled_at IS NULL")
                .bind("all", department == null).bind("d", department).mapTo(Integer.class).one());
    }
}
