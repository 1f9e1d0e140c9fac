package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.common.Sha256;
import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of answering: the questionnaire's window, the honeypot, the form token (signed, and spent by the answer
 * it brings: a form sent again is refused), the per-client and per-questionnaire rate limits, the answers' checks;
 * then one insert. And the figures, published only once the questionnaire has closed. Knows nothing of HTTP.
 */
public final class QuestionnaireService {
    /** A receipt number: WJ, the day received, six characters. */
    public static final Pattern REFERENCE = Pattern.compile("WJ\\d{8}-[2-9A-Z]{6}");
    static final int PER_CLIENT_10_MINUTES = 5;
    static final int PER_CLIENT_DAY = 30;
    static final int LOOKUPS_PER_10_MINUTES = 30;

    /**
     * The outcome of a submission: accepted with a receipt number, or refused with a status and the errors to show;
     * {@code token}: the form token to send again (checked and unspent: a person correcting one answer is not told
     * to wait because the form came back with a fresh token), null when the form needs a new one.
     */
    public record Outcome(String reference, int status, List<FieldError> errors, String token) {
        static Outcome refused(int status, String field, String message) {
            return new Outcome(null, status, List.of(new FieldError(field, message)), null);
        }

        public boolean accepted() {
            return reference != null;
        }
    }

    private final QuestionnaireStore store;
    private final FormTokens tokens;
    private final RateLimiter limits;
    private final Clock clock;
    /** Answers one questionnaire accepts per minute from everyone together ({@code --questionnaire-answer-limit}). */
    private final int perQuestionnaireMinute;

    public QuestionnaireService(QuestionnaireStore store, FormTokens tokens, RateLimiter limits, Clock clock,
                                int perQuestionnaireMinute) {
        this.store = store;
        this.tokens = tokens;
        this.limits = limits;
        this.clock = clock;
        this.perQuestionnaireMinute = perQuestionnaireMinute;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String issueToken(Questionnaire q) {
        return tokens.issue(purpose(q.id()));
    }

    public Outcome submit(Questionnaire q, AnswerForm.Sent sent, String token, String honeypot, String clientHash) {
        String phase = q.phase(today());
        if (phase.equals(Questionnaire.NOT_OPEN)) {
            return Outcome.refused(403, null, "问卷尚未开始（" + q.opens() + " 起可以填写），您的回答未提交，填写的内容已保留");
        }
        if (phase.equals(Questionnaire.CLOSED)) {
            return Outcome.refused(403, null, "问卷已于 " + q.closes() + " 截止，不再接收回答；您填写的内容保留在下方，但未提交");
        }
        if (honeypot != null && !honeypot.isEmpty()) return Outcome.refused(400, null, "提交未成功，请重试");
        FormTokens.Refusal refused = FormTokens.Refusal.of(tokens.check(token, purpose(q.id())), "问卷页面");
        if (refused != null) return Outcome.refused(refused.status(), null, refused.message());
        AnswerForm.Result checked = AnswerForm.check(q, sent);
        if (!checked.errors().isEmpty()) return new Outcome(null, 400, checked.errors(), token);
        if (!limits.allow(List.of(
                new RateLimiter.Limit("questionnaire:client:" + clientHash, PER_CLIENT_10_MINUTES, Duration.ofMinutes(10)),
                new RateLimiter.Limit("questionnaire:client-day:" + clientHash, PER_CLIENT_DAY, Duration.ofDays(1)),
                new RateLimiter.Limit("questionnaire:" + q.id(), perQuestionnaireMinute, Duration.ofMinutes(1),
                        RateLimiter.SPREAD)))) {
            return Outcome.refused(429, null, "提交过于频繁，请稍后再试（您填写的内容已保留）");
        }
        Optional<String> reference = store.insert(q.id(), q.department(), today(),
                Sha256.of(token.getBytes(StandardCharsets.US_ASCII)), checked.checked(), clock.instant());
        if (reference.isEmpty()) {
            return Outcome.refused(409, null, "这份表单已经提交过，同一份表单只能提交一次；如需再次填写，请重新打开问卷页面");
        }
        return new Outcome(reference.get(), 303, List.of(), null);
    }

    /** One more receipt look-up from this client; false when it has used up its look-ups. */
    public boolean allowLookup(String clientHash) {
        return limits.allow(List.of(new RateLimiter.Limit("questionnaire-lookup:" + clientHash, LOOKUPS_PER_10_MINUTES,
                Duration.ofMinutes(10))));
    }

    public Optional<java.time.Instant> receivedAt(Questionnaire q, String reference) {
        return store.receivedAt(q.id(), reference);
    }

    /** How many answers came in (shown while the questionnaire is open). */
    public int total(Questionnaire q) {
        return store.total(q.id());
    }

    /** The published figures; empty until the questionnaire has closed. */
    public Optional<Results> results(Questionnaire q) {
        if (!q.phase(today()).equals(Questionnaire.CLOSED)) return Optional.empty();
        return Optional.of(Results.of(q, store.counts(q.id())));
    }

    /**
     * 满意度 answers of the closed questionnaires (an open one publishes nothing before it closes) among those given,
     * from each one's 满意度 question.
     */
    public List<cn.rxzf.portal.web.SatisfactionCount> satisfaction(java.util.Collection<Questionnaire> questionnaires) {
        java.util.Map<String, String> scales = new java.util.HashMap<>();
        for (Questionnaire q : questionnaires) {
            if (q.satisfactionQuestion() != null && q.phase(today()).equals(Questionnaire.CLOSED)) {
                scales.put(q.id(), q.satisfactionQuestion().id());
            }
        }
        return store.satisfaction(scales);
    }

    static String purpose(String questionnaireId) {
        return "questionnaire:" + questionnaireId;
    }
}
