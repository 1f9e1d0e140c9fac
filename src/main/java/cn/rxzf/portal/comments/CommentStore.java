package cn.rxzf.portal.comments;

import cn.rxzf.portal.web.Keys;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.util.PSQLException;

/** SQL for comments. Names and contacts are encrypted here, on the way in, and decrypted on the way out. */
public final class CommentStore {
    /** Tries at finding tracking numbers that are all free: a clash is rare (32^6 numbers a day). */
    private static final int TRACKING_NO_ATTEMPTS = 4;
    private static final String TRACKING_NO_KEY = "comments_tracking_no_key";
    private final Jdbi jdbi;
    private final Keys keys;
    private final Supplier<String> codes;

    public CommentStore(Jdbi jdbi, Keys keys) {
        this(jdbi, keys, () -> randomCode(6));
    }

    /** With the random part of tracking numbers from {@code codes} (tests make them collide). */
    CommentStore(Jdbi jdbi, Keys keys, Supplier<String> codes) {
        this.jdbi = jdbi;
        this.keys = keys;
        this.codes = codes;
    }

    /** The comment as {@link #insertAll} takes it: name and contact encrypted here, in the caller's thread. */
    NewComment prepare(String draftId, String department, String body, byte[] bodyHash, String name, String contact,
                       LocalDate day) {
        return new NewComment(draftId, department, body, bodyHash, keys.encrypt(name), keys.encrypt(contact), day);
    }

    /**
     * Inserts the comments with one statement in one transaction: one commit, one WAL flush for all of them. For each
     * comment, in order: its tracking number, or empty when its text is already stored on its draft or comes earlier
     * in the list. A tracking number that is already taken fails the whole statement; it is then run again with new
     * numbers (at most {@value #TRACKING_NO_ATTEMPTS} times). Any other failure is thrown, and nothing is stored.
     */
    List<Optional<String>> insertAll(List<NewComment> comments) {
        // Only the first of equal comments is sent: a later one is its duplicate, whatever the database holds.
        // (PostgreSQL would skip it too, but which of the two it kept would depend on the order it inserts in.)
        List<NewComment> distinct = new ArrayList<>(comments.size());
        int[] sentAs = new int[comments.size()];
        Set<DuplicateKey> seen = new HashSet<>();
        for (int i = 0; i < comments.size(); i++) {
            NewComment c = comments.get(i);
            boolean first = seen.add(new DuplicateKey(c.draftId(), ByteBuffer.wrap(c.bodyHash())));
            sentAs[i] = first ? distinct.size() : -1;
            if (first) distinct.add(c);
        }
        for (int attempt = 1; ; attempt++) {
            List<String> numbers = distinct.stream().map(c -> trackingNo(c.day())).toList();
            Set<String> inserted;
            try {
                inserted = jdbi.withHandle(h -> insert(h.getConnection(), numbers, distinct));
            } catch (SQLException e) {
                if (attempt < TRACKING_NO_ATTEMPTS && takenTrackingNo(e)) continue;
                throw new IllegalStateException("storing " + distinct.size() + " comments failed", e);
            }
            List<Optional<String>> results = new ArrayList<>(comments.size());
            for (int i = 0; i < comments.size(); i++) {
                String no = sentAs[i] < 0 ? null : numbers.get(sentAs[i]);
                results.add(no != null && inserted.contains(no) ? Optional.of(no) : Optional.empty());
            }
            return results;
        }
    }

