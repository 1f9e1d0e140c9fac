package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.web.Keys;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for questionnaire answers: storing one (once per form token), the counts, a receipt. */
public final class QuestionnaireStore {
    private final Jdbi jdbi;
    private final Keys keys;

    public QuestionnaireStore(Jdbi jdbi, Keys keys) {
        this.jdbi = jdbi;
        this.keys = keys;
    }

    /**
     * Stores an answer under {@code reference} in one transaction; false when its form token was spent already (the
     * form was sent twice, or replayed), and then nothing is stored.
     */
    public boolean insert(String questionnaire, String department, String reference, byte[] tokenHash,
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

    /** The figures of one questionnaire, all from its stored answers. */
    public record Counts(int total, Map<String, Integer> answered, Map<String, Map<Integer, Integer>> chosen) {}

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
            return new Counts(total, answered, chosen);
        });
    }
}
