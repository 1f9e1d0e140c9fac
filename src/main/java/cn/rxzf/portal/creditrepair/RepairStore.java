package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.creditrepair.RepairApplication.StoredFile;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.Uploads.Upload;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for applications and attachments. Contact details are encrypted on the way in, decrypted on the way out. */
public final class RepairStore {
    /** The columns an applicant's answers may set (a step saves a subset). */
    static final Set<String> ANSWER_COLUMNS = Set.of("company_name", "credit_code", "decision_number", "decision_date",
            "department", "record_class", "corrected", "obligations_performed", "contact_name", "contact_phone",
            "contact_email", "commitment_at");
    private static final Set<String> ENCRYPTED = Set.of("contact_name", "contact_phone", "contact_email");
    private static final String COLUMNS = """
            id, reference, status, company_name, credit_code, decision_number, decision_date, department, record_class,
            corrected, obligations_performed, contact_name, contact_phone, contact_email, commitment_at, submitted_at,
            acceptance_due, decision_due, reason""";

    /** The advisory lock that serialises uploads into drafts (any number no other code uses). */
    private static final long DRAFT_STORAGE_LOCK = 0x63726564L;

    private final Jdbi jdbi;
    private final Keys keys;

    public RepairStore(Jdbi jdbi, Keys keys) {
        this.jdbi = jdbi;
        this.keys = keys;
    }

