package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.Reviewer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deciding department's use cases (谁认定、谁修复): its queue, an application and its attachments (each view
 * logged), and the decisions — accept, return for more material, approve, refuse — each from the states it may
 * follow, each logged. Another department's application is not found (404).
 */
public final class CreditReviewService {
    private static final Map<String, Set<String>> FROM = Map.of(
            "accept", Set.of("submitted"), "return", Set.of("submitted", "accepted"),
            "approve", Set.of("accepted"), "refuse", Set.of("submitted", "accepted"));
    private static final Map<String, String> TO = Map.of(
            "accept", "accepted", "return", "returned", "approve", "repaired", "refuse", "refused");
    static final int MAX_REASON = 2000;

    /** An attachment as a reviewer downloads it. */
    public record Attachment(String contentType, String extension, byte[] data) {}

    private final RepairStore store;
    private final AuditLog audit;
    private final Clock clock;

    public CreditReviewService(RepairStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open applications the reviewer may handle, the most urgent first. */
    public List<RepairApplication> queue(Reviewer r) {
        return store.queue(r.isAdmin() ? null : r.department());
    }

    /** An application, for the reviewer's eyes: the view is logged. */
    public RepairApplication open(Reviewer r, String reference, String clientHash) {
        RepairApplication a = own(r, reference);
        audit.record(r.username(), a.department(), "view_application", a.reference(), clientHash, null);
        return a;
    }

    /** An attachment of an application; the view is logged. */
    public Attachment file(Reviewer r, String reference, long fileId, String clientHash) {
        RepairApplication a = own(r, reference);
        Map<String, Object> f = store.file(a.id(), fileId).orElseThrow(HttpError::notFound);
        audit.record(r.username(), a.department(), "view_file", a.reference() + "/" + fileId, clientHash, null);
        String type = (String) f.get("content_type");
        String ext = type.equals("application/pdf") ? "pdf" : type.equals("image/png") ? "png" : "jpg";
        return new Attachment(type, ext, (byte[]) f.get("data"));
    }

    /** A decision ({@code action}: accept, return, approve, refuse); return and refuse need a reason. */
    public void decide(Reviewer r, String reference, String action, String reason, String clientHash) {
        RepairApplication a = own(r, reference);
        if (action == null || !TO.containsKey(action)) throw HttpError.badRequest("请选择处理方式");
        if ((action.equals("return") || action.equals("refuse")) && reason.isEmpty()) {
            throw HttpError.badRequest(action.equals("return") ? "退回补正须说明需要补充的材料" : "不予修复须说明理由");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) throw HttpError.badRequest("说明不能超过 2000 字");
        if (!store.transition(a.reference(), a.department(), FROM.get(action), TO.get(action),
                reason.isEmpty() ? null : reason, null, null, clock.instant())) {
            throw new HttpError(409, "当前状态（" + a.statusLabel() + "）下不能进行此操作");
        }
        audit.record(r.username(), a.department(), "credit_" + action, a.reference(), clientHash, null);
    }

    private RepairApplication own(Reviewer r, String reference) {
        if (!reference.matches("XF\\d{8}-[2-9A-Z]{6}")) throw HttpError.notFound();
        RepairApplication a = store.byReference(reference).orElseThrow(HttpError::notFound);
        if (!r.mayHandle(a.department())) throw HttpError.notFound();
        return a;
    }
}
