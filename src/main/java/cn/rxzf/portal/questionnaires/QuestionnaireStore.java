package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.common.RandomCodes;
import cn.rxzf.portal.web.Keys;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/**
 * SQL for questionnaire answers: storing one (once per form token), the counts, a receipt; and the moderation of
 * free-text answers (the undecided ones of a questionnaire, a decision, the approved ones for publication).
 */
public final class QuestionnaireStore {
    private static final int REFERENCE_ATTEMPTS = 4;
    private static final String REFERENCE_KEY = "questionnaire_answers_reference_key";
    private final Jdbi jdbi;
    private final Keys keys;
    private final Supplier<String> codes;

    public QuestionnaireStore(Jdbi jdbi, Keys keys) {
        this(jdbi, keys, () -> RandomCodes.of(6));
    }

    /** With the random part of receipt numbers from {@code codes} (tests make them collide). */
    QuestionnaireStore(Jdbi jdbi, Keys keys, Supplier<String> codes) {
        this.jdbi = jdbi;
        this.keys = keys;
        this.codes = codes;
    }

    /**
     * Stores an answer in one transaction under a new receipt number (WJ, {@code day}, six random characters), and
     * returns it; empty when its form token was spent already (the form was sent twice, or replayed), and then nothing
     * is stored. A receipt number already taken (two answers of one day drew the same random part: at 10,000 answers a
     * day that happens with a chance of about 5 %) is drawn again, at most {@value #REFERENCE_ATTEMPTS} times.
     */
    public Optional<String> insert(String questionnaire, String department, LocalDate day, byte[] tokenHash,
                                   AnswerForm.Checked answer, Instant now) {
        for (int attempt = 1; ; attempt++) {
            String reference = "WJ" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + codes.get();
            try {
                return insert(questionnaire, department, reference, tokenHash, answer, now)
                        ? Optional.of(reference) : Optional.empty();
            } catch (UnableToExecuteStatementException e) {
                if (attempt >= REFERENCE_ATTEMPTS || !takenReference(e)) throw e;
            }
        }
    }

    private static boolean takenReference(UnableToExecuteStatementException e) {
        return e.getCause() instanceof PSQLException p && "23505".equals(p.getSQLState())
                && p.getServerErrorMessage() != null && REFERENCE_KEY.equals(p.getServerErrorMessage().getConstraint());
    }

    private boolean insert(String questionnaire, String department, String reference, byte[] tokenHash,
                           AnswerForm.Checked answer, Instant now) {
        return jdbi.inTransaction(h -> {
            Optional<Long> id = h.createQuery("""
                            INSERT INTO questionnaire_answers (reference, questionnaire, department, token_hash, received_at)
                            VALUES (:r, :q, :d, :t, :now) ON CONFLICT (token_hash) DO NOTHING RETURNING id""")
                    .bind("r", reference).bind("q", questionnaire).bind("d", department).bind("t", tokenHash)
                    .bind("now", Timestamp.from(now)).mapTo(Long.class).findOne();
            if (id.isEmpty()) return false;
            var choices = h.prepareBatch("INSERT INTO questionnaire_choices (answer_id, question, choice) VALUES (:a, :q, :c)");
            answer.choices().forEach((question, picked) -> {
                for (int c : picked) choices.bind("a", id.get()).bind("q", question).bind("c", c).add();
            });
            if (!answer.choices().isEmpty()) choices.execute();
            var texts = h.prepareBatch("INSERT INTO questionnaire_texts (answer_id, question, body) VALUES (:a, :q, :b)");
            answer.texts().forEach((question, text) -> texts.bind("a", id.get()).bind("q", question)
                    .bind("b", keys.encrypt(text)).add());
            if (!answer.texts().isEmpty()) texts.execute();
            return true;
        });
    }

