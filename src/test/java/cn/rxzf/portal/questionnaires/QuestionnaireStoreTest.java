package cn.rxzf.portal.questionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.web.Keys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receipt numbers against the real database: one already taken that day is drawn again (the load run of 2026-12-06
 * met one such collision in 17,610 answers, then a 500), a form token is still spent once.
 */
class QuestionnaireStoreTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");
    static final AnswerForm.Checked ANSWER = new AnswerForm.Checked(Map.of("manyi", List.of(4)), Map.of("advice", "好"));
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static QuestionnaireStore drawing(Database db, String... codes) {
        Iterator<String> next = List.of(codes).iterator();
        return new QuestionnaireStore(db.jdbi, Keys.random(), next::next);
    }

    @Test
    void aReceiptNumberAlreadyTakenThatDayIsDrawnAgain() {
        QuestionnaireStore store = drawing(db, "AAAAAA", "AAAAAA", "AAAAAA", "BBBBBB");
        assertEquals(Optional.of("WJ20261206-AAAAAA"), store.insert("q", "scj", DAY, new byte[] {1}, ANSWER, NOW));
        assertEquals(Optional.of("WJ20261206-BBBBBB"), store.insert("q", "scj", DAY, new byte[] {2}, ANSWER, NOW));
        assertEquals(2, (int) db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM questionnaire_texts")
                .mapTo(Integer.class).one()), "nothing of the failed attempts is left");
        assertEquals(Optional.empty(), drawing(db, "CCCCCC").insert("q", "scj", DAY, new byte[] {2}, ANSWER, NOW),
                "a spent token is still refused");
    }

    @Test
    void afterFourTakenNumbersTheFailureIsThrown() {
        QuestionnaireStore store = drawing(db, "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA");
        store.insert("q", "scj", DAY, new byte[] {1}, ANSWER, NOW);
        assertThrows(UnableToExecuteStatementException.class,
                () -> store.insert("q", "scj", DAY, new byte[] {2}, ANSWER, NOW));
    }
}
