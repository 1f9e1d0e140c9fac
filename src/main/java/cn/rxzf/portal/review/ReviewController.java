package cn.rxzf.portal.review;

import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.ReviewQueue;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerAuth;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.comments.Comment;
import cn.rxzf.portal.comments.CommentStore;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Draft;
import cn.rxzf.portal.feedback.FeedbackStore;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reviewers' side (sign-in is {@link SignInController}): the queue of their own department's drafts and page feedback, decisions on comments,
 * and the 采纳情况 export. Another department's draft answers 404 (its existence is not revealed). Every action, and
 * every view of comments (which hold personal data), is written to the audit log.
 */
public final class ReviewController {
    private static final Pattern TRACKING_NO = Pattern.compile("YJ\\d{8}-[2-9A-Z]{6}");
    private static final int MAX_REASON = 2000;

    private final Services services;
    private final CommentStore comments;
    private final FeedbackStore feedback;
    private final AuditLog audit;
    private final ReviewerAuth auth;
    private final List<ReviewQueue> otherQueues;

    /** {@code otherQueues}: the queues of other features (credit repair), shown on the start page after our own. */
    public ReviewController(Services services, ReviewerAuth auth, CommentStore comments, FeedbackStore feedback,
                            List<ReviewQueue> otherQueues) {
        this.services = services;
        this.auth = auth;
        this.otherQueues = List.copyOf(otherQueues);
        this.comments = comments;
        this.feedback = feedback;
        this.audit = new AuditLog(services.jdbi());
    }

    public void queue(Context ctx) throws Exception {
        Reviewer r = reviewer(ctx);
        Content content = services.site().content();
        List<Draft> drafts = new ArrayList<>();
        for (Draft d : content.drafts.values()) if (r.mayHandle(d.department())) drafts.add(d);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> found = comments.countsByDraft(drafts.stream().map(Draft::id).toList());
        for (Draft d : drafts) counts.put(d.id(), found.getOrDefault(d.id(), 0));
        LocalDate today = services.today();
        Map<String, Integer> undecided = comments.undecidedByDraft(drafts.stream().map(Draft::id).toList());
        LocalDate nearestClose = drafts.stream().filter(d -> d.phase(today).equals("征求意见中")).map(Draft::closes)
                .min(LocalDate::compareTo).orElse(null);
        int feedbackCount = feedback.count(r.isAdmin() ? null : r.department());
        List<ReviewQueue.Summary> queues = new ArrayList<>();
        queues.add(new ReviewQueue.Summary("征求意见", "#h-drafts",
                undecided.values().stream().mapToInt(Integer::intValue).sum(), nearestClose));
        queues.add(new ReviewQueue.Summary("页面反馈", "/review/feedback", feedbackCount, null));
        for (ReviewQueue q : otherQueues) {
            ReviewQueue.Summary summary = q.summary(r);
            if (summary != null) queues.add(summary);
        }
        page(ctx, 200, "review-home.peb", Vars.of("reviewer", r, "drafts", drafts, "counts", counts,
                "undecided", undecided, "queues", queues, "today", today, "feedbackCount", feedbackCount,
                "token", auth.token(ctx)));
    }

    public void draft(Context ctx) throws Exception {
        Reviewer r = reviewer(ctx);
        Draft d = ownDraft(r, ctx.pathParam("id"));
        List<Comment> list = comments.byDraft(d.id());
        audit.record(r.username(), r.department(), "view_comments", d.id(), services.clientHash(ctx), list.size() + " comments");
        page(ctx, 200, "review-draft.peb", Vars.of("reviewer", r, "draft", d, "comments", list,
                "outcomes", Comment.OUTCOMES, "token", auth.token(ctx), "error", null));
    }

    public void decide(Context ctx) throws Exception {
        Reviewer r = reviewer(ctx);
        checkToken(ctx);
        String no = ctx.pathParam("trackingNo");
        if (!TRACKING_NO.matcher(no).matches()) throw HttpError.notFound();
        Comment c = comments.byTrackingNo(no).orElseThrow(HttpError::notFound);
        Draft d = ownDraft(r, c.draftId());
        String outcome = ctx.formParam("outcome");
        String reason = FormText.of(ctx, "reason");
        String problem = decisionProblem(outcome, reason);
        if (problem != null) {
            // The draft's page again, this comment's choice and reason kept, the problem beside them.
            List<Comment> list = comments.byDraft(d.id());
            page(ctx, 400, "review-draft.peb", Vars.of("reviewer", r, "draft", d, "comments", list,
                    "outcomes", Comment.OUTCOMES, "token", auth.token(ctx),
                    "error", Vars.of("trackingNo", no, "message", problem, "outcome", outcome == null ? "" : outcome,
                            "reason", reason)));
            return;
        }
        if (!comments.decide(no, d.department(), outcome, reason.isEmpty() ? null : reason, r.id())) throw HttpError.notFound();
        audit.record(r.username(), d.department(), "decide_comment", no, services.clientHash(ctx), outcome);
        ctx.redirect("/review/drafts/" + d.id() + "#" + no, HttpStatus.SEE_OTHER);
    }

    /** What is wrong with a decision as submitted, or null. */
    private static String decisionProblem(String outcome, String reason) {
        if (outcome == null || !Comment.OUTCOMES.containsKey(outcome)) return "请选择处理结果";
        if (!outcome.equals("adopted") && reason.isEmpty()) return "部分采纳或未采纳的，须说明理由";
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) return "理由不能超过 " + MAX_REASON + " 字";
        return null;
    }

    public void exportAdoption(Context ctx) {
        Reviewer r = reviewer(ctx);
        Draft d = ownDraft(r, ctx.pathParam("id"));
        List<Comment> list = comments.byDraft(d.id());
        long pending = list.stream().filter(c -> c.outcome() == null).count();
        if (pending > 0) throw new HttpError(409, "尚有 " + pending + " 条意见未处理，处理完毕后才能导出采纳情况");
        audit.record(r.username(), d.department(), "export_adoption", d.id(), services.clientHash(ctx), list.size() + " comments");
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.id() + ".md\"")
                .header("Cache-Control", "no-store")
                .contentType("text/markdown; charset=utf-8")
                .result(AdoptionExport.markdown(d, list, services.today()));
    }

    public void feedbackList(Context ctx) throws Exception {
        Reviewer r = reviewer(ctx);
        audit.record(r.username(), r.department(), "view_feedback", "-", services.clientHash(ctx), null);
        page(ctx, 200, "review-feedback.peb", Vars.of("reviewer", r,
                "feedback", feedback.recent(r.isAdmin() ? null : r.department(), 200)));
    }

    private Reviewer reviewer(Context ctx) {
        return auth.require(ctx);
    }

    private Draft ownDraft(Reviewer r, String id) {
        Draft d = services.site().content().drafts.get(id);
        if (d == null || !r.mayHandle(d.department())) throw HttpError.notFound();
        return d;
    }

    private void checkToken(Context ctx) {
        auth.checkToken(ctx);
    }

    private void page(Context ctx, int status, String template, Map<String, Object> vars) throws Exception {
        services.site().respond(ctx, status, template, ctx.path(), vars);
    }

}
