package cn.rxzf.portal.review;

import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.questionnaires.TextModeration;
import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.ReviewQueue;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerAuth;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Moderation of questionnaires' free-text answers (填空) by the reviewers of the questionnaire's own department — not
 * another department's, not an administrator's (another department's questionnaire answers 404). Each text is
 * approved, and then published with the results once the questionnaire has closed, or rejected with a reason. Every
 * view of the texts (which may hold personal data) and every decision is written to the audit log.
 */
public final class QuestionnaireReviewController {
    private static final HttpError.Link BACK = new HttpError.Link("/review/questionnaires/", "回到问卷回答审核");

    private final Services services;
    private final ReviewerAuth auth;
    private final TextModeration moderation;
    private final AuditLog audit;

    public QuestionnaireReviewController(Services services, ReviewerAuth auth, TextModeration moderation) {
        this.services = services;
        this.auth = auth;
        this.moderation = moderation;
        this.audit = new AuditLog(services.jdbi());
    }

    /** The queue on the reviewers' start page: texts waiting in this reviewer's department, the nearest close. */
    public ReviewQueue.Summary summary(Reviewer r) {
        if (r.isAdmin()) return null;
        List<TextModeration.Pending> pending = moderation.pending(services.site().content().questionnaires.values(),
                r.department());
        return new ReviewQueue.Summary("问卷填空回答", "/review/questionnaires/",
                pending.stream().mapToInt(TextModeration.Pending::waiting).sum(),
                pending.isEmpty() ? null : pending.get(0).due());
    }

    public void queue(Context ctx) throws Exception {
        Reviewer r = moderator(ctx);
        List<Questionnaire> own = services.site().content().questionnaires.values().stream()
                .filter(q -> q.department().equals(r.department())).toList();
        Map<String, Integer> waiting = new java.util.HashMap<>();
        for (TextModeration.Pending p : moderation.pending(own, r.department())) waiting.put(p.questionnaire().id(), p.waiting());
        page(ctx, 200, "review-questionnaires.peb", Vars.of("reviewer", r, "questionnaires", own, "waiting", waiting,
                "today", services.today()));
    }

    public void questionnaire(Context ctx) throws Exception {
        Reviewer r = moderator(ctx);
        Questionnaire q = own(r, ctx.pathParam("id"));
        texts(ctx, 200, r, q, null);
    }

    public void decide(Context ctx) throws Exception {
        Reviewer r = moderator(ctx);
        auth.checkToken(ctx);
        Questionnaire q = own(r, ctx.pathParam("id"));
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("textId"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
        String decision = ctx.formParam("decision");
        String reason = FormText.of(ctx, "reason", TextModeration.MAX_REASON + 100);
        TextModeration.Decision d = moderation.decide(q, id, decision, reason, r.id());
        if (d.missing()) throw new HttpError(409, "该回答已处理，或不属于本问卷", BACK);
        if (!d.done()) {
            texts(ctx, 400, r, q, Vars.of("id", id, "message", d.problem(), "decision", decision == null ? "" : decision,
                    "reason", reason));
            return;
        }
        boolean approved = decision.equals(TextModeration.APPROVE);
        audit.record(r.username(), q.department(), approved ? "approve_questionnaire_text" : "reject_questionnaire_text",
                "questionnaire-text/" + id, services.clientHash(ctx), q.id());
        ctx.redirect("/review/questionnaires/" + q.id(), HttpStatus.SEE_OTHER);
    }

    private void texts(Context ctx, int status, Reviewer r, Questionnaire q, Map<String, Object> error) throws Exception {
        List<TextModeration.Waiting> waiting = moderation.waiting(q);
        audit.record(r.username(), q.department(), "view_questionnaire_texts", q.id(), services.clientHash(ctx), waiting.size() + " texts");
        page(ctx, status, "review-questionnaire.peb", Vars.of("reviewer", r, "questionnaire", q, "waiting", waiting,
                "phase", q.phase(services.today()), "token", auth.token(ctx), "error", error, "maxReason", TextModeration.MAX_REASON));
    }

    /** Reviewers of a department; an administrator moderates no department's answers. */
    private Reviewer moderator(Context ctx) {
        Reviewer r = auth.require(ctx);
        if (r.isAdmin()) throw new HttpError(403, "问卷回答由发布问卷的部门审核，请使用部门账号", new HttpError.Link("/review/", "回到工作台"));
        return r;
    }

    /** The questionnaire if it is this reviewer's department's; 404 otherwise (its existence is not revealed). */
    private Questionnaire own(Reviewer r, String id) {
        Questionnaire q = services.site().content().questionnaires.get(id);
        if (q == null || !q.department().equals(r.department())) throw HttpError.notFound();
        return q;
    }

    private void page(Context ctx, int status, String template, Map<String, Object> vars) throws Exception {
        services.site().respond(ctx, status, template, ctx.path(), vars);
    }
}
