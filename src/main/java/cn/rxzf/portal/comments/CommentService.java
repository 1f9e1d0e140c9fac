package cn.rxzf.portal.comments;

import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.content.model.Draft;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of commenting: the draft's window, field limits, the anti-abuse checks (form token, honeypot, rate
 * limits per client and per draft, duplicates, links), then a durable insert through the {@link CommentWriter}.
 * Knows nothing of HTTP.
 */
public final class CommentService {
    public static final int MAX_BODY = 5000;
    public static final int MAX_NAME = 50;
    public static final int MAX_CONTACT = 100;
    public static final int MAX_LINKS = 3;
    /** A comment's tracking number: YJ, the day received, six characters. */
    public static final Pattern TRACKING_NO = Pattern.compile("YJ\\d{8}-[2-9A-Z]{6}");
    static final int LOOKUPS_PER_10_MINUTES = 30;
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private final CommentStore store;
    private final CommentWriter writer;
    private final FormTokens tokens;
    private final RateLimiter limits;
    private final Clock clock;
    private final int perDraftPerMinute;

    /** {@code perDraftPerMinute}: the flood limit on one draft, from all clients together. */
    public CommentService(CommentStore store, CommentWriter writer, FormTokens tokens, RateLimiter limits, Clock clock,
                          int perDraftPerMinute) {
        this.perDraftPerMinute = perDraftPerMinute;
        this.store = store;
        this.writer = writer;
        this.tokens = tokens;
        this.limits = limits;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String issueToken(Draft draft) {
        return tokens.issue(purpose(draft.id()));
    }

    /**
     * One more look-up of a comment by its number from this client: enough for a person checking their own
     * comments, far too few to guess numbers. False when the client has used up its look-ups.
     */
    public boolean allowLookup(String clientHash) {
        return limits.allow(List.of(new RateLimiter.Limit("comment-lookup:" + clientHash, LOOKUPS_PER_10_MINUTES,
                Duration.ofMinutes(10))));
    }

    /** A tracking number as a person may type it (spaces, lower case, full-width dash); null when it cannot be one. */
    public static String trackingNo(String typed) {
        if (typed == null || typed.length() > 40) return null;
        String no = typed.strip().replace('－', '-').replace('—', '-').replaceAll("\\s+", "")
                .toUpperCase(java.util.Locale.ROOT);
        if (no.matches("YJ\\d{8}[2-9A-Z]{6}")) no = no.substring(0, 10) + "-" + no.substring(10);
        return TRACKING_NO.matcher(no).matches() ? no : null;
    }

    public java.util.Optional<Comment> find(String trackingNo) {
        return store.byTrackingNo(trackingNo);
    }

    /** The decided comments of a draft, as the public may see them (number, outcome, reason). */
    public List<Comment> decided(Draft draft) {
        return store.decidedByDraft(draft.id());
    }

    public int count(Draft draft) {
        return store.countByDraft(draft.id());
    }

    public SubmitResult submit(Draft draft, Submission s, String clientHash) {
        String phase = draft.phase(today());
        if (phase.equals("未开始")) return SubmitResult.refused(403, null, "征求意见尚未开始（" + draft.opens() + " 起）");
        if (phase.equals("已截止")) return SubmitResult.refused(403, null, "征求意见已于 " + draft.closes() + " 截止");
        if (s.honeypot() != null && !s.honeypot().isEmpty()) return SubmitResult.refused(400, null, "提交未成功，请重试");
        FormTokens.Refusal refused = FormTokens.Refusal.of(tokens.check(s.token(), purpose(draft.id())), "意见征集页面");
        if (refused != null) return SubmitResult.refused(refused.status(), null, refused.message());

        String body = clean(s.body());
        String name = blankToNull(clean(s.name()));
        String contact = blankToNull(clean(s.contact()));
        List<FieldError> errors = new ArrayList<>();
        if (body.isBlank()) errors.add(new FieldError("body", "请填写意见内容"));
        else if (body.codePointCount(0, body.length()) > MAX_BODY) errors.add(new FieldError("body", "意见内容不能超过 " + MAX_BODY + " 字"));
        else if (LINK.matcher(body).results().count() > MAX_LINKS) errors.add(new FieldError("body", "意见中的网址不能超过 " + MAX_LINKS + " 个"));
        if (name != null && name.codePointCount(0, name.length()) > MAX_NAME) errors.add(new FieldError("name", "姓名或单位不能超过 " + MAX_NAME + " 字"));
        if (contact != null && contact.codePointCount(0, contact.length()) > MAX_CONTACT) errors.add(new FieldError("contact", "联系方式不能超过 " + MAX_CONTACT + " 字"));
        if (!errors.isEmpty()) return SubmitResult.refused(400, errors);

        // The same text again from the same client (Back and submit, a double tap, a reload of the POST) is the
        // comment already received: the person lands on its receipt, and it costs no limit. It is found when the
        // insert meets the duplicate key or when the limits refuse, and its units are given back; looking it up
        // before every comment cost each one a query (a sequential scan while a fresh table's statistics say empty).
        byte[] key = hash(clientHash, body);
        RateLimiter.Permit permit = limits.take(List.of(
                new RateLimiter.Limit("comment:client:" + clientHash, 5, Duration.ofMinutes(10)),
                new RateLimiter.Limit("comment:client-day:" + clientHash, 30, Duration.ofDays(1)),
                new RateLimiter.Limit("comment:draft:" + draft.id(), perDraftPerMinute, Duration.ofMinutes(1),
                        RateLimiter.SPREAD)));
        if (!permit.allowed()) {
            return receiptOf(draft.id(), key, permit).orElseGet(() -> SubmitResult.refused(429, null, "提交过于频繁，请稍后再试"));
        }
        Optional<String> no;
        try {
            no = writer.write(store.prepare(draft.id(), draft.department(), body.strip(), key, name, contact, today()));
        } catch (CommentWriter.NotWritten e) {
            return SubmitResult.refused(503, null, "系统繁忙，意见未能提交，请稍后再试（您填写的内容已保留）");
        }
        if (no.isPresent()) return SubmitResult.accepted(no.get());
        // Empty: the same text from this client is already stored (a resubmission, or two taps at once).
        return receiptOf(draft.id(), key, permit)
                .orElseGet(() -> SubmitResult.refused(409, "body", "您已经提交过相同内容的意见，无需重复提交"));
    }

    /** The receipt of the same text already received from this client, whose request then costs no limit. */
    private Optional<SubmitResult> receiptOf(String draftId, byte[] key, RateLimiter.Permit permit) {
        Optional<String> sent = store.trackingNoOf(draftId, key);
        if (sent.isPresent()) limits.giveBack(permit);
        return sent.map(SubmitResult::accepted);
    }

    static String purpose(String draftId) {
        return "comment:" + draftId;
    }

    /** Newlines normalised, control characters dropped; null stays empty. */
    static String clean(String s) {
        if (s == null) return "";
        return CONTROL.matcher(s.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    /**
     * The duplicate key of a comment: its text (whitespace differences ignored) as sent from one client. A second
     * copy from the same client is not stored again: it leads to the receipt of the first; the same text from anyone
     * else is a comment of its own. So the answer tells a person only what they sent themselves, never whether
     * someone else sent a text.
     */
    static byte[] hash(String clientHash, String body) {
        return cn.rxzf.portal.common.Sha256.of(clientHash + "\n" + body.replaceAll("\\s+", " ").strip());
    }
}
