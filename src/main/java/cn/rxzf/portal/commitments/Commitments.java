package cn.rxzf.portal.commitments;

import cn.rxzf.portal.content.WorkingDays;
import cn.rxzf.portal.content.model.WorkCalendarYear;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.PartyCodes;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issuing and opening commitments. The party's code is ten random characters (50 bits), shown to the officer once and
 * kept only as a keyed hash; opening needs the code and the last six characters of the party's credit code or ID
 * (kept as a keyed hash too), and a wrong code and a wrong tail give the same answer. The due date is counted with
 * the work calendar the credit rules use ({@link WorkingDays}).
 */
public final class Commitments {
    public static final String REFERENCE = PartyCodes.referencePattern("CN");

    private final CommitmentStore store;
    private final Keys keys;
    private final PartyCodes codes;
    private final Clock clock;

    public Commitments(CommitmentStore store, Keys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.codes = new PartyCodes(keys, "commitment");
        this.clock = clock;
    }

    public CommitmentStore store() {
        return store;
    }

    /** A commitment just issued and its code, which exists nowhere else. */
    public record Issued(Commitment commitment, String code) {}

    public Issued issue(CommitmentForm.Parsed p, String department, long officerId, List<WorkCalendarYear> calendar) {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = due(calendar, today, p.deadlineDays(), p.workingDays());
        String reference = PartyCodes.newReference("CN", today);
        String code = codes.newCode();
        store.create(new CommitmentStore.NewCommitment(reference, codes.hash(code), tailHash(reference, p.idTail()),
                department, officerId, p.itemId(), p.provision(), p.partyName(), p.facts(), p.correction(),
                p.deadlineDays(), p.workingDays(), due, clock.instant()));
        return new Issued(store.byReference(reference).orElseThrow(), code);
    }

    /** A new code for a commitment still open (the party lost the notice); empty when it is decided. */
    public Optional<String> reissue(Commitment c) {
        String code = codes.newCode();
        return store.replaceCode(c.reference(), c.department(), codes.hash(code)) ? Optional.of(code) : Optional.empty();
    }

    /** The due date of a deadline given today: working days, or calendar days as 《民法典》 counts them. */
    public static LocalDate due(List<WorkCalendarYear> calendar, LocalDate from, int n, boolean workingDays) {
        WorkingDays days = new WorkingDays(calendar);
        return workingDays ? days.addWorkingDays(from, n) : days.addDays(from, n);
    }

    /**
     * Whether the due date is provisional: counted in working days into a year the calendar data does not cover
     * yet (only weekends and the statutory holidays are known there), as credit repair marks its deadlines.
     */
    public static boolean provisional(List<WorkCalendarYear> calendar, Commitment c) {
        LocalDate from = c.createdAt().atZone(cn.rxzf.portal.config.Settings.ZONE).toLocalDate();
        return c.workingDays() && !new WorkingDays(calendar).covers(from, c.due());
    }

    /** The commitment the code and tail open, or empty — the same for a wrong code as for a wrong tail. */
    public Optional<Commitment> open(String code, String tail) {
        String c = PartyCodes.normalise(code);
        String t = CommitmentForm.normaliseTail(tail);
        if (!PartyCodes.wellFormed(c) || !t.matches("[0-9A-Z]{6}")) return Optional.empty();
        var found = store.byCode(codes.hash(c));
        byte[] stored = found.map(e -> e.getValue()).orElse(null);
        // The tail is hashed whether or not the code was found, so both answers take the same work.
        byte[] given = tailHash(found.map(e -> e.getKey()).orElse("-"), t);
        if (stored == null || !MessageDigest.isEqual(stored, given)) return Optional.empty();
        return store.byReference(found.get().getKey());
    }

    private byte[] tailHash(String reference, String tail) {
        return keys.sign("commitment-tail|" + reference + "|" + tail);
    }
}
