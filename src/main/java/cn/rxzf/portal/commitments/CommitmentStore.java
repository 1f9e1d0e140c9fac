package cn.rxzf.portal.commitments;

import cn.rxzf.portal.commitments.Commitment.StoredFile;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.auth.ReviewQueue;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * SQL for commitments and their evidence. Names, facts and the evidence's bytes are encrypted on the way in,
 * decrypted on the way out.
 */
public final class CommitmentStore {
    private static final String COLUMNS = """
            id, reference, department, created_by, item_id, provision, party_name, facts, correction, deadline_days,
            working_days, created_at, due, status, signed_name, promises, signed_at, decided_at, reason, follow_up,
            (SELECT username FROM reviewers WHERE reviewers.id = decided_by) AS decided_by_name""";

    private final Jdbi jdbi;
    private final Keys keys;

    public CommitmentStore(Jdbi jdbi, Keys keys) {
        this.jdbi = jdbi;
        this.keys = keys;
    }

    /** What an officer issues. {@code codeHash} and {@code tailHash} are keyed hashes, never the code or the ID. */
    public record NewCommitment(String reference, byte[] codeHash, byte[] tailHash, String department, long createdBy,
                                String itemId, String provision, String partyName, String facts, String correction,
                                int deadlineDays, boolean workingDays, LocalDate due, Instant now) {}

