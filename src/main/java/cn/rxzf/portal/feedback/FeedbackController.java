package cn.rxzf.portal.feedback;

import cn.rxzf.portal.web.RateLimiter;

import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page feedback. Every static page carries a small GET form (是/否 有用, 我要纠错) that leads here; this page adds the
 * signed form token the static page cannot have, and the POST stores the feedback for the page's department.
 */
public final class FeedbackController {
    public static final int MAX_BODY = 2000;
    private static final Pattern PAGE = Pattern.compile("/[a-z0-9/._-]{0,298}");
    private static final Map<String, String> KINDS = Map.of("useful", "本页有用", "not_useful", "本页没有帮助",
            "error_report", "我要纠错");

    private final Services services;
    private final FeedbackStore store;

    public FeedbackController(Services services, FeedbackStore store) {
        this.services = services;
        this.store = store;
    }

    public void form(Context ctx) throws Exception {
        String page = page(ctx.queryParam("page"));
        String kind = kind(ctx.queryParam("kind"));
        render(ctx, 200, page, kind, null, "");
    }

    public void submit(Context ctx) throws Exception {
        String page = page(ctx.formParam("page"));
        String kind = kind(ctx.formParam("kind"));
        String body = FormText.of(ctx, "body");
        if (ctx.formParam("website") != null && !ctx.formParam("website").isEmpty()) throw HttpError.badRequest("提交未成功，请重试");
        FormTokens.Refusal refused = FormTokens.Refusal.of(services.tokens().check(ctx.formParam("token"), purpose(page)), "原页面");
        if (refused != null) {
            // The form again with what was typed and a fresh token: nothing is lost.
            render(ctx, refused.status(), page, kind, refused.message(), body.substring(0, Math.min(body.length(), MAX_BODY + 100)));
            return;
        }
        if (body.codePointCount(0, body.length()) > MAX_BODY) {
            render(ctx, 400, page, kind, "补充说明不能超过 " + MAX_BODY + " 字", body.substring(0, Math.min(body.length(), MAX_BODY + 100)));
            return;
        }
        if (kind.equals("error_report") && body.isEmpty()) {
            render(ctx, 400, page, kind, "请说明页面上哪里有错误", "");
            return;
        }
        String client = services.clientHash(ctx);
        if (!services.limits().allow(java.util.List.of(
                new cn.rxzf.portal.web.RateLimiter.Limit("feedback:client:" + client, 20, Duration.ofHours(1)),
                new cn.rxzf.portal.web.RateLimiter.Limit("feedback:page:" + page, 300, Duration.ofHours(1))))) {
            throw new HttpError(429, "提交过于频繁，请稍后再试");
        }
        store.insert(page, services.site().content().departmentOfPage(page), kind, body.isEmpty() ? null : body);
        ctx.redirect("/feedback/thanks?page=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /feedback/vote}: 有帮助 / 没有帮助 straight from the static page's own form, counted at once — a
     * static page cannot carry a signed token, so the browser's {@code Sec-Fetch-Site} must say the form is this
     * site's own, and votes are limited per client and per client and page.
     */
    public void vote(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) throw new HttpError(403, "请从本站页面提交反馈");
        String page = page(ctx.formParam("page"));
        String kind = kind(ctx.formParam("kind"));
        if (kind.equals("error_report")) {
            ctx.redirect("/feedback?page=" + encode(page) + "&kind=error_report", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        String client = services.clientHash(ctx);
        if (!services.limits().allow(java.util.List.of(
                new cn.rxzf.portal.web.RateLimiter.Limit("feedback:client:" + client, 20, Duration.ofHours(1)),
                new cn.rxzf.portal.web.RateLimiter.Limit("feedback:vote:" + client + page, 1, Duration.ofHours(1)),
                new cn.rxzf.portal.web.RateLimiter.Limit("feedback:page:" + page, 300, Duration.ofHours(1))))) {
            // A second vote on the same page within the hour is not counted again; the person still gets thanks.
            ctx.redirect("/feedback/thanks?page=" + encode(page) + "&voted=1", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        store.insert(page, services.site().content().departmentOfPage(page), kind, null);
        ctx.redirect("/feedback/thanks?page=" + encode(page) + "&voted=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void thanks(Context ctx) throws Exception {
        String page = page(ctx.queryParam("page"));
        ctx.contentType("text/html; charset=utf-8").result(services.site().pages()
                .page("feedback-thanks.peb", "/feedback/thanks", Map.of("page", page,
                        "voted", "1".equals(ctx.queryParam("voted")))).produce());
    }

    private static String encode(String page) {
        return java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void render(Context ctx, int status, String page, String kind, String error, String body) throws Exception {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("page", page);
        vars.put("kind", kind);
        vars.put("kindLabel", KINDS.get(kind));
        vars.put("token", services.tokens().issue(purpose(page)));
        vars.put("error", error);
        vars.put("body", body);
        vars.put("maxBody", MAX_BODY);
        services.site().respond(ctx, status, "feedback.peb", "/feedback", vars);
    }

    /**
     * A path of this site (ASCII, as all its URLs are); anything else is refused, not echoed. {@code //host/…} is
     * another site to a browser (the thanks page links back to the page), so no path holds {@code //}.
     */
    static String page(String value) {
        if (value == null || !PAGE.matcher(value).matches() || value.contains("..") || value.contains("//")) {
            throw HttpError.badRequest("无法识别要反馈的页面");
        }
        return value;
    }

    private static String kind(String value) {
        if (value == null || !KINDS.containsKey(value)) throw HttpError.badRequest("无法识别反馈类型");
        return value;
    }

    private static String purpose(String page) {
        return "feedback:" + page;
    }
}
