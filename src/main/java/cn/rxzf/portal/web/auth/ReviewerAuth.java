package cn.rxzf.portal.web.auth;

import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Redirect;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The signed-in reviewer of a request, and the form tokens of reviewers' forms: bound to the session, or before
 * sign-in to a pre-session cookie (so a login form's token cannot be used from another browser: no login CSRF).
 * Every reviewer route of every feature goes through here. An administrator without a second factor reaches only
 * the page that enrols one.
 */
public final class ReviewerAuth {
    public static final String COOKIE = "__Host-rxzf_session";
    public static final String PRE_SESSION_COOKIE = "__Host-rxzf_pre";
    public static final String ACCOUNT_PAGE = "/review/account";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SessionStore sessions;
    /** Reviewers' forms: bound to the session, no minimum age (people click fast), valid for a session's life. */
    private final FormTokens tokens;

    public ReviewerAuth(Services services) {
        this.sessions = new SessionStore(services.jdbi(), services.clock());
        this.tokens = new FormTokens(services.keys(), services.clock(), Duration.ZERO, SessionStore.LIFETIME);
    }

    public SessionStore sessions() {
        return sessions;
    }

    /** The signed-in reviewer; otherwise a redirect to sign in (GET) or 403 (anything else). */
    public Reviewer require(Context ctx) {
        Reviewer r = requireSession(ctx);
        if (r.mustEnrolSecondFactor()) {
            if (ctx.method().toString().equals("GET")) throw new Redirect(ACCOUNT_PAGE);
            throw new HttpError(403, "系统管理员须先启用两步验证");
        }
        return r;
    }

    /** The signed-in reviewer, whether or not an administrator has enrolled a second factor yet. */
    public Reviewer requireSession(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        return sessions.find(ctx.cookie(COOKIE)).orElseThrow(() -> ctx.method().toString().equals("GET")
                ? new Redirect("/review/login") : new HttpError(403, "登录已过期，刚才的操作没有保存", LOG_IN_AGAIN));
    }

    /** A token for a form on this reviewer's page. */
    public String token(Context ctx) {
        return tokens.issue(purpose(ctx));
    }

    public void checkToken(Context ctx) {
        checkToken(ctx, "");
    }

    /** A token for a form of this session that also carries {@code bound} (a value the form posts back). */
    public String token(Context ctx, String bound) {
        return tokens.issue(purpose(ctx) + bound);
    }

    public void checkToken(Context ctx, String bound) {
        if (tokens.check(ctx.formParam("token"), purpose(ctx) + bound) != FormTokens.Check.OK) {
            throw new HttpError(403, "表单已失效，刚才的操作没有保存", back(ctx));
        }
    }

    /**
     * The browser's pre-session name for sign-in forms: the cookie's value, set now when the browser has none.
     * Random, HttpOnly, SameSite=Strict; it grants nothing by itself.
     */
    public String preSession(Context ctx) {
        String value = ctx.cookie(PRE_SESSION_COOKIE);
        if (value != null && value.length() == 43) return SessionStore.fingerprint(value);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ctx.header("Set-Cookie", PRE_SESSION_COOKIE + "=" + value + "; Path=/; HttpOnly; Secure; SameSite=Strict");
        return SessionStore.fingerprint(value);
    }

    /** The pre-session of a posted sign-in form, or null when the browser sent none. */
    public static String postedPreSession(Context ctx) {
        String value = ctx.cookie(PRE_SESSION_COOKIE);
        return value == null || value.length() != 43 ? null : SessionStore.fingerprint(value);
    }

    public FormTokens tokens() {
        return tokens;
    }

    /**
     * Back to the page the stale form was on (the Referer, when it is a reviewer page of this site), else the start
     * page: reloading it gives fresh forms.
     */
    private static HttpError.Link back(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith("/review/") && !path.startsWith("/review/login")
                        && path.matches("[A-Za-z0-9/._-]{1,200}") && (uri.getHost() == null
                        || uri.getHost().equalsIgnoreCase(hostOnly(ctx.header("Host"))))) {
                    return new HttpError.Link(path, "重新打开刚才的页面（表单将刷新）");
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall through to the start page
            }
        }
        return new HttpError.Link("/review/", "回到审核工作台");
    }

    private static String hostOnly(String host) {
        if (host == null) return "";
        int colon = host.lastIndexOf(':');
        return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
    }

    private static final HttpError.Link LOG_IN_AGAIN = new HttpError.Link("/review/login", "重新登录");

    private static String purpose(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        return "review:" + (cookie == null ? "-" : SessionStore.fingerprint(cookie));
    }
}
