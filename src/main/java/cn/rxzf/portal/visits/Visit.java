package cn.rxzf.portal.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One 行政回访 and, once given, its answer (free text decrypted). */
public record Visit(long id, String reference, String department, long createdBy, String caseLabel, String outcome,
                    String officers, Instant createdAt, LocalDate expiresOn, Answer answer) {

    public static final Map<String, String> OUTCOMES = Map.of("punished", "已作出行政处罚", "not_punished", "依法不予处罚",
            "commitment", "告知承诺");

    /** The party's answer; {@code handledBy} is the supervisor's user name. */
    public record Answer(Instant answeredAt, String corrected, List<String> helped, String showedId, String explainedLaw,
                         int satisfaction, String comments, boolean complaint, LocalDate complaintDue,
                         Instant handledAt, String handledBy, String handling) {
        public boolean overdue(LocalDate today) {
            return complaint && handledAt == null && today.isAfter(complaintDue);
        }
    }

    /** The officers as the party reads them: null when the text is a login name (older visits were filled so). */
    public String officersForParty() {
        return cn.rxzf.portal.web.auth.Reviewer.looksLikeUsername(officers) ? null : officers;
    }

    public String outcomeLabel() {
        return OUTCOMES.get(outcome);
    }

    public boolean answered() {
        return answer != null;
    }

    public boolean open(LocalDate today) {
        return answer == null && !today.isAfter(expiresOn);
    }
}
