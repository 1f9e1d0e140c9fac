package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Redirect;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * What the applicant's pages share: their cookies (SameSite=Strict, so other sites cannot post into a draft), the
 * token of their own forms — bound to the draft cookie, or on the status page to the status ticket, so a form posted
 * without the page it came from is refused —, and rendering with that token. Pages that show an application are
 * {@code no-store}; nothing personal goes into a URL.
 */
final class ApplicantPages {
    static final String DRAFT_COOKIE = "__Host-rxzf_apply";
    static final String STATUS_COOKIE = "__Host-rxzf_status";
    static final String RECEIPT_COOKIE = "__Host-rxzf_receipt";

    private final Services services;
    private final CreditService credit;
    /** No minimum age: the browser already holds the cookie the token is bound to. */
    private final FormTokens ownTokens;

    ApplicantPages(Services services, CreditService credit) {
        this.services = services;
        this.credit = credit;
        this.ownTokens = new FormTokens(services.keys(), services.clock(), Duration.ZERO, Duration.ofDays(1));
    }

    /** The applicant's draft; without a live one, back to the start page. */
    RepairApplication draft(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        return credit.draft(ctx.cookie(DRAFT_COOKIE)).orElseThrow(() -> new Redirect("/credit/"));
    }

    /** The application the status ticket names (403 without a valid one). */
    RepairApplication ticketed(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        return credit.ticketed(ctx.cookie(STATUS_COOKIE));
    }

    /** 403 unless the form carries the token of the page bound to cookie {@code cookieName}. */
    void checkOwnToken(Context ctx, String cookieName) {
        String cookie = ctx.cookie(cookieName);
        if (cookie == null || ownTokens.check(ctx.formParam("token"), purpose(cookieName, cookie)) != FormTokens.Check.OK) {
            throw new HttpError(403, "表单已失效，请刷新页面后重试");
        }
    }

    FormTokens tokens() {
        return ownTokens;
    }

    static void setCookie(Context ctx, String name, String value, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds()
                + "; HttpOnly; Secure; SameSite=Strict");
    }

    /** Renders an applicant page with the token of its own forms (unless {@code vars} brings one). */
    void page(Context ctx, int status, String template, String url, Map<String, Object> vars) throws Exception {
        vars.putIfAbsent("token", formToken(ctx, url));
        services.site().respond(ctx, status, template, url, vars);
    }

    /** The token of the page's own forms: the draft's, or the status ticket's (the look-up form passes its own). */
    private String formToken(Context ctx, String url) {
        if (url.startsWith("/credit/apply")) {
            String cookie = ctx.cookie(DRAFT_COOKIE);
            return cookie == null ? "" : ownTokens.issue(purpose(DRAFT_COOKIE, cookie));
        }
        String ticket = ctx.attribute(STATUS_COOKIE) != null ? ctx.attribute(STATUS_COOKIE) : ctx.cookie(STATUS_COOKIE);
        return ticket == null ? "" : ownTokens.issue(purpose(STATUS_COOKIE, ticket));
    }

    private static String purpose(String cookieName, String cookie) {
        return cookieName + ":" + HexFormat.of().formatHex(ApplicantTickets.hash(cookie), 0, 12);
    }

}
