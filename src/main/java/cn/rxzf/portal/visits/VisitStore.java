package cn.rxzf.portal.visits;

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
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * SQL for visits, their answers and the 廉洁自律 reports. The department's queue reads visits and the answers that
 * are not complaints; the supervisors' queue reads complaints and improper-conduct reports, leaving out those about
 * the supervisor reading them (the officer who created the visit never sees them).
 */
public final class VisitStore {
    private static final String COLUMNS = """
            v.id, v.reference, v.department, v.created_by, v.case_label, v.outcome, v.officers, v.created_at,
            v.expires_on, a.answered_at, a.corrected, a.helped, a.showed_id, a.explained_law, a.satisfaction,
            a.comments, a.complaint, a.complaint_due, a.handled_at, a.handling,
            (SELECT username FROM reviewers WHERE reviewers.id = a.handled_by) AS handled_by_name""";
    private static final String FROM = " FROM visits v LEFT JOIN visit_answers a ON a.visit_id = v.id ";

    private final Jdbi jdbi;
    private final Keys keys;

    public VisitStore(Jdbi jdbi, Keys keys) {
        this.jdbi = jdbi;
        this.keys = keys;
    }

    public void create(String reference, byte[] codeHash, String department, long createdBy, String caseLabel,
                       String outcome, String officers, LocalDate expiresOn, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO visits (reference, code_hash, department, created_by, case_label, outcome, officers,
                            created_at, expires_on)
                        VALUES (:r, :c, :d, :by, :label, :outcome, :officers, :now, :exp)""")
                .bind("r", reference).bind("c", codeHash).bind("d", department).bind("by", createdBy)
                .bind("label", caseLabel).bind("outcome", outcome).bind("officers", officers)
                .bind("now", Timestamp.from(now)).bind("exp", Date.valueOf(expiresOn)).execute());
    }

    public Optional<Visit> byReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + "WHERE v.reference = :r")
                .bind("r", reference).map((rs, ctx) -> read(rs)).findOne());
    }

    public Optional<String> referenceOfCode(byte[] codeHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT reference FROM visits WHERE code_hash = :c")
                .bind("c", codeHash).mapTo(String.class).findOne());
    }

    /**
     * Stores the answer (once) and, apart from it, the 廉洁自律 report naming only the department, the officers and
     * the month. False when the visit was answered already.
     */
    public boolean answer(Visit v, Questionnaire.Filled f, LocalDate complaintDue, Instant now) {
        return jdbi.inTransaction(h -> {
            if (h.createUpdate("UPDATE visits SET answered_at = :now WHERE id = :id AND answered_at IS NULL")
                    .bind("now", Timestamp.from(now)).bind("id", v.id()).execute() != 1) {
                return false;
            }
            h.createUpdate("""
                            INSERT INTO visit_answers (visit_id, answered_at, corrected, helped, showed_id, explained_law,
                                satisfaction, comments, complaint, complaint_due)
                            VALUES (:id, :now, :corrected, :helped, :showed, :law, :score, :comments, :complaint, :due)""")
                    .bind("id", v.id()).bind("now", Timestamp.from(now)).bind("corrected", f.corrected())
                    .bind("helped", String.join(",", f.helped())).bind("showed", f.showedId())
                    .bind("law", f.explainedLaw()).bind("score", f.satisfaction())
                    .bind("comments", f.comments().isEmpty() ? null : keys.encrypt(f.comments()))
                    .bind("complaint", f.complaint()).bind("due", f.complaint() ? Date.valueOf(complaintDue) : null)
                    .execute();
            h.createUpdate("""
                            INSERT INTO integrity_reports (department, officers, created_by, month, improper, details)
                            VALUES (:d, :o, :by, date_trunc('month', CAST(:now AS timestamptz))::date, :improper, :details)""")
                    .bind("d", v.department()).bind("o", v.officers()).bind("by", v.createdBy())
                    .bind("now", Timestamp.from(now)).bind("improper", f.improper())
                    .bind("details", f.improperDetails() == null ? null : keys.encrypt(f.improperDetails())).execute();
            return true;
        });
    }

    /**
     * The department's visits, the latest first, as the officers see them: every answer looks alike whether or not it
     * holds a complaint. A complaint's text (in the comments) stays with the supervisors ({@link #complaints}); the
     * officers see its answers to the questions as they see everyone's, without comments and without the complaint.
     */
    public List<Visit> departmentQueue(String department, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + """
                        WHERE (:all OR v.department = :d) ORDER BY v.created_at DESC LIMIT :n""")
                .bind("all", department == null).bind("d", department).bind("n", limit)
                .map((rs, ctx) -> {
                    Visit v = read(rs);
                    return v.answered() && v.answer().complaint() ? withoutComplaint(v) : v;
                }).list());
    }

    /** Complaints for a supervisor: the department's (all for null), never those of visits {@code reader} created. */
    public List<Visit> complaints(String department, long reader) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + """
                        WHERE a.complaint AND (:all OR v.department = :d) AND v.created_by <> :reader
                        ORDER BY a.handled_at IS NOT NULL, a.complaint_due, a.answered_at""")
                .bind("all", department == null).bind("d", department).bind("reader", reader)
                .map((rs, ctx) -> read(rs)).list());
    }

    public boolean handleComplaint(String reference, String department, long reader, String handling, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE visit_answers a SET handled_at = :now, handled_by = :by, handling = :text
                        FROM visits v
                        WHERE v.id = a.visit_id AND v.reference = :r AND v.department = :d AND v.created_by <> :by
                          AND a.complaint AND a.handled_at IS NULL""")
                .bind("now", Timestamp.from(now)).bind("by", reader).bind("text", handling).bind("r", reference)
                .bind("d", department).execute()) == 1;
    }

    /**
     * A 廉洁自律 report as a supervisor sees it: no case, no party. {@code month} is null when the officers named had
     * fewer than {@link #MIN_VISITS_FOR_MONTH} answered visits that month: the month would point at one visit.
     */
    public record IntegrityReport(long id, String department, String officers, LocalDate month, String details,
                                  Instant reviewedAt, String reviewedBy, String note) {}

    /** The fewest answered visits of the officers in a month for a report to show its month (as the statistics: 5). */
    public static final int MIN_VISITS_FOR_MONTH = cn.rxzf.portal.web.StatisticsTable.MIN_ANSWERS;

    /** The improper-conduct reports for a supervisor, unreviewed first; never those naming visits {@code reader} created. */
    public List<IntegrityReport> integrityReports(String department, long reader) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id, r.department, r.officers, r.month, r.details, r.reviewed_at, r.note,
                               (SELECT username FROM reviewers WHERE reviewers.id = r.reviewed_by) AS reviewed_by_name,
                               (SELECT count(*) FROM visits v WHERE v.department = r.department
                                  AND v.officers = r.officers
                                  AND date_trunc('month', v.answered_at)::date = r.month) AS visits_that_month
                        FROM integrity_reports r
                        WHERE r.improper AND (:all OR r.department = :d) AND r.created_by <> :reader
                        ORDER BY r.reviewed_at IS NOT NULL, r.month DESC, r.id DESC""")
                .bind("all", department == null).bind("d", department).bind("reader", reader)
                .map((rs, ctx) -> new IntegrityReport(rs.getLong("id"), rs.getString("department"),
                        rs.getString("officers"), rs.getLong("visits_that_month") < MIN_VISITS_FOR_MONTH ? null
                                : rs.getDate("month").toLocalDate(), keys.decrypt(rs.getBytes("details")),
                        instant(rs, "reviewed_at"), rs.getString("reviewed_by_name"), rs.getString("note"))).list());
    }

    public boolean reviewIntegrity(long id, String department, long reader, String note, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE integrity_reports SET reviewed_at = :now, reviewed_by = :by, note = :note
                        WHERE id = :id AND (:all OR department = :d) AND created_by <> :by AND improper
                          AND reviewed_at IS NULL""")
                .bind("now", Timestamp.from(now)).bind("by", reader).bind("note", note).bind("id", id)
                .bind("all", department == null).bind("d", department).execute()) == 1;
    }

    /** What waits for a supervisor: open complaints and unreviewed reports, and the nearest complaint due date. */
    public ReviewQueue.Summary supervision(String department, long reader) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM visit_answers a JOIN visits v ON v.id = a.visit_id
                                WHERE a.complaint AND a.handled_at IS NULL AND (:all OR v.department = :d)
                                  AND v.created_by <> :reader)
                             + (SELECT count(*) FROM integrity_reports WHERE improper AND reviewed_at IS NULL
                                  AND (:all OR department = :d) AND created_by <> :reader) AS n,
                               (SELECT min(a.complaint_due) FROM visit_answers a JOIN visits v ON v.id = a.visit_id
                                WHERE a.complaint AND a.handled_at IS NULL AND (:all OR v.department = :d)
                                  AND v.created_by <> :reader) AS due""")
                .bind("all", department == null).bind("d", department).bind("reader", reader)
                .map((rs, ctx) -> new ReviewQueue.Summary("投诉与廉洁反映（督查）", "/review/supervision/", rs.getInt("n"),
                        rs.getDate("due") == null ? null : rs.getDate("due").toLocalDate()))
                .one());
    }

    /** Per department and quarter created (China time): visits, answers, satisfied (4–5), score sum, complaints. */
    public record Counts(String department, int year, int quarter, long visits, long answered, long satisfied,
                         long scoreSum, long complaints) {}

    public List<Counts> counts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT v.department, CAST(extract(year FROM v.created_at AT TIME ZONE 'Asia/Shanghai') AS int) AS y,
                               CAST(extract(quarter FROM v.created_at AT TIME ZONE 'Asia/Shanghai') AS int) AS q,
                               count(*) AS visits, count(a.visit_id) AS answered,
                               count(*) FILTER (WHERE a.satisfaction >= 4) AS satisfied,
                               coalesce(sum(a.satisfaction), 0) AS score_sum,
                               count(*) FILTER (WHERE a.complaint) AS complaints
                        FROM visits v LEFT JOIN visit_answers a ON a.visit_id = v.id
                        GROUP BY 1, 2, 3 ORDER BY 2 DESC, 3 DESC, 1""")
                .map((rs, ctx) -> new Counts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8))).list());
    }

    /** Deletes visits (with their answers) and reports created before {@code before}. */
    public int purge(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM visits WHERE created_at < :t")
                .bind("t", Timestamp.from(before)).execute()
                + h.createUpdate("DELETE FROM integrity_reports WHERE month < CAST(:t AS date) - 31")
                .bind("t", Timestamp.from(before)).execute());
    }

    private Visit read(ResultSet rs) throws SQLException {
        Visit.Answer answer = null;
        if (rs.getTimestamp("answered_at") != null) {
            String helped = rs.getString("helped");
            answer = new Visit.Answer(instant(rs, "answered_at"), rs.getString("corrected"),
                    helped.isEmpty() ? List.of() : Arrays.asList(helped.split(",")), rs.getString("showed_id"),
                    rs.getString("explained_law"), rs.getInt("satisfaction"), keys.decrypt(rs.getBytes("comments")),
                    rs.getBoolean("complaint"), rs.getDate("complaint_due") == null ? null : rs.getDate("complaint_due").toLocalDate(),
                    instant(rs, "handled_at"), rs.getString("handled_by_name"), rs.getString("handling"));
        }
        return new Visit(rs.getLong("id"), rs.getString("reference"), rs.getString("department"), rs.getLong("created_by"),
                rs.getString("case_label"), rs.getString("outcome"), rs.getString("officers"), instant(rs, "created_at"),
                rs.getDate("expires_on").toLocalDate(), answer);
    }

    /** A complaint's visit as the department sees it: an answer like any other without comments. */
    private static Visit withoutComplaint(Visit v) {
        Visit.Answer a = v.answer();
        return new Visit(v.id(), v.reference(), v.department(), v.createdBy(), v.caseLabel(), v.outcome(), v.officers(),
                v.createdAt(), v.expiresOn(), new Visit.Answer(a.answeredAt(), a.corrected(), a.helped(), a.showedId(),
                a.explainedLaw(), a.satisfaction(), null, false, null, null, null, null));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