    public void create(NewCommitment c) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO commitments (reference, code_hash, id_tail_hash, department, created_by, item_id,
                            provision, party_name, facts, correction, deadline_days, working_days, created_at, due, status)
                        VALUES (:r, :ch, :th, :d, :by, :item, :prov, :name, :facts, :corr, :n, :wd, :now, :due, 'issued')""")
                .bind("r", c.reference()).bind("ch", c.codeHash()).bind("th", c.tailHash()).bind("d", c.department())
                .bind("by", c.createdBy()).bind("item", c.itemId()).bind("prov", c.provision())
                .bind("name", keys.encrypt(c.partyName())).bind("facts", keys.encrypt(c.facts()))
                .bind("corr", c.correction()).bind("n", c.deadlineDays()).bind("wd", c.workingDays())
                .bind("now", Timestamp.from(c.now())).bind("due", Date.valueOf(c.due())).execute());
    }

    public Optional<Commitment> byReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM commitments WHERE reference = :r")
                .bind("r", reference).map((rs, ctx) -> read(rs, h)).findOne());
    }

    /** The reference and the stored tail hash of the commitment with this code hash. */
    public Optional<Map.Entry<String, byte[]>> byCode(byte[] codeHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT reference, id_tail_hash FROM commitments WHERE code_hash = :c")
                .bind("c", codeHash).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBytes(2))).findOne());
    }

    /** A new code for an open commitment of the department; the old one stops working. */
    public boolean replaceCode(String reference, String department, byte[] codeHash) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE commitments SET code_hash = :c
                        WHERE reference = :r AND department = :d AND status IN ('issued', 'signed')""")
                .bind("c", codeHash).bind("r", reference).bind("d", department).execute()) == 1;
    }

    /** Signs an issued commitment (once). */
    public boolean sign(long id, String name, List<String> promises, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE commitments SET status = 'signed', signed_name = :n, promises = :p, signed_at = :now
                        WHERE id = :id AND status = 'issued'""")
                .bind("n", keys.encrypt(name)).bind("p", String.join("\n", promises)).bind("now", Timestamp.from(now))
                .bind("id", id).execute()) == 1;
    }

    public long addFile(long id, String name, String contentType, byte[] data, byte[] sha256) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO commitment_files (commitment_id, file_name, content_type, size, sha256, data)
                        VALUES (:c, :n, :t, :s, :h, :d) RETURNING id""")
                .bind("c", id).bind("n", name).bind("t", contentType).bind("s", data.length).bind("h", sha256)
                .bind("d", keys.encrypt(data)).mapTo(Long.class).one());
    }

    /** A file's name, type and bytes (decrypted), only through the commitment that owns it. */
    public Optional<Map<String, Object>> file(long id, long fileId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT file_name, content_type, data FROM commitment_files WHERE id = :f AND commitment_id = :c")
                .bind("f", fileId).bind("c", id).map((rs, ctx) -> Map.<String, Object>of("file_name", rs.getString(1),
                        "content_type", rs.getString(2), "data", keys.decryptBytes(rs.getBytes(3)))).findOne());
    }

    /** The officer's decision: only from one of {@code from}, only the department's own commitment. */
    public boolean decide(String reference, String department, Set<String> from, String to, String reason,
                          String followUp, long reviewerId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE commitments SET status = :to, reason = :reason, follow_up = :follow, decided_at = :now,
                            decided_by = :by
                        WHERE reference = :r AND department = :d AND status IN (<from>)""")
                .bind("to", to).bind("reason", reason).bind("follow", followUp).bind("now", Timestamp.from(now))
                .bind("by", reviewerId).bind("r", reference).bind("d", department)
                .bindList("from", List.copyOf(from)).execute()) == 1;
    }

    /** A department's open commitments (every department's for {@code null}), the nearest due date first. */
    public List<Commitment> queue(String department) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM commitments WHERE status IN ('issued', 'signed') AND (:all OR department = :d)
                        ORDER BY due, created_at""")
                .bind("all", department == null).bind("d", department).map((rs, ctx) -> read(rs, h)).list());
    }

    /** The department's decided commitments, the latest first (at most {@code limit}). */
    public List<Commitment> decided(String department, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM commitments WHERE status IN ('corrected', 'overdue') AND (:all OR department = :d)
                        ORDER BY decided_at DESC LIMIT :n""")
                .bind("all", department == null).bind("d", department).bind("n", limit).map((rs, ctx) -> read(rs, h)).list());
    }

    public ReviewQueue.Summary waiting(String department) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) AS n, min(due) AS due FROM commitments
                        WHERE status IN ('issued', 'signed') AND (:all OR department = :d)""")
                .bind("all", department == null).bind("d", department)
                .map((rs, ctx) -> new ReviewQueue.Summary("告知承诺", "/review/commitments/", rs.getInt("n"),
                        rs.getDate("due") == null ? null : rs.getDate("due").toLocalDate()))
                .one());
    }

    /** Counts per department and quarter issued (China time): issued, signed, corrected, overdue. */
    public record Counts(String department, int year, int quarter, long issued, long signed, long corrected, long overdue) {}

    public List<Counts> counts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT department, CAST(extract(year FROM created_at AT TIME ZONE 'Asia/Shanghai') AS int) AS y,
                               CAST(extract(quarter FROM created_at AT TIME ZONE 'Asia/Shanghai') AS int) AS q,
                               count(*) AS issued, count(signed_at) AS signed,
                               count(*) FILTER (WHERE status = 'corrected') AS corrected,
                               count(*) FILTER (WHERE status = 'overdue') AS overdue
                        FROM commitments GROUP BY 1, 2, 3 ORDER BY 2 DESC, 3 DESC, 1""")
                .map((rs, ctx) -> new Counts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7))).list());
    }

    /**
     * Deletes commitments decided before {@code before}, and those never decided whose due date is before it, with
     * their evidence (the retention period of the settings).
     */
    public int purge(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        DELETE FROM commitments
                        WHERE (decided_at IS NOT NULL AND decided_at < :t)
                           OR (decided_at IS NULL AND due < CAST(:t AS date))""")
                .bind("t", Timestamp.from(before)).execute());
    }

    private Commitment read(ResultSet rs, Handle h) throws SQLException {
        long id = rs.getLong("id");
        List<StoredFile> files = h.createQuery("""
                        SELECT id, file_name, content_type, size, uploaded_at FROM commitment_files
                        WHERE commitment_id = :c ORDER BY id""")
                .bind("c", id).map((f, c) -> new StoredFile(f.getLong(1), f.getString(2), f.getString(3), f.getInt(4),
                        f.getTimestamp(5).toInstant())).list();
        String promises = rs.getString("promises");
        return new Commitment(id, rs.getString("reference"), rs.getString("department"), rs.getLong("created_by"),
                rs.getString("item_id"), rs.getString("provision"), keys.decrypt(rs.getBytes("party_name")),
                keys.decrypt(rs.getBytes("facts")), rs.getString("correction"), rs.getInt("deadline_days"),
                rs.getBoolean("working_days"), instant(rs, "created_at"), rs.getDate("due").toLocalDate(),
                rs.getString("status"), keys.decrypt(rs.getBytes("signed_name")),
                promises == null ? List.of() : Arrays.asList(promises.split("\n")), instant(rs, "signed_at"),
                instant(rs, "decided_at"), rs.getString("decided_by_name"), rs.getString("reason"), rs.getString("follow_up"), files);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
