package cn.rxzf.portal.review;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerAuth;
import cn.rxzf.portal.web.auth.ReviewerStore;
import cn.rxzf.portal.web.auth.SessionStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The reviewer's own page: enrolling the TOTP second factor. The page shows a new secret (base32 and the
 * {@code otpauth://} URI); the form posts it back with a token that signs it to this session, and it is stored
 * (encrypted) only once a code computed from it is right. Ten one-time recovery codes are shown once, and kept
 * only as keyed hashes. Resetting is the operator's ({@code reviewer totp-reset USER}).
 */
public final class AccountController {
    static final int RECOVERY_CODES = 10;

    private final Services services;
    private final ReviewerAuth auth;
    private final ReviewerStore reviewers;
    private final AuditLog audit;

    public AccountController(Services services, ReviewerAuth auth) {
        this.services = services;
        this.auth = auth;
        this.reviewers = new ReviewerStore(services.jdbi());
        this.audit = new AuditLog(services.jdbi());
    }

    public void page(Context ctx) throws Exception {
        Reviewer r = auth.requireSession(ctx);
        show(ctx, 200, r, r.secondFactor() ? null : Totp.base32(Totp.newSecret()), null, List.of());
    }

    public void enrol(Context ctx) throws Exception {
        Reviewer r = auth.requireSession(ctx);
        String secret = ctx.formParam("secret") == null ? "" : ctx.formParam("secret");
        auth.checkToken(ctx, ":enrol:" + secret);
        if (r.secondFactor()) {
            show(ctx, 409, r, null, "已启用两步验证；如需更换，请联系系统管理员重置", List.of());
            return;
        }
        OptionalLong step = Totp.matchingStep(Totp.decodeBase32(secret), ctx.formParam("code"), services.clock().instant());
        if (step.isEmpty()) {
            show(ctx, 400, r, secret, "验证码不正确，请核对手机时间后重新输入", List.of());
            return;
        }
        List<String> codes = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            hashes.add(SignInController.recoveryHash(services, r.id(), code));
        }
        reviewers.enrolSecondFactor(r.id(), services.keys().encrypt(secret), step.getAsLong(), hashes,
                SessionStore.hash(ctx.cookie(ReviewerAuth.COOKIE)));
        audit.record(r.username(), r.department(), "enrol_second_factor", "-",
                services.clientHash(ctx), null);
        show(ctx, 200, new Reviewer(r.id(), r.username(), r.department(), r.role(), true), null, null, codes);
    }

    private void show(Context ctx, int status, Reviewer r, String secret, String error, List<String> codes) throws Exception {
        Map<String, Object> vars = Vars.of("reviewer", r, "secret", secret, "error", error, "recoveryCodes", codes,
                "uri", secret == null ? null : Totp.uri("柔性执法公示平台", r.username(), Totp.decodeBase32(secret)),
                "enrolToken", secret == null ? null : auth.token(ctx, ":enrol:" + secret), "token", auth.token(ctx));
        services.site().respond(ctx, status, "review-account.peb", "/review/account", vars);
    }

    private static String recoveryCode() {
        String code = cn.rxzf.portal.common.RandomCodes.of(10);
        return code.substring(0, 5) + "-" + code.substring(5);
    }
}
