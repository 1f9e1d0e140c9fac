package cn.rxzf.portal.web.auth;

import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Redirect;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;

/**
 * The signed-in reviewer of a request, and the session-bound form tokens of reviewers' forms. Every reviewer route
 * of every feature goes through here.
 */
public final class ReviewerAuth {
    public static final String COOKIE = "__Host-rxzf_session";
    private final SessionStore sessions;
    /** Reviewers' forms: bound to the session, no minimum age (people click fast), valid for a session's life. */
    private final FormTokens tokens;

    public ReviewerAuth(Services services) {
        this.sessions = new SessionStore(services.jdbi(), services.clock());
        this.tokens = new FormTokens(services.keys(), services.clock(), java.time.Duration.ZERO, SessionStore.LIFETIME);
    }

    public SessionStore sessions() {
        return sessions;
    }

    /** The signed-in reviewer; otherwise a redirect to sign in (GET) or 403 (anything else). */
    public Reviewer require(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        return sessions.find(ctx.cookie(COOKIE)).orElseThrow(() -> ctx.method().toString().equals("GET")
                ? new Redirect("/review/login") : new HttpError(403, "登录已过期，刚才的操作没有保存", LOG_IN_AGAIN));
    }

    /** A token for a form on this reviewer's page. */
    public String token(Context ctx) {
        return tokens.issue(purpose(ctx));
    }

    public void checkToken(Context ctx) {
        if (tokens.check(ctx.formParam("token"), purpose(ctx)) != FormTokens.Check.OK) {
            throw new HttpError(403, "表单已失效，刚才的操作没有保存", back(ctx));
        }
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
