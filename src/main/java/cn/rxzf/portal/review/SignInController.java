package cn.rxzf.portal.review;

import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerAuth;
import cn.rxzf.portal.web.auth.ReviewerStore;
import cn.rxzf.portal.web.auth.SessionStore;
import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reviewers' sign-in: password (Argon2id in the bounded {@link PasswordPool}), then the TOTP code or a recovery code
 * when a second factor is enrolled. Guessing is slowed by {@link LoginThrottle}, never locked out; a browser that
 * signed in before carries a signed device cookie and is counted on its own. Every attempt is audited.
 */
public final class SignInController {
    static final String DEVICE_COOKIE = "__Host-rxzf_device";
    static final Duration DEVICE_LIFETIME = Duration.ofDays(90);
    private static final String WRONG = "用户名或密码不正确";
    private static final String WRONG_CODE = "验证码不正确或已使用过";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Services services;
    private final ReviewerAuth auth;
    private final ReviewerStore reviewers;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final PasswordPool pool;
    /** The second step's form: bound to the account and the pre-session, good for five minutes. */
    private final FormTokens secondStep;

    public SignInController(Services services, ReviewerAuth auth, PasswordPool pool) {
        this.services = services;
        this.auth = auth;
        this.reviewers = new ReviewerStore(services.jdbi());
        this.sessions = auth.sessions();
        this.audit = new AuditLog(services.jdbi());
        this.throttle = new LoginThrottle(services.jdbi(), services.clock());
        this.pool = pool;
        org.slf4j.LoggerFactory.getLogger(SignInController.class).info("sign-in pool: {} password hashes at once, {} more waiting",
                pool.threads(), pool.waiting());
        this.secondStep = new FormTokens(services.keys(), services.clock(), Duration.ZERO, Duration.ofMinutes(5));
    }

    public void form(Context ctx) throws Exception {
        passwordPage(ctx, 200, null);
    }

    public void login(Context ctx) throws Exception {
        String username = ctx.formParam("username") == null ? "" : ctx.formParam("username").strip();
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        String pre = ReviewerAuth.postedPreSession(ctx);
        if (pre == null || auth.tokens().check(ctx.formParam("token"), "login:" + pre) != FormTokens.Check.OK) {
            // A sign-in page left open too long (or posted from elsewhere): the form again, fresh, not a dead end.
            passwordPage(ctx, 403, "登录页面已过期，请重新输入用户名和密码");
            return;
        }
        if (!username.matches("[a-z0-9._-]{1,40}") || password.length() > 200) {
            passwordPage(ctx, 401, WRONG);
            return;
        }
        List<String> buckets = buckets(ctx, username);
        PasswordCheck check;
        try {
            // Admitted first: a sign-in the pool cannot take costs neither a query nor a hash.
            check = pool.admitted(() -> {
                waitOrGo(buckets);
                var found = reviewers.find(username);
                return new PasswordCheck(found, pool.hash(() -> found.isPresent()
                        ? Passwords.verify(password, found.get().passwordHash()) : Passwords.burn(password)));
            });
        } catch (PasswordPool.Busy e) {
            throw HttpError.tooManyRequests("登录人数过多，请稍后再试", 5);
        }
        var account = check.account();
        boolean ok = check.ok();
        if (!ok) {
            throttle.failed(buckets);
            audit.record(username, account.map(a -> a.reviewer().department()).orElse("?"), "login_failed", "-", services.clientHash(ctx), null);
            passwordPage(ctx, 401, WRONG);
            return;
        }
        Reviewer r = account.get().reviewer();
        if (account.get().encryptedTotpSecret() != null) {
            codePage(ctx, 200, r, pre, null);
            return;
        }
        signedIn(ctx, r, buckets, "login");
    }

    /** The second step: a TOTP code of the enrolled secret, or one of the recovery codes (each once). */
    public void code(Context ctx) throws Exception {
        String username = ctx.formParam("username") == null ? "" : ctx.formParam("username").strip();
        String pre = ReviewerAuth.postedPreSession(ctx);
        var account = username.matches("[a-z0-9._-]{1,40}") ? reviewers.find(username) : java.util.Optional.<ReviewerStore.Account>empty();
        if (pre == null || account.isEmpty() || account.get().encryptedTotpSecret() == null
                || secondStep.check(ctx.formParam("token"), purpose(account.get().reviewer(), pre)) != FormTokens.Check.OK) {
            throw new HttpError(403, "登录已超时，请重新输入用户名和密码");
        }
        Reviewer r = account.get().reviewer();
        List<String> buckets = buckets(ctx, username);
        waitOrGo(buckets);
        String submitted = ctx.formParam("code") == null ? "" : ctx.formParam("code").strip();
        boolean ok;
        String how;
        if (submitted.replace(" ", "").matches("\\d{" + Totp.DIGITS + "}")) {
            byte[] secret = secret(account.get().encryptedTotpSecret());
            OptionalLong step = Totp.matchingStep(secret, submitted, services.clock().instant());
            ok = step.isPresent() && reviewers.useStep(r.id(), step.getAsLong());
            how = "login";
        } else {
            ok = reviewers.useRecoveryCode(r.id(), recoveryHash(services, r.id(), submitted));
            how = "login_recovery_code";
        }
        if (!ok) {
            throttle.failed(buckets);
            audit.record(r.username(), r.department(), "login_failed", "-", services.clientHash(ctx), "second factor");
            codePage(ctx, 401, r, pre, WRONG_CODE);
            return;
        }
        signedIn(ctx, r, buckets, how);
    }

