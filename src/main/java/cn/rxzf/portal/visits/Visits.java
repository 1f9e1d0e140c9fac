package cn.rxzf.portal.visits;

import cn.rxzf.portal.content.WorkingDays;
import cn.rxzf.portal.content.model.WorkCalendarYear;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.PartyCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Creating, opening and answering visits. The party's code (10 characters, kept only as a keyed hash) opens the
 * questionnaire until it is answered or {@link #ANSWER_DAYS} days have passed; a complaint gets a due date of
 * {@link #COMPLAINT_WORKING_DAYS} working days on the credit rules' calendar.
 */
public final class Visits {
    public static final int ANSWER_DAYS = 30;
    public static final int COMPLAINT_WORKING_DAYS = 15;
    public static final String REFERENCE = PartyCodes.referencePattern("HF");

    private final VisitStore store;
    private final PartyCodes codes;
    private final Clock clock;

    public Visits(VisitStore store, Keys keys, Clock clock) {
        this.store = store;
        this.codes = new PartyCodes(keys, "visit");
        this.clock = clock;
    }

    public VisitStore store() {
        return store;
    }

    public record Created(Visit visit, String code) {}

    public Created create(String department, long officerId, String caseLabel, String outcome, String officers) {
        LocalDate today = LocalDate.now(clock);
        String reference = PartyCodes.newReference("HF", today);
        String code = codes.newCode();
        store.create(reference, codes.hash(code), department, officerId, caseLabel, outcome, officers,
                today.plusDays(ANSWER_DAYS), clock.instant());
        return new Created(store.byReference(reference).orElseThrow(), code);
    }

    public Optional<Visit> open(String code) {
        String c = PartyCodes.normalise(code);
        if (!PartyCodes.wellFormed(c)) return Optional.empty();
        return store.referenceOfCode(codes.hash(c)).flatMap(store::byReference);
    }

    /** Stores the answer; false when the visit was answered already. */
    public boolean answer(Visit v, Questionnaire.Filled f, List<WorkCalendarYear> calendar) {
        LocalDate due = new WorkingDays(calendar).addWorkingDays(LocalDate.now(clock), COMPLAINT_WORKING_DAYS);
        return store.answer(v, f, due, clock.instant());
    }
}
