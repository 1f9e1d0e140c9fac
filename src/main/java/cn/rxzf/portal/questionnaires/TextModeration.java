package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.content.model.Questionnaire.Question;
import cn.rxzf.portal.content.model.Questionnaire.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rules of moderating free-text answers (填空), for the reviewers of the questionnaire's own department: only the
 * texts of questions that ask no personal data are moderated (the others are never published); a text is approved
 * (published with the results once the questionnaire has closed) or rejected with a reason; a text that seems to hold
 * personal data ({@link PersonalDataHint}) cannot be approved. The due date of a questionnaire's texts is its close:
 * the results come out complete when every text is decided by then. Knows nothing of HTTP; the caller checks the
 * reviewer's department and writes the audit log.
 */
public final class TextModeration {
    public static final int MAX_REASON = 500;
    /** How many undecided texts one page shows. */
    public static final int PAGE = 100;
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";

    /** A text waiting for a decision, with its question and whether it seems to hold personal data. */
    public record Waiting(QuestionnaireStore.UndecidedText text, Question question, boolean flagged) {}

    /** A questionnaire with undecided texts: how many, and by when (its close). */
    public record Pending(Questionnaire questionnaire, int waiting, LocalDate due) {}

    private final QuestionnaireStore store;
    private final Clock clock;

    public TextModeration(QuestionnaireStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The free-text questions whose answers may be published: not the personal-data ones. */
    public static List<String> moderated(Questionnaire q) {
        List<String> out = new ArrayList<>();
        for (Question question : q.questions()) if (question.type() == Type.TEXT && !question.personal()) out.add(question.id());
        return out;
    }

    /** The questionnaires (of those given) with texts waiting, the earliest due first; for one department or all (null). */
    public List<Pending> pending(Collection<Questionnaire> questionnaires, String department) {
        Map<String, Map<String, Integer>> counts = store.undecidedCounts(department);
        List<Pending> out = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            if (department != null && !q.department().equals(department)) continue;
            Map<String, Integer> byQuestion = counts.getOrDefault(q.id(), Map.of());
            int n = 0;
            for (String question : moderated(q)) n += byQuestion.getOrDefault(question, 0);
            if (n > 0) out.add(new Pending(q, n, q.closes()));
        }
        out.sort(java.util.Comparator.comparing(Pending::due).thenComparing(p -> p.questionnaire().id()));
        return out;
    }

    /** The texts of one questionnaire waiting for a decision, oldest first, at most {@link #PAGE}. */
    public List<Waiting> waiting(Questionnaire q) {
        List<Waiting> out = new ArrayList<>();
        for (QuestionnaireStore.UndecidedText t : store.undecided(q.id(), q.department(), moderated(q), PAGE)) {
            out.add(new Waiting(t, q.question(t.question()), PersonalDataHint.flags(t.text())));
        }
        return out;
    }

    /** Approves or rejects (with a reason) one waiting text of {@code q}, decided by the reviewer {@code reviewerId}. */
    public Decision decide(Questionnaire q, long textId, String decision, String reason, long reviewerId) {
        if (!APPROVE.equals(decision) && !REJECT.equals(decision)) return Decision.problem("请选择公开或不予公开");
        QuestionnaireStore.UndecidedText text = store.undecidedText(textId, q.id(), q.department()).orElse(null);
        if (text == null || !moderated(q).contains(text.question())) return Decision.MISSING;
        if (decision.equals(APPROVE)) {
            if (PersonalDataHint.flags(text.text())) {
                return Decision.problem("该回答疑似含有电话号码、证件号码或电子邮箱等个人信息，不能公开；请选择不予公开并说明理由");
            }
            return store.approve(textId, q.id(), q.department(), reviewerId, clock.instant()) ? Decision.DONE : Decision.MISSING;
        }
        if (reason == null || reason.isBlank()) return Decision.problem("不予公开的，须说明理由");
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) return Decision.problem("理由不能超过 " + MAX_REASON + " 字");
        return store.reject(textId, q.id(), q.department(), reviewerId, reason.strip(), clock.instant())
                ? Decision.DONE : Decision.MISSING;
    }

    /** The outcome of a decision: done, the text missing (decided meanwhile, or not this questionnaire's), or a problem. */
    public record Decision(boolean done, boolean missing, String problem) {
        static final Decision DONE = new Decision(true, false, null);
        static final Decision MISSING = new Decision(false, true, null);

        static Decision problem(String message) {
            return new Decision(false, false, message);
        }
    }
}