    /**
     * Plain JDBC: this statement runs for every batch of comments, and JDBI's array binding and mapping around it
     * were most of the writer thread's CPU (JFR of bench/service/load.sh, 2026-12-07), as they were for the rate limits.
     */
    private static Set<String> insert(Connection c, List<String> numbers, List<NewComment> rows) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(INSERT_ALL)) {
            statement.setArray(1, c.createArrayOf("text", numbers.toArray()));
            statement.setArray(2, c.createArrayOf("text", rows.stream().map(NewComment::draftId).toArray()));
            statement.setArray(3, c.createArrayOf("text", rows.stream().map(NewComment::department).toArray()));
            statement.setArray(4, c.createArrayOf("text", rows.stream().map(NewComment::body).toArray()));
            statement.setArray(5, c.createArrayOf("bytea", rows.stream().map(NewComment::bodyHash).toArray(byte[][]::new)));
            statement.setArray(6, c.createArrayOf("bytea", rows.stream().map(NewComment::encryptedName).toArray(byte[][]::new)));
            statement.setArray(7, c.createArrayOf("bytea", rows.stream().map(NewComment::encryptedContact).toArray(byte[][]::new)));
            Set<String> inserted = new HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) inserted.add(rs.getString(1));
            }
            return inserted;
        }
    }

    /** Each row's values come as one array per column; rows whose text is already on their draft are skipped. */
    private static final String INSERT_ALL = """
            INSERT INTO comments (tracking_no, draft_id, department, body, body_hash, author_name, author_contact)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::bytea[], ?::bytea[])
            ON CONFLICT (draft_id, body_hash) DO NOTHING
            RETURNING tracking_no""";

    /** Two comments are the same when their texts hash alike on the same draft ({@code UNIQUE (draft_id, body_hash)}). */
    private record DuplicateKey(String draftId, ByteBuffer bodyHash) {}

    private static boolean takenTrackingNo(SQLException e) {
        return e instanceof PSQLException p && "23505".equals(p.getSQLState())
                && p.getServerErrorMessage() != null && TRACKING_NO_KEY.equals(p.getServerErrorMessage().getConstraint());
    }

    private String trackingNo(LocalDate day) {
        return "YJ" + day.toString().replace("-", "") + "-" + codes.get();
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

    /** Comments not yet decided, of many drafts at once: draft id → count (drafts without any absent). */
    public Map<String, Integer> undecidedByDraft(List<String> draftIds) {
        if (draftIds.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT draft_id, count(*) AS n FROM comments WHERE draft_id IN (<ids>) AND outcome IS NULL
                        GROUP BY draft_id""")
                .bindList("ids", draftIds)
                .reduceRows(new java.util.TreeMap<String, Integer>(), (m, row) -> {
                    m.put(row.getColumn("draft_id", String.class), row.getColumn("n", Integer.class));
                    return m;
                }));
    }

    /**
     * A draft's decided comments, for the public: number, outcome and reason only (no text, no name, no contact),
     * in the order received.
     */
    public List<Comment> decidedByDraft(String draftId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT tracking_no, draft_id, department, created_at, outcome, reason
                        FROM comments WHERE draft_id = :d AND outcome IS NOT NULL ORDER BY created_at, id""")
                .bind("d", draftId)
                .map((rs, ctx) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3), null, null, null,
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), null))
                .list());
    }

    public List<Comment> byDraft(String draftId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT tracking_no, draft_id, department, body, author_name, author_contact, created_at, outcome, reason
                        FROM comments WHERE draft_id = :d ORDER BY created_at, id""")
                .bind("d", draftId)
                .map((rs, ctx) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        keys.decrypt(rs.getBytes(5)), keys.decrypt(rs.getBytes(6)),
                        rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9), null))
                .list());
    }

    /** The tracking number of the comment stored on a draft under a duplicate key ({@link CommentService#hash}). */
    Optional<String> trackingNoOf(String draftId, byte[] bodyHash) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT tracking_no FROM comments WHERE draft_id = :d AND body_hash = :h")
                .bind("d", draftId).bind("h", bodyHash).mapTo(String.class).findOne());
    }

    public Optional<Comment> byTrackingNo(String trackingNo) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT tracking_no, draft_id, department, body, created_at, outcome, reason, decided_at
                        FROM comments WHERE tracking_no = :no""")
                .bind("no", trackingNo)
                .map((rs, ctx) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        null, null, rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
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
        return cn.rxzf.portal.common.RandomCodes.of(length);
    }
}
