package cn.rxzf.portal.comments;

import cn.rxzf.portal.content.model.Draft;
import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP for comments: the live draft page (window, count, form), the plain-HTML POST, and the receipt. Errors re-render
 * the form with a summary at the top and a message at each field; what the citizen typed stays in the form.
 */
public final class CommentController {
    private final Services services;
    private final CommentService comments;
    private final CommentStore store;

    public CommentController(Services services, CommentStore store, CommentService comments) {
        this.services = services;
        this.store = store;
        this.comments = comments;
    }

    public void draftPage(Context ctx) throws Exception {
        Draft draft = draft(ctx);
        render(ctx, 200, draft, List.of(), Map.of());
    }

    /** The address a form posts to, opened again (a reload, a bookmark): back to the draft's form, not a 404. */
    public void backToForm(Context ctx) {
        Draft draft = draft(ctx);
        ctx.redirect("/drafts/" + draft.id() + "/#h-comment", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void submit(Context ctx) throws Exception {
        Draft draft = draft(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
            throw HttpError.badRequest("请通过意见征集页面的表单提交");
        }
        Submission s = new Submission(draft.id(), ctx.formParam("body"), ctx.formParam("name"),
                ctx.formParam("contact"), ctx.formParam("token"), ctx.formParam("website"));
        SubmitResult result = comments.submit(draft, s, services.clientHash(ctx));
        if (result.accepted()) {
            ctx.redirect("/comments/" + result.trackingNo(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, String> values = new HashMap<>();
        values.put("body", FormText.cut(s.body(), CommentService.MAX_BODY + 100));
        values.put("name", FormText.cut(s.name(), CommentService.MAX_NAME + 20));
        values.put("contact", FormText.cut(s.contact(), CommentService.MAX_CONTACT + 20));
        render(ctx, result.status(), draft, result.errors(), values);
    }

    /**
     * {@code GET /comments/}: the look-up form; with {@code no}, the comment of that number (303 to its page) or the
     * form again with what went wrong. Look-ups are counted per client.
     */
    public void lookup(Context ctx) throws Exception {
        String typed = ctx.queryParam("no");
        if (typed == null) {
            lookupPage(ctx, 200, "", null);
            return;
        }
        String no = CommentService.trackingNo(typed);
        if (no == null && typed.strip().toUpperCase(java.util.Locale.ROOT).startsWith("XF")) {
            // The home page offers one look-up for comments and credit applications: a credit reference typed here
            // is pointed to the credit look-up below, which also needs the application's query code.
            lookupPage(ctx, 400, "", "XF 开头的是信用修复申请编号：请在下方“查询信用修复申请”中输入申请编号和查询码");
            return;
        }
        if (no == null && typed.strip().toUpperCase(java.util.Locale.ROOT).startsWith("WJ")) {
            lookupPage(ctx, 400, "", "WJ 开头的是问卷回执编号：问卷的回答不公开、不能查询，回执只证明已经提交；问卷结束后可在问卷页面查看统计结果");
            return;
        }
        if (no == null) {
            lookupPage(ctx, 400, "", "请输入完整的意见编号，格式如 YJ20261205-AB3CDE");
            return;
        }
        if (!comments.allowLookup(services.clientHash(ctx))) throw new HttpError(429, "查询过于频繁，请 10 分钟后再试");
        if (comments.find(no).isEmpty()) {
            lookupPage(ctx, 404, no, "没有找到编号为 " + no + " 的意见，请核对编号");
            return;
        }
        ctx.redirect("/comments/" + no, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** A comment's page: its text, when it was received, and what became of it. Never its author's name or contact. */
    public void receipt(Context ctx) throws Exception {
        String no = ctx.pathParam("trackingNo");
        if (!CommentService.TRACKING_NO.matcher(no).matches()) throw HttpError.notFound();
        if (!comments.allowLookup(services.clientHash(ctx))) throw new HttpError(429, "查询过于频繁，请 10 分钟后再试");
        Comment c = comments.find(no).orElseThrow(HttpError::notFound);
        Draft draft = services.site().content().drafts.get(c.draftId());
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("comment", c);
        vars.put("draft", draft);
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex");
        ctx.contentType("text/html; charset=utf-8").result(services.site().pages()
                .page("comment-receipt.peb", "/comments/" + no, vars).produce());
    }

    private void lookupPage(Context ctx, int status, String no, String error) throws Exception {
        ctx.status(status).header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex")
                .contentType("text/html; charset=utf-8").result(services.site().pages()
                        .page("comment-lookup.peb", "/comments/", Vars.of("no", no, "error", error)).produce());
    }

    /** JSON for pages that show the count in place: phase and number of comments received. */
    public void draftJson(Context ctx) {
        Draft draft = draft(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", draft.id());
        m.put("title", draft.title());
        m.put("opens", draft.opens().toString());
        m.put("closes", draft.closes().toString());
        m.put("phase", draft.phase(comments.today()));
        m.put("commentCount", comments.count(draft));
        ctx.json(m);
    }

    private Draft draft(Context ctx) {
        Draft draft = services.site().content().drafts.get(ctx.pathParam("id"));
        if (draft == null) throw HttpError.notFound();
        return draft;
    }

    private void render(Context ctx, int status, Draft draft, List<FieldError> errors,
                        Map<String, String> values) throws Exception {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("draft", draft);
        vars.put("department", services.site().content().departments.get(draft.department()));
        vars.put("live", true);
        vars.put("phase", draft.phase(comments.today()));
        vars.put("commentCount", comments.count(draft));
        List<Comment> decided = comments.decided(draft);
        Map<String, Long> decidedCounts = new HashMap<>();
        for (String outcome : Comment.OUTCOMES.keySet()) {
            decidedCounts.put(outcome, decided.stream().filter(c -> outcome.equals(c.outcome())).count());
        }
        vars.put("decided", decided);
        vars.put("decidedCounts", decidedCounts);
        vars.put("token", comments.issueToken(draft));
        vars.put("errors", errors);
        vars.put("values", values);
        vars.put("limits", Map.of("body", CommentService.MAX_BODY, "name", CommentService.MAX_NAME,
                "contact", CommentService.MAX_CONTACT));
        services.site().respond(ctx, status, "draft.peb", draft.url(), vars);
    }

}
