package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerAuth;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The deciding department's side (谁认定、谁修复): its queue sorted by due date, an application and its attachments
 * (each view logged), and the decisions: accept, return for more material, approve, refuse. Another department's
 * application answers 404.
 */
public final class CreditReviewController {
    private static final Map<String, Set<String>> FROM = Map.of(
            "accept", Set.of("submitted"), "return", Set.of("submitted", "accepted"),
            "approve", Set.of("accepted"), "refuse", Set.of("submitted", "accepted"));
    private static final Map<String, String> TO = Map.of(
            "accept", "accepted", "return", "returned", "approve", "repaired", "refuse", "refused");

    private final Services services;
    private final RepairStore store;
    private final ReviewerAuth auth;
    private final AuditLog audit;

    public CreditReviewController(Services services, RepairStore store) {
        this.services = services;
        this.store = store;
        this.auth = new ReviewerAuth(services);
        this.audit = new AuditLog(services.jdbi());
    }

    public void queue(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        page(ctx, "review-credit-queue.peb", Vars.of("reviewer", r, "applications",
                store.queue(r.isAdmin() ? null : r.department()), "today", LocalDate.now(services.clock())));
    }

    public void application(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        RepairApplication a = own(r, ctx.pathParam("reference"));
        audit.record(r.username(), a.department(), "view_application", a.reference(), client(ctx), null);
        page(ctx, "review-credit-application.peb", Vars.of("reviewer", r, "application", a, "today",
                LocalDate.now(services.clock()), "token", auth.token(ctx),
                "department", services.site().content().departments.get(a.department())));
    }

    public void file(Context ctx) {
        Reviewer r = auth.require(ctx);
        RepairApplication a = own(r, ctx.pathParam("reference"));
        long fileId;
        try {
            fileId = Long.parseLong(ctx.pathParam("fileId"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
        Map<String, Object> f = store.file(a.id(), fileId).orElseThrow(HttpError::notFound);
        audit.record(r.username(), a.department(), "view_file", a.reference() + "/" + fileId, client(ctx), null);
        String ext = f.get("content_type").equals("application/pdf") ? "pdf" : f.get("content_type").equals("image/png") ? "png" : "jpg";
        ctx.header("Content-Disposition", "attachment; filename=\"" + a.reference() + "-" + fileId + "." + ext + "\"")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .contentType((String) f.get("content_type"))
                .result((byte[]) f.get("data"));
    }

    public void act(Context ctx) {
        Reviewer r = auth.require(ctx);
        auth.checkToken(ctx);
        RepairApplication a = own(r, ctx.pathParam("reference"));
        String action = ctx.formParam("action");
        if (action == null || !TO.containsKey(action)) throw HttpError.badRequest("请选择处理方式");
        String reason = FormText.of(ctx, "reason");
        if ((action.equals("return") || action.equals("refuse")) && reason.isEmpty()) {
            throw HttpError.badRequest(action.equals("return") ? "退回补正须说明需要补充的材料" : "不予修复须说明理由");
        }
        if (reason.codePointCount(0, reason.length()) > 2000) throw HttpError.badRequest("说明不能超过 2000 字");
        if (!store.transition(a.reference(), a.department(), FROM.get(action), TO.get(action),
                reason.isEmpty() ? null : reason, null, null, services.clock().instant())) {
            throw new HttpError(409, "当前状态（" + a.statusLabel() + "）下不能进行此操作");
        }
        audit.record(r.username(), a.department(), "credit_" + action, a.reference(), client(ctx), null);
        ctx.redirect("/review/credit/" + a.reference(), HttpStatus.SEE_OTHER);
    }

    private RepairApplication own(Reviewer r, String reference) {
        if (!reference.matches("XF\\d{8}-[2-9A-Z]{6}")) throw HttpError.notFound();
        RepairApplication a = store.byReference(reference).orElseThrow(HttpError::notFound);
        if (!r.mayHandle(a.department())) throw HttpError.notFound();
        return a;
    }

    private String client(Context ctx) {
        return services.keys().clientHash(services.clients().of(ctx));
    }

    private void page(Context ctx, String template, Map<String, Object> vars) throws Exception {
        services.site().respond(ctx, 200, template, ctx.path(), vars);
    }

}