    /** A new draft, started at {@code now} (the service's clock, which also decides when it has expired). */
    public long createDraft(byte[] draftTokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO repair_applications (draft_token_hash, status, created_at) VALUES (:t, 'draft', :now)
                        RETURNING id""")
                .bind("t", draftTokenHash).bind("now", Timestamp.from(now)).mapTo(Long.class).one());
    }

    /** The draft behind a cookie, if it was started at or after {@code startedSince} (older ones have expired). */
    public Optional<RepairApplication> draft(byte[] draftTokenHash, Instant startedSince) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM repair_applications
                        WHERE draft_token_hash = :t AND status = 'draft' AND created_at >= :since""")
                .bind("t", draftTokenHash).bind("since", Timestamp.from(startedSince)).map((rs, ctx) -> read(rs, h)).findOne());
    }

    public Optional<RepairApplication> byReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM repair_applications WHERE reference = :r")
                .bind("r", reference).map((rs, ctx) -> read(rs, h)).findOne());
    }

    public Optional<byte[]> queryCodeHash(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT query_code_hash FROM repair_applications WHERE reference = :r")
                .bind("r", reference).mapTo(byte[].class).findOne());
    }

    /** Saves a step's answers (column → value; only {@link #ANSWER_COLUMNS}) on a draft. */
    public void saveAnswers(long id, Map<String, Object> answers) {
        if (answers.isEmpty()) return;
        StringBuilder sql = new StringBuilder("UPDATE repair_applications SET ");
        int i = 0;
        for (String column : answers.keySet()) {
            if (!ANSWER_COLUMNS.contains(column)) throw new IllegalArgumentException(column);
            if (i++ > 0) sql.append(", ");
            sql.append(column).append(" = :").append(column);
        }
        sql.append(" WHERE id = :id AND status = 'draft'");
        jdbi.useHandle(h -> {
            var update = h.createUpdate(sql.toString()).bind("id", id);
            answers.forEach((column, value) -> {
                Object v = ENCRYPTED.contains(column) ? keys.encrypt((String) value) : value;
                if (v instanceof LocalDate d) v = Date.valueOf(d);
                if (v instanceof java.time.Instant t) v = Timestamp.from(t);
                update.bind(column, v);
            });
            update.execute();
        });
    }

    public int fileCount(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM repair_files WHERE application_id = :a")
                .bind("a", id).mapTo(Integer.class).one());
    }

    /** Adds a file to a submitted application (more material while it is returned for it). */
    public long addFile(long id, Upload file) {
        return jdbi.withHandle(h -> insertFile(h, id, file, null, keys.encrypt(file.data())));
    }

    /** What {@link #addDraftFile} did: stored the file, or refused it for the client's cap or the overall cap. */
    public enum Stored { ADDED, CLIENT_FULL, ALL_FULL }

    /**
     * The outcome of {@link #addDraftFile}; on a refusal, when the oldest draft that holds files against that cap
     * was started (its expiry frees room).
     */
    public record DraftFile(Stored stored, Instant oldestStart) {}

    /**
     * Adds a file to a draft unless it would take the bytes sent by {@code clientHash} over {@code perClient} — those
     * held in its drafts and those of its applications submitted since {@code since} (a submitted application keeps
     * its files for review, so without this a client could fill the disk by submitting) — or the bytes held in all
     * drafts over {@code total}. Checked and inserted under one lock, so concurrent uploads cannot pass a cap together.
     */
    public DraftFile addDraftFile(long id, Upload file, String clientHash, long perClient, long total, Instant since) {
        byte[] sealed = keys.encrypt(file.data());
        return jdbi.inTransaction(h -> {
            h.execute("SELECT pg_advisory_xact_lock(" + DRAFT_STORAGE_LOCK + ")");
            Map<String, Object> held = h.createQuery("""
                            SELECT coalesce(sum(f.size) FILTER (WHERE f.client_hash = :c), 0) AS mine,
                                   coalesce(sum(f.size) FILTER (WHERE a.status = 'draft'), 0) AS everyone,
                                   min(coalesce(a.submitted_at, a.created_at)) FILTER (WHERE f.client_hash = :c) AS my_oldest,
                                   min(a.created_at) FILTER (WHERE a.status = 'draft') AS oldest
                             FROM repair_files f JOIN repair_applications a ON a.id = f.application_id
                            WHERE a.status = 'draft' OR a.submitted_at >= :since""")
                    .bind("c", clientHash).bind("since", Timestamp.from(since)).mapToMap().one();
            if (((Number) held.get("mine")).longValue() + file.size() > perClient) {
                return new DraftFile(Stored.CLIENT_FULL, ((Timestamp) held.get("my_oldest")).toInstant());
            }
            if (((Number) held.get("everyone")).longValue() + file.size() > total) {
                return new DraftFile(Stored.ALL_FULL, ((Timestamp) held.get("oldest")).toInstant());
            }
            insertFile(h, id, file, clientHash, sealed);
            return new DraftFile(Stored.ADDED, null);
        });
    }

    /** Bytes of attachments held in unfinished applications, all of them. */
    public long draftFileBytes() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT coalesce(sum(f.size), 0) FROM repair_files f JOIN repair_applications a ON a.id = f.application_id
                        WHERE a.status = 'draft'""").mapTo(Long.class).one());
    }

    /** Stores a file's metadata and its bytes {@code sealed} by {@link Keys#encrypt(byte[])}. */
    private static long insertFile(Handle h, long id, Upload file, String clientHash, byte[] sealed) {
        return h.createQuery("""
                        INSERT INTO repair_files (application_id, file_name, content_type, size, sha256, data, client_hash,
                                                  encrypted)
                        VALUES (:a, :n, :t, :s, :h, :d, :c, true) RETURNING id""")
                .bind("a", id).bind("n", file.name()).bind("t", file.contentType()).bind("s", file.size())
                .bind("h", file.sha256()).bind("d", sealed).bind("c", clientHash).mapTo(Long.class).one();
    }

    public boolean deleteFile(long id, long fileId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM repair_files WHERE id = :f AND application_id = :a")
                .bind("f", fileId).bind("a", id).execute()) == 1;
    }

    /** An attachment's bytes (decrypted), only through the application that owns it. */
    public Optional<Map<String, Object>> file(long id, long fileId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT file_name, content_type, data, encrypted FROM repair_files
                        WHERE id = :f AND application_id = :a""")
                .bind("f", fileId).bind("a", id).mapToMap().findOne()
                .map(f -> {
                    Map<String, Object> m = new java.util.HashMap<>(f);
                    if (Boolean.TRUE.equals(m.remove("encrypted"))) m.put("data", keys.decryptBytes((byte[]) m.get("data")));
                    return m;
                }));
    }

    /** Draft → submitted, atomically; the draft cookie stops working. */
    public boolean submit(long id, String reference, byte[] queryCodeHash, LocalDate acceptanceDue, LocalDate decisionDue,
                          java.time.Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE repair_applications SET status = 'submitted', reference = :r, query_code_hash = :q,
                            draft_token_hash = NULL, submitted_at = :now, acceptance_due = :ad, decision_due = :dd
                        WHERE id = :id AND status = 'draft'""")
                .bind("r", reference).bind("q", queryCodeHash).bind("now", Timestamp.from(now))
                .bind("ad", Date.valueOf(acceptanceDue)).bind("dd", Date.valueOf(decisionDue)).bind("id", id)
                .execute()) == 1;
    }

    /** A status change by the deciding department: only from one of {@code from}, only its own applications. */
    public boolean transition(String reference, String department, Set<String> from, String to, String reason,
                              LocalDate acceptanceDue, LocalDate decisionDue, java.time.Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE repair_applications SET status = :to, reason = :reason,
                            acceptance_due = coalesce(:ad, acceptance_due), decision_due = coalesce(:dd, decision_due),
                            decided_at = CASE WHEN :to IN ('repaired', 'refused') THEN :now ELSE decided_at END
                        WHERE reference = :r AND department = :d AND status IN (<from>)""")
                .bind("to", to).bind("reason", reason)
                .bind("ad", acceptanceDue == null ? null : Date.valueOf(acceptanceDue))
                .bind("dd", decisionDue == null ? null : Date.valueOf(decisionDue))
                .bind("now", Timestamp.from(now)).bind("r", reference).bind("d", department)
                .bindList("from", List.copyOf(from)).execute()) == 1;
    }

    /** A department's open applications (every department's for {@code null}), the most urgent first. */
    public List<RepairApplication> queue(String department) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM repair_applications
                        WHERE status IN ('submitted', 'accepted', 'returned') AND (:all OR department = :d)
                        ORDER BY CASE status WHEN 'submitted' THEN acceptance_due WHEN 'accepted' THEN decision_due
                                 ELSE DATE '9999-12-31' END, submitted_at""")
                .bind("all", department == null).bind("d", department).map((rs, ctx) -> read(rs, h)).list());
    }

    /** How many applications wait for a department (every department for {@code null}), and the nearest due date. */
    public cn.rxzf.portal.web.auth.ReviewQueue.Summary waiting(String department) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) AS n,
                               min(CASE status WHEN 'submitted' THEN acceptance_due WHEN 'accepted' THEN decision_due END) AS due
                         FROM repair_applications
                        WHERE status IN ('submitted', 'accepted', 'returned') AND (:all OR department = :d)""")
                .bind("all", department == null).bind("d", department)
                .map((rs, ctx) -> new cn.rxzf.portal.web.auth.ReviewQueue.Summary("信用修复申请", "/review/credit/",
                        rs.getInt("n"), rs.getDate("due") == null ? null : rs.getDate("due").toLocalDate()))
                .one());
    }

    /**
     * Deletes applications decided before {@code decidedBefore} (the retention period of the settings) and drafts
     * started before {@code draftsBefore} (expired), with their files.
     */
    public int purge(java.time.Instant decidedBefore, java.time.Instant draftsBefore) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        DELETE FROM repair_applications
                        WHERE (status IN ('repaired', 'refused') AND decided_at < :decided)
                           OR (status = 'draft' AND created_at < :drafts)""")
                .bind("decided", Timestamp.from(decidedBefore)).bind("drafts", Timestamp.from(draftsBefore)).execute());
    }

    private RepairApplication read(ResultSet rs, Handle h) throws SQLException {
        long id = rs.getLong("id");
        List<StoredFile> files = h.createQuery("""
                        SELECT id, file_name, content_type, size, uploaded_at FROM repair_files WHERE application_id = :a
                        ORDER BY id""")
                .bind("a", id).map((f, c) -> new StoredFile(f.getLong(1), f.getString(2), f.getString(3), f.getInt(4),
                        f.getTimestamp(5).toInstant())).list();
        return new RepairApplication(id, rs.getString("reference"), rs.getString("status"), rs.getString("company_name"),
                rs.getString("credit_code"), rs.getString("decision_number"), date(rs, "decision_date"),
                rs.getString("department"), rs.getString("record_class"), bool(rs, "corrected"),
                bool(rs, "obligations_performed"), keys.decrypt(rs.getBytes("contact_name")),
                keys.decrypt(rs.getBytes("contact_phone")), keys.decrypt(rs.getBytes("contact_email")),
                instant(rs, "commitment_at"), instant(rs, "submitted_at"), date(rs, "acceptance_due"),
                date(rs, "decision_due"), rs.getString("reason"), files);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }
}
