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
                ? new Redirect("/review/login") : new HttpError(403, "请先登录"));
    }

    /** A token for a form on this reviewer's page. */
    public String token(Context ctx) {
        return tokens.issue(purpose(ctx));
    }

    public void checkToken(Context ctx) {
        if (tokens.check(ctx.formParam("token"), purpose(ctx)) != FormTokens.Check.OK) {
            throw new HttpError(403, "表单已失效，请刷新页面后重试");
        }
    }

    public FormTokens tokens() {
        return tokens;
    }

    private static String purpose(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        return "review:" + (cookie == null ? "-" : SessionStore.fingerprint(cookie));
    }
}
