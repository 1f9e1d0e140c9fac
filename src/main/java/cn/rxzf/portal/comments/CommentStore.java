package cn.rxzf.portal.comments;

import cn.rxzf.portal.service.Keys;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/** SQL for comments. Names and contacts are encrypted here, on the way in, and decrypted on the way out. */
public final class CommentStore {
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbi jdbi;
    private final Keys keys;

    public CommentStore(Jdbi jdbi, Keys keys) {
        this.jdbi = jdbi;
        this.keys = keys;
    }

    /** Inserts and commits a comment; empty when the same text was already submitted on this draft. */
    public Optional<String> insert(String draftId, String department, String body, byte[] bodyHash, String name,
                                   String contact, java.time.LocalDate day) {
        for (int attempt = 0; ; attempt++) {
            String trackingNo = "YJ" + day.toString().replace("-", "") + "-" + randomCode(6);
            try {
                int inserted = jdbi.withHandle(h -> h.createUpdate("""
                                INSERT INTO comments (tracking_no, draft_id, department, body, body_hash, author_name, author_contact)
                                VALUES (:no, :draft, :dept, :body, :hash, :name, :contact)
                                ON CONFLICT (draft_id, body_hash) DO NOTHING""")
                        .bind("no", trackingNo).bind("draft", draftId).bind("dept", department).bind("body", body)
                        .bind("hash", bodyHash).bind("name", keys.encrypt(name)).bind("contact", keys.encrypt(contact))
                        .execute());
                return inserted == 1 ? Optional.of(trackingNo) : Optional.empty();
            } catch (UnableToExecuteStatementException e) {
                // a tracking-number collision (unique violation); anything else is a real failure
                if (attempt >= 3 || !(e.getCause() instanceof PSQLException p) || !"23505".equals(p.getSQLState())) throw e;
            }
        }
    }

    public int countByDraft(String draftId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM comments WHERE draft_id = :d")
                .bind("d", draftId).mapTo(Integer.class).one());
    }

    /** Comment counts of many drafts at once: draft id → count (drafts without comments absent). */
    public Map<String, Integer> countsByDraft(List<String> draftIds) {
        if (draftIds.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT draft_id, count(*) AS n FROM comments WHERE draft_id IN (<ids>) GROUP BY draft_id")
                .bindList("ids", draftIds)
                .reduceRows(new java.util.TreeMap<String, Integer>(), (m, row) -> {
                    m.put(row.getColumn("draft_id", String.class), row.getColumn("n", Integer.class));
                    return m;
                }));
    }

    /** The public facts of a receipt: draft id and time received. */
    public Optional<Map<String, Object>> receipt(String trackingNo) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT draft_id, created_at, outcome FROM comments WHERE tracking_no = :no")
                .bind("no", trackingNo).mapToMap().findOne());
    }

    public List<Comment> byDraft(String draftId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT tracking_no, draft_id, department, body, author_name, author_contact, created_at, outcome, reason
                        FROM comments WHERE draft_id = :d ORDER BY created_at, id""")
                .bind("d", draftId)
                .map((rs, ctx) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        keys.decrypt(rs.getBytes(5)), keys.decrypt(rs.getBytes(6)),
                        rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9)))
                .list());
    }

    public Optional<Comment> byTrackingNo(String trackingNo) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT tracking_no, draft_id, department, body, created_at, outcome, reason
                        FROM comments WHERE tracking_no = :no""")
                .bind("no", trackingNo)
                .map((rs, ctx) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        null, null, rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)))
                .findOne());
    }

    /** Records a reviewer's decision; false when no comment of that department has the number. */
    public boolean decide(String trackingNo, String department, String outcome, String reason, long reviewerId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE comments SET outcome = :o, reason = :r, decided_by = :by, decided_at = now()
                        WHERE tracking_no = :no AND department = :dept""")
                .bind("o", outcome).bind("r", reason).bind("by", reviewerId).bind("no", trackingNo)
                .bind("dept", department).execute()) == 1;
    }

    static String randomCode(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}
