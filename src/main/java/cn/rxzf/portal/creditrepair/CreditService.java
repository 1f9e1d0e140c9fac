package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.WorkingDays;
import cn.rxzf.portal.content.model.CreditRules;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.RateLimiter.Limit;
import cn.rxzf.portal.web.RateLimiter;
import cn.rxzf.portal.web.Uploads.Upload;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The applicant's use cases of credit repair: the eligibility check, starting a draft, answering its questions,
 * attaching files, submitting, the receipt, looking an application up and sending more material when it is returned.
 * The rules of the law are {@link Eligibility}'s; the SQL is {@link RepairStore}'s; this class knows nothing of HTTP
 * beyond the {@link HttpError}s it refuses with.
 *
 * <p>Storage of unfinished applications is bounded: files are taken only once the answers say the record can be
 * repaired now; the bytes a client holds in drafts and has submitted in the last {@link #SUBMITTED_COUNT} are capped,
 * and those held in all drafts ({@link StorageCaps}); a draft lives
 * {@link #DRAFT_LIFETIME} from its start (its cookie as long), after which it is refused and purged by the
 * housekeeping job, which runs every hour.
 */
public final class CreditService {
    public static final int MAX_FILES = 10;
    /** A draft's life from its start; with the hourly purge, nothing of an abandoned draft outlives 24 hours. */
    public static final Duration DRAFT_LIFETIME = Duration.ofHours(23);
    /** How long a submitted application's files still count against its client's share. */
    static final Duration SUBMITTED_COUNT = Duration.ofHours(24);
    private static final int STARTS_PER_HOUR = 20;

    /** The most bytes unfinished applications may hold: those of one client, and all of them together. */
    public record StorageCaps(long perClientBytes, long totalBytes) {
        public static StorageCaps megabytes(int perClient, int total) {
            return new StorageCaps(perClient * 1024L * 1024L, total * 1024L * 1024L);
        }
    }

    /** A file or request the applicant may try again: the status it is answered with, the message, Retry-After. */
    public record Refusal(int status, String message, long retryAfterSeconds) {
        static Refusal of(int status, String message) {
            return new Refusal(status, message, 0);
        }

        /** A file to choose again, as {@link cn.rxzf.portal.web.Uploads} refused it. */
        public static Refusal of(cn.rxzf.portal.web.Uploads.Refused e) {
            return new Refusal(e.status, e.getMessage(), 0);
        }
    }

    /** The eligibility page's answer: the values as typed, the errors, or the result and the deadlines. */
    public record EligibilityAnswer(Map<String, String> values, List<FieldError> errors, Eligibility.Result result,
                                    Deadlines deadlines) {}

    /** A submission: the question still to answer, or the reasons the record cannot be repaired, or the receipt. */
    public record Submitted(String missingStep, List<String> reasons, String reference, String queryCode) {}

    private final RepairStore store;
    private final LiveSite site;
    private final RateLimiter limits;
    private final Clock clock;
    private final StorageCaps caps;
    private final ApplicantTickets tickets;

    public CreditService(RepairStore store, LiveSite site, cn.rxzf.portal.web.Keys keys, RateLimiter limits, Clock clock,
                         StorageCaps caps) {
        this.store = store;
        this.site = site;
        this.limits = limits;
        this.clock = clock;
        this.caps = caps;
        this.tickets = new ApplicantTickets(keys, clock);
    }

    // ---- eligibility ----

    /** The rules of the live content; 404 when the content has none. */
    public CreditRules rules() {
        if (content().creditRules == null) throw HttpError.notFound();
        return content().creditRules;
    }

    /** Checks the eligibility page's answers ({@code class}, {@code decided}, {@code corrected}, {@code performed}). */
    public EligibilityAnswer eligibility(Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        if (ApplicationForm.UNKNOWN_CLASS.equals(v.get("class"))) {
            errors.add(new FieldError("class", "需要知道失信信息类别才能判断：" + ApplicationForm.WHERE_THE_CLASS_IS));
        } else if (rules().classNamed(v.get("class")) == null) {
            errors.add(new FieldError("class", "请选择失信信息类别"));
        }
        LocalDate decided = null;
        try {
            decided = LocalDate.parse(v.get("decided"));
            if (decided.isAfter(today())) errors.add(new FieldError("decided", "处罚决定日期不能晚于今天"));
        } catch (RuntimeException e) {
            errors.add(new FieldError("decided", "请按 YYYY-MM-DD 填写处罚决定日期"));
        }
        for (String k : List.of("corrected", "performed")) {
            if (!"yes".equals(v.get(k)) && !"no".equals(v.get(k))) errors.add(new FieldError(k, "请回答此问题"));
        }
        if (!errors.isEmpty()) return new EligibilityAnswer(v, errors, null, null);
        Eligibility.Result result = Eligibility.check(rules(), content().laws, new Eligibility.Facts(v.get("class"), decided,
                v.get("corrected").equals("yes"), v.get("performed").equals("yes")), today());
        return new EligibilityAnswer(v, errors, result, deadlines());
    }

    /** The deadlines of an application received today. */
    public Deadlines deadlines() {
        rules();
        return Deadlines.of(content(), today());
    }

    /** Whether a due date lies in days the calendar data does not yet cover. */
    public boolean provisional(LocalDate due) {
        return due != null && !new WorkingDays(content().calendar).covers(today(), due);
    }

    /** The verdict on a draft's own answers, or null while they are incomplete. */
    Eligibility.Result eligibility(RepairApplication a) {
        if (a.recordClass() == null || a.decisionDate() == null || a.corrected() == null || a.obligationsPerformed() == null
                || rules().classNamed(a.recordClass()) == null) {
            return null;
        }
        return Eligibility.check(rules(), content().laws, new Eligibility.Facts(a.recordClass(), a.decisionDate(), a.corrected(),
                a.obligationsPerformed()), today());
    }

    /** Why a draft's answers so far rule out applying now: the verdict, its reasons, the first possible date. */
    public record Stop(Eligibility.Verdict verdict, List<String> reasons, LocalDate earliest) {}

    /**
     * Whether the answers so far already say the record cannot be repaired now — not corrected or obligations not
     * performed (known before the decision date), or the dates of the full answer — or null while they do not.
     * Asked right after the eligibility questions, which come first, so nobody fills in the rest for nothing.
     */
    public Stop stop(RepairApplication a) {
        Eligibility.Result full = eligibility(a);
        if (full != null) {
            return full.verdict() == Eligibility.Verdict.ELIGIBLE ? null
                    : new Stop(full.verdict(), full.reasons(), full.earliest());
        }
        if (a.corrected() == null || a.obligationsPerformed() == null) return null;
        List<String> unmet = Eligibility.unmetDuties(a.corrected(), a.obligationsPerformed());
        return unmet.isEmpty() ? null : new Stop(Eligibility.Verdict.NOT_ELIGIBLE, unmet, null);
    }

    // ---- the draft ----

    /** Starts a draft for a client (at most {@value #STARTS_PER_HOUR} an hour); returns the draft token for its cookie. */
    public String startDraft(String clientHash) {
        if (!limits.allow(List.of(new Limit("credit-start:" + clientHash, STARTS_PER_HOUR, Duration.ofHours(1))))) {
            throw new HttpError(429, "申请过于频繁，请稍后再试");
        }
        String token = ApplicantTickets.newDraftToken();
        store.createDraft(ApplicantTickets.hash(token), clock.instant());
        return token;
    }

    /** The draft behind a draft token, unless it has expired. */
    public Optional<RepairApplication> draft(String token) {
        if (!ApplicantTickets.looksLikeDraftToken(token)) return Optional.empty();
        return store.draft(ApplicantTickets.hash(token), clock.instant().minus(DRAFT_LIFETIME));
    }

    /** Checks and saves a question page's answers; the errors, or none when saved. 404 for a page that is no question. */
    public List<FieldError> answer(RepairApplication a, String step, Map<String, String> values) {
        if (ApplicationForm.step(step, content()) == null) throw HttpError.notFound();
        ApplicationForm.Answer answer = ApplicationForm.check(step, values, content(), today());
        if (answer.errors().isEmpty()) store.saveAnswers(a.id(), answer.columns());
        return answer.errors();
    }

    public void commit(RepairApplication a) {
        store.saveAnswers(a.id(), Map.of("commitment_at", clock.instant()));
    }

    /**
     * Attaches a file to a draft: only once its answers make the record repairable now, at most {@link #MAX_FILES},
     * and within the storage caps. Null when stored; otherwise what to tell the applicant (their answers and files
     * so far stay as they are).
     */
    public Refusal attach(RepairApplication a, Upload file, String clientHash) {
        Refusal notYet = notAttachable(a);
        if (notYet != null) return notYet;
        if (a.files().size() >= MAX_FILES) return Refusal.of(400, "附件最多 " + MAX_FILES + " 个，每次上传 1 个");
        RepairStore.DraftFile stored = store.addDraftFile(a.id(), file, clientHash, caps.perClientBytes(), caps.totalBytes(),
                clock.instant().minus(SUBMITTED_COUNT));
        return switch (stored.stored()) {
            case ADDED -> null;
            case CLIENT_FULL -> new Refusal(429, "从您的网络上传的申请材料（尚未提交的，和 24 小时内提交的）已达 "
                    + megabytes(caps.perClientBytes()) + " MB 上限，本文件未保存。请删除不需要的文件，或稍后再上传；"
                    + "已填写的内容和已上传的文件都已保存。",
                    untilExpiry(stored.oldestStart()));
            case ALL_FULL -> new Refusal(507, "系统暂存的申请材料已满，本文件未保存，请稍后再上传；已填写的内容和已上传的文件都已保存。",
                    untilExpiry(stored.oldestStart()));
        };
    }

    /** Why a draft cannot take files yet (its answers do not make the record repairable now), or null when it can. */
    public Refusal notAttachable(RepairApplication a) {
        Eligibility.Result eligible = eligibility(a);
        if (eligible == null) return Refusal.of(409, "请先回答“失信信息的情况”等问题：确认符合信用修复条件后才能上传材料");
        if (eligible.verdict() != Eligibility.Verdict.ELIGIBLE) {
            return Refusal.of(409, "根据您填写的情况，目前不能申请信用修复，无需上传材料：" + String.join("", eligible.reasons()));
        }
        return null;
    }

    public void detach(RepairApplication a, long fileId) {
        store.deleteFile(a.id(), fileId);
    }

    /** Submits a complete, eligible draft: a reference number and query code; 409 when it was submitted already. */
    public Submitted submit(RepairApplication a) {
        String missing = ApplicationForm.firstUnanswered(a);
        if (!missing.equals("check")) return new Submitted(missing, List.of(), null, null);
        Eligibility.Result eligible = eligibility(a);
        if (eligible == null) return new Submitted("record", List.of(), null, null);
        if (eligible.verdict() != Eligibility.Verdict.ELIGIBLE) return new Submitted(null, eligible.reasons(), null, null);
        String reference = "XF" + today().toString().replace("-", "") + "-" + ApplicantTickets.code(6);
        String queryCode = ApplicantTickets.code(8);
        Deadlines due = deadlines();
        if (!store.submit(a.id(), reference, tickets.queryHash(reference, queryCode), due.acceptance(), due.decision(),
                clock.instant())) {
            throw new HttpError(409, "申请已提交，请勿重复提交");
        }
        return new Submitted(null, List.of(), reference, queryCode);
    }

    /** The receipt of a submission, for its cookie. */
    public String receipt(Submitted s) {
        return tickets.receipt(s.reference(), s.queryCode());
    }

    /** The application and query code a receipt shows, while it is valid. */
    public Optional<Map.Entry<RepairApplication, String>> openReceipt(String receipt) {
        String[] ticket = tickets.openReceipt(receipt);
        if (ticket == null) return Optional.empty();
        return store.byReference(ticket[0]).map(a -> Map.entry(a, ticket[1]));
    }

    // ---- status ----

    /**
     * The application of a reference number and query code, or empty when they do not match. Limited per client and
     * per client and reference, never per reference alone: whoever knows a reference number must not be able to lock
     * its owner out by guessing codes for it.
     */
    public Optional<RepairApplication> lookup(String reference, String code, String clientHash) {
        if (!limits.allow(List.of(new Limit("credit-status:" + clientHash, 20, Duration.ofMinutes(10)),
                new Limit("credit-status-ref:" + clientHash + ":" + reference, 10, Duration.ofHours(1))))) {
            throw new HttpError(429, "查询过于频繁，请稍后再试");
        }
        if (!reference.matches("XF\\d{8}-[2-9A-Z]{6}") || !code.matches("[2-9A-Z]{8}")) return Optional.empty();
        byte[] stored = store.queryCodeHash(reference).orElse(null);
        if (stored == null || !MessageDigest.isEqual(stored, tickets.queryHash(reference, code))) return Optional.empty();
        return store.byReference(reference);
    }

    public String statusTicket(RepairApplication a) {
        return tickets.statusTicket(a.reference());
    }

    /** The application a status ticket names; 403 (with a way back to the look-up) when there is none. */
    public RepairApplication ticketed(String ticket) {
        HttpError.Link lookup = new HttpError.Link("/credit/status", "重新查询申请");
        String reference = tickets.openStatusTicket(ticket);
        if (reference == null) throw new HttpError(403, "请先用申请编号和查询码查询", lookup);
        if (reference.isEmpty()) throw new HttpError(403, "查询已过期，请重新用申请编号和查询码查询", lookup);
        return store.byReference(reference).orElseThrow(() -> new HttpError(403, "请先用申请编号和查询码查询", lookup));
    }

    public RepairApplication reload(RepairApplication a) {
        return store.byReference(a.reference()).orElseThrow();
    }

    /** More material for an application returned for it; 409 in any other state. Null when stored. */
    public Refusal addMaterial(RepairApplication a, Upload file) {
        if (!a.status().equals("returned")) throw new HttpError(409, "当前状态下不能补充材料");
        if (a.files().size() >= MAX_FILES) return Refusal.of(400, "附件最多 " + MAX_FILES + " 个，每次上传 1 个");
        store.addFile(a.id(), file);
        return null;
    }

    /** Sends a returned application again, with new deadlines from today; 409 in any other state. */
    public void resubmit(RepairApplication a) {
        Deadlines due = deadlines();
        if (!store.transition(a.reference(), a.department(), Set.of("returned"), "submitted", null, due.acceptance(),
                due.decision(), clock.instant())) {
            throw new HttpError(409, "当前状态下不能重新提交");
        }
    }

    // ---- helpers ----

    public Content content() {
        return site.content();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Seconds until a draft started at {@code start} has expired and is purged (at least a minute). */
    private long untilExpiry(Instant start) {
        Instant purged = start.plus(DRAFT_LIFETIME).plus(Duration.ofHours(1));
        return Math.max(60, Duration.between(clock.instant(), purged).toSeconds());
    }

    private static String megabytes(long bytes) {
        return Long.toString(bytes / (1024 * 1024));
    }
}