    private record PasswordCheck(java.util.Optional<ReviewerStore.Account> account, boolean ok) {}

    public void logout(Context ctx) {
        Reviewer r = auth.requireSession(ctx);
        auth.checkToken(ctx);
        sessions.delete(ctx.cookie(ReviewerAuth.COOKIE));
        audit.record(r.username(), r.department(), "logout", "-", services.clientHash(ctx), null);
        ctx.header("Set-Cookie", ReviewerAuth.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
        ctx.redirect("/review/login", HttpStatus.SEE_OTHER);
    }

    private void signedIn(Context ctx, Reviewer r, List<String> buckets, String action) {
        throttle.succeeded(buckets);
        String cookie = sessions.create(r.id());
        audit.record(r.username(), r.department(), action, "-", services.clientHash(ctx), null);
        ctx.res().addHeader("Set-Cookie", ReviewerAuth.COOKIE + "=" + cookie + "; Path=/; Max-Age="
                + SessionStore.LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict");
        ctx.res().addHeader("Set-Cookie", ReviewerAuth.PRE_SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
        ctx.res().addHeader("Set-Cookie", DEVICE_COOKIE + "=" + deviceCookie(r.username()) + "; Path=/review/; Max-Age="
                + DEVICE_LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict");
        ctx.redirect("/review/", HttpStatus.SEE_OTHER);
    }

    private void waitOrGo(List<String> buckets) {
        Duration wait = throttle.wait(buckets);
        if (!wait.isZero()) {
            throw HttpError.tooManyRequests("密码输错次数较多，为保护账号，请 " + waiting(wait)
                    + "后再登录；忘记密码的，请联系本站系统管理员重置", wait.toSeconds() + 1, BACK_TO_LOGIN);
        }
    }

    private static final HttpError.Link BACK_TO_LOGIN = new HttpError.Link("/review/login", "回到登录页");

    /** A wait as people say it: seconds under two minutes, whole minutes (rounded up) above. */
    private static String waiting(Duration wait) {
        long s = Math.max(1, wait.toSeconds());
        return s < 120 ? s + " 秒" : (s + 59) / 60 + " 分钟";
    }

    private List<String> buckets(Context ctx, String username) {
        return LoginThrottle.buckets(username, services.clientHash(ctx), knownDevice(ctx, username));
    }

    /** {@code username.nonce.expires.signature}: this browser signed in to this account before. */
    private String deviceCookie(String username) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String body = username + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "."
                + services.clock().instant().plus(DEVICE_LIFETIME).getEpochSecond();
        return body + "." + sign(body);
    }

    /** The device's nonce when its cookie is valid for {@code username}, else null. */
    private String knownDevice(Context ctx, String username) {
        String cookie = ctx.cookie(DEVICE_COOKIE);
        if (cookie == null || cookie.length() > 200) return null;
        int last = cookie.lastIndexOf('.');
        if (last < 0) return null;
        String body = cookie.substring(0, last);
        String[] p = body.split("\\.");
        if (p.length != 3 || !p[0].equals(username)) return null;
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                cookie.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) return null;
        try {
            if (Long.parseLong(p[2]) < services.clock().instant().getEpochSecond()) return null;
        } catch (NumberFormatException e) {
            return null;
        }
        return p[1];
    }

    private String sign(String body) {
        return HexFormat.of().formatHex(services.keys().sign("device|" + body), 0, 16);
    }

    private byte[] secret(byte[] encrypted) {
        return Totp.decodeBase32(services.keys().decrypt(encrypted));
    }

    /** The stored form of a recovery code: keyed, so a copy of the table does not give the codes. */
    static byte[] recoveryHash(Services services, long reviewerId, String code) {
        String normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return services.keys().sign("recovery-code|" + reviewerId + "|" + normal);
    }

    private static String purpose(Reviewer r, String pre) {
        return "second-factor:" + r.id() + ":" + pre;
    }

    private void passwordPage(Context ctx, int status, String error) throws Exception {
        String pre = auth.preSession(ctx);
        page(ctx, status, "review-login.peb", Vars.of("error", error, "username", "", "token",
                auth.tokens().issue("login:" + pre), "step", "password"));
    }

    private void codePage(Context ctx, int status, Reviewer r, String pre, String error) throws Exception {
        page(ctx, status, "review-login.peb", Vars.of("error", error, "username", r.username(),
                "token", secondStep.issue(purpose(r, pre)), "step", "code"));
    }

    private void page(Context ctx, int status, String template, Map<String, Object> vars) throws Exception {
        services.site().respond(ctx, status, template, ctx.path(), vars);
    }
}