    /** When the answer of this receipt number to this questionnaire was received. */
    public Optional<Instant> receivedAt(String questionnaire, String reference) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT received_at FROM questionnaire_answers WHERE reference = :r AND questionnaire = :q""")
                .bind("r", reference).bind("q", questionnaire).mapTo(Timestamp.class).findOne().map(Timestamp::toInstant));
    }

    /**
     * The figures of one questionnaire, all from its stored answers; {@code texts}: per free-text question, how its
     * answers stand in moderation.
     */
    public record Counts(int total, Map<String, Integer> answered, Map<String, Map<Integer, Integer>> chosen,
                         Map<String, TextTally> texts) {}

    /** One free-text question's answers: how many, undecided, rejected, and the approved texts themselves. */
    public record TextTally(int answered, int undecided, int rejected, List<String> approved) {
        static final TextTally NONE = new TextTally(0, 0, 0, List.of());
    }

    /** How many answers a questionnaire has (the open page's one figure: no counts, no texts). */
    public int total(String questionnaire) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM questionnaire_answers WHERE questionnaire = :q")
                .bind("q", questionnaire).mapTo(Integer.class).one());
    }

    public Counts counts(String questionnaire) {
        return jdbi.withHandle(h -> {
            int total = h.createQuery("SELECT count(*) FROM questionnaire_answers WHERE questionnaire = :q")
                    .bind("q", questionnaire).mapTo(Integer.class).one();
            Map<String, Integer> answered = new HashMap<>();
            Map<String, Map<Integer, Integer>> chosen = new HashMap<>();
            List<Map<String, Object>> rows = h.createQuery("""
                            SELECT c.question, c.choice, count(*) AS n FROM questionnaire_choices c
                            JOIN questionnaire_answers a ON a.id = c.answer_id
                            WHERE a.questionnaire = :q GROUP BY c.question, c.choice""")
                    .bind("q", questionnaire).mapToMap().list();
            for (Map<String, Object> r : rows) {
                chosen.computeIfAbsent((String) r.get("question"), k -> new HashMap<>())
                        .put(((Number) r.get("choice")).intValue(), ((Number) r.get("n")).intValue());
            }
            h.createQuery("""
                            SELECT c.question, count(DISTINCT c.answer_id) AS n FROM questionnaire_choices c
                            JOIN questionnaire_answers a ON a.id = c.answer_id
                            WHERE a.questionnaire = :q GROUP BY c.question""")
                    .bind("q", questionnaire).mapToMap().forEach(r -> answered.put((String) r.get("question"),
                            ((Number) r.get("n")).intValue()));
            return new Counts(total, answered, chosen, texts(h, questionnaire));
        });
    }

    /** The free texts of a questionnaire by question; the approved ones decrypted and sorted by their text. */
    private Map<String, TextTally> texts(org.jdbi.v3.core.Handle h, String questionnaire) {
        Map<String, int[]> tallies = new HashMap<>();
        Map<String, List<String>> approved = new HashMap<>();
        h.createQuery("""
                        SELECT t.question, t.approved_at IS NOT NULL AS approved, t.rejected_at IS NOT NULL AS rejected,
                               CASE WHEN t.approved_at IS NOT NULL THEN t.body END AS body
                        FROM questionnaire_texts t JOIN questionnaire_answers a ON a.id = t.answer_id
                        WHERE a.questionnaire = :q""")
                .bind("q", questionnaire).map((rs, ctx) -> {
                    String question = rs.getString("question");
                    int[] t = tallies.computeIfAbsent(question, k -> new int[3]);
                    t[0]++;
                    if (rs.getBoolean("approved")) {
                        approved.computeIfAbsent(question, k -> new ArrayList<>()).add(keys.decrypt(rs.getBytes("body")));
                    } else if (rs.getBoolean("rejected")) t[2]++;
                    else t[1]++;
                    return question;
                }).list();
        // The texts past their retention (TextRetention): the published ones with their words, the others without.
        h.createQuery("SELECT question, body FROM questionnaire_texts_retained WHERE questionnaire = :q")
                .bind("q", questionnaire).map((rs, ctx) -> {
                    String question = rs.getString("question");
                    int[] t = tallies.computeIfAbsent(question, k -> new int[3]);
                    t[0]++;
                    byte[] body = rs.getBytes("body");
                    if (body != null) approved.computeIfAbsent(question, k -> new ArrayList<>()).add(keys.decrypt(body));
                    else t[2]++;
                    return question;
                }).list();
        Map<String, TextTally> out = new HashMap<>();
        tallies.forEach((question, t) -> {
            List<String> texts = new ArrayList<>(approved.getOrDefault(question, List.of()));
            // Sorted by text, not by arrival: the answers of one person to two questions cannot be paired up.
            Collections.sort(texts);
            out.put(question, new TextTally(t[0], t[1], t[2], List.copyOf(texts)));
        });
        return out;
    }

    /**
     * 满意度 from questionnaires: per department and quarter received (China time), the answers to the given scale
     * question of each given questionnaire ({@code questionByQuestionnaire}), the satisfied ones (4–5), the score sum.
     */
    public List<cn.rxzf.portal.web.SatisfactionCount> satisfaction(Map<String, String> questionByQuestionnaire) {
        if (questionByQuestionnaire.isEmpty()) return List.of();
        List<String> keys = questionByQuestionnaire.entrySet().stream().map(e -> e.getKey() + "/" + e.getValue()).toList();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.department, CAST(extract(year FROM a.received_at AT TIME ZONE 'Asia/Shanghai') AS int) AS y,
                               CAST(extract(quarter FROM a.received_at AT TIME ZONE 'Asia/Shanghai') AS int) AS q,
                               count(*) AS answered, count(*) FILTER (WHERE c.choice >= 4) AS satisfied,
                               sum(c.choice) AS score_sum
                        FROM questionnaire_choices c JOIN questionnaire_answers a ON a.id = c.answer_id
                        WHERE a.questionnaire || '/' || c.question IN (<keys>)
                        GROUP BY 1, 2, 3""")
                .bindList("keys", keys)
                .map((rs, ctx) -> new cn.rxzf.portal.web.SatisfactionCount(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6))).list());
    }

    /**
     * Takes the free texts of the questionnaires {@code past} their retention, and of those not {@code known} to the
     * content received before {@code orphansBefore}, out of the answers (see {@link TextRetention}): each approved
     * text is kept in {@code questionnaire_texts_retained} with its questionnaire and question only, every other one
     * there without its body (for the counts), in random order; returns how many texts were taken.
     */
    public int retainTexts(List<String> past, List<String> known, Instant orphansBefore) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        WITH gone AS (
                            DELETE FROM questionnaire_texts t USING questionnaire_answers a
                            WHERE a.id = t.answer_id
                              AND (a.questionnaire = ANY(:past)
                                   OR (a.questionnaire <> ALL(:known) AND a.received_at < :orphans))
                            RETURNING a.questionnaire, t.question, CASE WHEN t.approved_at IS NOT NULL THEN t.body END AS body)
                        INSERT INTO questionnaire_texts_retained (questionnaire, question, body)
                        SELECT questionnaire, question, body FROM gone ORDER BY random()""")
                .bindArray("past", String.class, past).bindArray("known", String.class, known)
                .bind("orphans", Timestamp.from(orphansBefore)).execute());
    }

    // ---- moderation of free texts ----

    /** A free-text answer waiting for a decision, as a reviewer reads it. */
    public record UndecidedText(long id, String question, String text, Instant receivedAt) {}

    /** The undecided free texts of a questionnaire (of these questions only), oldest first. */
    public List<UndecidedText> undecided(String questionnaire, String department, List<String> questions, int limit) {
        if (questions.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT t.id, t.question, t.body, a.received_at
                        FROM questionnaire_texts t JOIN questionnaire_answers a ON a.id = t.answer_id
                        WHERE a.questionnaire = :q AND a.department = :d AND t.question IN (<questions>)
                          AND t.approved_at IS NULL AND t.rejected_at IS NULL
                        ORDER BY a.received_at, t.id LIMIT :n""")
                .bind("q", questionnaire).bind("d", department).bindList("questions", questions).bind("n", limit)
                .map((rs, ctx) -> new UndecidedText(rs.getLong("id"), rs.getString("question"),
                        keys.decrypt(rs.getBytes("body")), rs.getTimestamp("received_at").toInstant()))
                .list());
    }

    /**
     * How many free texts wait for a decision, by questionnaire and question, for one department (null: all).
     */
    public Map<String, Map<String, Integer>> undecidedCounts(String department) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT a.questionnaire, t.question, count(*) AS n
                        FROM questionnaire_texts t JOIN questionnaire_answers a ON a.id = t.answer_id
                        WHERE (:all OR a.department = :d) AND t.approved_at IS NULL AND t.rejected_at IS NULL
                        GROUP BY 1, 2""")
                .bind("all", department == null).bind("d", department)
                .map((rs, ctx) -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                    return null;
                }).list());
        return out;
    }

    /** The text with this id, if it belongs to this questionnaire of this department and is undecided. */
    public Optional<UndecidedText> undecidedText(long id, String questionnaire, String department) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT t.id, t.question, t.body, a.received_at
                        FROM questionnaire_texts t JOIN questionnaire_answers a ON a.id = t.answer_id
                        WHERE t.id = :id AND a.questionnaire = :q AND a.department = :d
                          AND t.approved_at IS NULL AND t.rejected_at IS NULL""")
                .bind("id", id).bind("q", questionnaire).bind("d", department)
                .map((rs, ctx) -> new UndecidedText(rs.getLong("id"), rs.getString("question"),
                        keys.decrypt(rs.getBytes("body")), rs.getTimestamp("received_at").toInstant()))
                .findOne());
    }

    /** Approves an undecided text of this questionnaire and department; false when there is none (any more). */
    public boolean approve(long id, String questionnaire, String department, long reviewer, Instant now) {
        return decide(id, questionnaire, department, "approved_at = :now, approved_by = :r", reviewer, null, now);
    }

    /** Rejects an undecided text with the reason (stored encrypted); false when there is none (any more). */
    public boolean reject(long id, String questionnaire, String department, long reviewer, String reason, Instant now) {
        return decide(id, questionnaire, department, "rejected_at = :now, rejected_by = :r, reject_reason = :reason",
                reviewer, keys.encrypt(reason), now);
    }

    private boolean decide(long id, String questionnaire, String department, String set, long reviewer,
                           byte[] reason, Instant now) {
        return jdbi.withHandle(h -> {
            var update = h.createUpdate("UPDATE questionnaire_texts t SET " + set + """
                     FROM questionnaire_answers a
                    WHERE t.id = :id AND a.id = t.answer_id AND a.questionnaire = :q AND a.department = :d
                      AND t.approved_at IS NULL AND t.rejected_at IS NULL""")
                    .bind("id", id).bind("q", questionnaire).bind("d", department).bind("r", reviewer)
                    .bind("now", Timestamp.from(now));
            if (reason != null) update.bind("reason", reason);
            return update.execute() == 1;
        });
    }
}
