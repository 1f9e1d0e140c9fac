package cn.rxzf.portal.visits;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.RateLimiter.Limit;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.SignedTickets;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The party's side of a 行政回访 ({@code /visits/}): the code opens the questionnaire (a signed ticket cookie names the
 * visit for an hour, so the code is not in a URL), one answer per visit, then a receipt. The 廉洁自律 answer and a
 * complaint are said on the page to go to the department's supervisors, not to the officers named.
 */
public final class VisitController {
    static final String TICKET_COOKIE = "__Host-rxzf_visit";
    private static final String TICKET = "visit";
    private static final String OPEN_FORM = "visit-open";
    private static final Duration TICKET_LIFETIME = Duration.ofHours(1);
    static final String NOT_FOUND = "回访码不正确，或该回访已结束";
    private static final HttpError.Link OPEN_AGAIN = new HttpError.Link("/visits/", "重新输入回访码");

    private final Services services;
    private final Visits visits;
    private final SignedTickets tickets;
    private final FormTokens ownTokens;

    public VisitController(Services services, Visits visits) {
        this.services = services;
        this.visits = visits;
        this.tickets = new SignedTickets(services.keys(), services.clock());
        this.ownTokens = new FormTokens(services.keys(), services.clock(), Duration.ZERO, TICKET_LIFETIME);
    }

    public void openForm(Context ctx) throws Exception {
        openPage(ctx, 200, "", List.of());
    }

    public void open(Context ctx) throws Exception {
        String code = FormText.of(ctx, "code", 30);
        switch (services.tokens().check(ctx.formParam("token"), OPEN_FORM)) {
            case OK -> { }
            case TOO_FAST -> {
                openPage(ctx, 400, code, List.of(new FieldError("code", "提交过快，请稍候几秒再提交")));
                return;
            }
            case EXPIRED, INVALID -> {
                openPage(ctx, 403, code, List.of(new FieldError("code", "表单已失效，请重新提交")));
                return;
            }
        }
        if (code.isEmpty()) {
            openPage(ctx, 400, code, List.of(new FieldError("code", "请填写回访通知上的回访码")));
            return;
        }
        String client = services.clientHash(ctx);
        if (!services.limits().allow(List.of(new Limit("visit-open:" + client, 10, Duration.ofMinutes(10))))) {
            throw HttpError.tooManyRequests("尝试次数过多，请 10 分钟后再试", 600);
        }
        Visit v = visits.open(code).filter(x -> x.open(services.today())).orElse(null);
        if (v == null) {
            openPage(ctx, 404, code, List.of(new FieldError("code", NOT_FOUND)));
            return;
        }
        ctx.header("Set-Cookie", TICKET_COOKIE + "=" + tickets.issue(TICKET, v.reference(), TICKET_LIFETIME)
                + "; Path=/; Max-Age=" + TICKET_LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict");
        ctx.redirect("/visits/answer", HttpStatus.SEE_OTHER);
    }

    public void form(Context ctx) throws Exception {
        Visit v = ticketed(ctx);
        if (v.answered()) {
            receipt(ctx, v);
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String f : Questionnaire.FIELDS) values.put(f, "");
        questions(ctx, 200, v, values, List.of(), List.of());
    }

    public void submit(Context ctx) throws Exception {
        Visit v = ticketed(ctx);
        if (v.answered()) throw new HttpError(409, "该回访已经回答过，感谢您的意见", new HttpError.Link("/visits/answer", "查看回执"));
        if (!v.open(services.today())) throw new HttpError(409, "该回访已结束", OPEN_AGAIN);
        Map<String, String> values = new HashMap<>();
        for (String f : Questionnaire.FIELDS) {
            String s = FormText.of(ctx, f);
            values.put(f, s.length() > Questionnaire.MAX_TEXT + 100 ? s.substring(0, Questionnaire.MAX_TEXT + 100) : s);
        }
        List<String> helped = ctx.formParams("helped").stream().limit(10).toList();
        FormTokens.Refusal refused = FormTokens.Refusal.of(ownTokens.check(ctx.formParam("token"), purpose(ctx)), "回访问卷页面");
        if (refused != null) {
            questions(ctx, refused.status(), v, values, helped, List.of(new FieldError(null, refused.message())));
            return;
        }
        Questionnaire.Result r = Questionnaire.check(values, helped);
        if (!r.errors().isEmpty()) {
            questions(ctx, 400, v, values, helped, r.errors());
            return;
        }
        if (!visits.answer(v, r.filled(), services.site().content().calendar)) {
            throw new HttpError(409, "该回访已经回答过，感谢您的意见", new HttpError.Link("/visits/answer", "查看回执"));
        }
        ctx.redirect("/visits/answer", HttpStatus.SEE_OTHER);
    }

    private void receipt(Context ctx, Visit v) throws Exception {
        services.site().respond(ctx, 200, "visit-receipt.peb", "/visits/answer", Vars.of("visit", v,
                "department", services.site().content().departmentName(v.department())));
    }

    private void questions(Context ctx, int status, Visit v, Map<String, String> values, List<String> helped,
                           List<FieldError> errors) throws Exception {
        services.site().respond(ctx, status, "visit.peb", "/visits/answer", Vars.of("visit", v, "values", values,
                "helped", helped, "errors", errors, "token", ownTokens.issue(purpose(ctx)),
                "department", services.site().content().departmentName(v.department()),
                "corrected", Questionnaire.CORRECTED, "helpedOptions", Questionnaire.HELPED,
                "yesNo", Questionnaire.YES_NO, "scores", Questionnaire.SCORES, "maxText", Questionnaire.MAX_TEXT));
    }

    private void openPage(Context ctx, int status, String code, List<FieldError> errors) throws Exception {
        services.site().respond(ctx, status, "visit-open.peb", "/visits/", Vars.of("values", Map.of("code", code),
                "errors", errors, "token", services.tokens().issue(OPEN_FORM)));
    }

    private Visit ticketed(Context ctx) {
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex");
        SignedTickets.Opened t = tickets.open(TICKET, ctx.cookie(TICKET_COOKIE));
        if (t.expired()) throw new HttpError(403, "页面已过期，请重新输入回访码", OPEN_AGAIN);
        if (!t.ok()) throw new HttpError(403, "请先输入回访码", OPEN_AGAIN);
        return visits.store().byReference(t.value()).orElseThrow(() -> new HttpError(404, "回访不存在或已按规定删除", OPEN_AGAIN));
    }

    private static String purpose(Context ctx) {
        return FormTokens.boundTo("visit-form", ctx.cookie(TICKET_COOKIE));
    }

}
