package cn.rxzf.portal.commitments;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.PartyCodes;
import cn.rxzf.portal.web.RateLimiter.Limit;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.SignedTickets;
import cn.rxzf.portal.web.Uploads;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The party's side of a commitment ({@code /commitments/}): open it with the code and the ID's last six characters,
 * read it with its legal basis, sign it (a typed name, a tick per promise, the time recorded), upload evidence of
 * correction before the due date, and print the signed copy. After opening, a signed ticket cookie (an hour) names
 * the commitment, so no code, name or number ever goes into a URL; every page is {@code no-store}.
 */
public final class CommitmentController {
    public static final int MAX_FILES = 10;
    static final String TICKET_COOKIE = "__Host-rxzf_commitment";
    private static final String TICKET = "commitment";
    private static final String OPEN_FORM = "commitment-open";
    private static final Duration TICKET_LIFETIME = Duration.ofHours(1);
    /** One answer for a wrong code and a wrong tail. */
    static final String NOT_FOUND = "验证码或证件号码后 6 位不正确，请核对告知书后重新输入";
    private static final HttpError.Link OPEN_AGAIN = new HttpError.Link("/commitments/", "重新输入验证码");

    private final Services services;
    private final Commitments commitments;
    /** The forms of an opened commitment: bound to its ticket, no minimum age. */
    private final FormTokens ownTokens;
    private final SignedTickets tickets;

    public CommitmentController(Services services, Commitments commitments) {
        this.services = services;
        this.commitments = commitments;
        this.ownTokens = new FormTokens(services.keys(), services.clock(), Duration.ZERO, TICKET_LIFETIME);
        this.tickets = new SignedTickets(services.keys(), services.clock());
    }

    public void openForm(Context ctx) throws Exception {
        openPage(ctx, 200, "", "", List.of());
    }

    public void open(Context ctx) throws Exception {
        String code = FormText.of(ctx, "code", 30);
        String tail = FormText.of(ctx, "id_tail", 20);
        switch (services.tokens().check(ctx.formParam("token"), OPEN_FORM)) {
            case OK -> { }
            case TOO_FAST -> {
                openPage(ctx, 400, code, tail, List.of(new FieldError("code", "提交过快，请稍候几秒再提交")));
                return;
            }
            case EXPIRED, INVALID -> {
                openPage(ctx, 403, code, tail, List.of(new FieldError("code", "表单已失效，请重新提交")));
                return;
            }
        }
        List<FieldError> errors = new ArrayList<>();
        if (PartyCodes.normalise(code).isEmpty()) errors.add(new FieldError("code", "请填写告知书上的验证码"));
        if (CommitmentForm.normaliseTail(tail).isEmpty()) {
            errors.add(new FieldError("id_tail", "请填写统一社会信用代码或身份证号码的最后 6 位"));
        }
        if (!errors.isEmpty()) {
            openPage(ctx, 400, code, tail, errors);
            return;
        }
        // Every attempt counts, per client; never per code alone (whoever saw a notice must not lock its party out).
        String client = services.clientHash(ctx);
        if (!services.limits().allow(List.of(new Limit("commitment-open:" + client, 10, Duration.ofMinutes(10))))) {
            throw HttpError.tooManyRequests("尝试次数过多，请 10 分钟后再试", 600);
        }
        Commitment c = commitments.open(code, tail).orElse(null);
        if (c == null) {
            openPage(ctx, 404, code, tail, List.of(new FieldError("code", NOT_FOUND)));
            return;
        }
        ctx.header("Set-Cookie", TICKET_COOKIE + "=" + tickets.issue(TICKET, c.reference(), TICKET_LIFETIME)
                + "; Path=/; Max-Age=" + TICKET_LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict");
        ctx.redirect("/commitments/view", HttpStatus.SEE_OTHER);
    }

    public void view(Context ctx) throws Exception {
        Commitment c = ticketed(ctx);
        String notice = switch (String.valueOf(ctx.queryParam("done"))) {
            case "signed" -> "承诺书已签署";
            case "uploaded" -> "材料已上传";
            default -> null;
        };
        show(ctx, 200, c, Map.of(), List.of(), null, notice);
    }

    public void sign(Context ctx) throws Exception {
        Commitment c = ticketed(ctx);
        if (!c.status().equals("issued")) throw new HttpError(409, "承诺书已签署或已处理，不能再次签署", VIEW);
        if (!c.acceptsFrom(services.today())) throw new HttpError(409, "纠正期限已过，不能再签署；请与执法部门联系", VIEW);
        String name = FormText.of(ctx, "signed_name", 120);
        List<String> promises = CommitmentTerms.promises(c);
        Map<String, String> values = new HashMap<>();
        values.put("signed_name", name);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 1; i <= promises.size(); i++) {
            boolean ticked = "yes".equals(ctx.formParam("promise_" + i));
            values.put("promise_" + i, ticked ? "yes" : "");
            if (!ticked) errors.add(new FieldError("promise_" + i, "请阅读第 " + i + " 项承诺并勾选"));
        }
        FormTokens.Refusal refused = FormTokens.Refusal.of(ownTokens.check(ctx.formParam("token"), purpose(ctx)), "承诺书页面");
        if (refused != null) {
            show(ctx, refused.status(), c, values, List.of(new FieldError(null, refused.message())), null, null);
            return;
        }
        if (name.isEmpty()) errors.add(new FieldError("signed_name", "请输入签署人姓名"));
        else if (name.codePointCount(0, name.length()) > 50) errors.add(new FieldError("signed_name", "姓名不能超过 50 字"));
        if (!errors.isEmpty()) {
            show(ctx, 400, c, values, errors, null, null);
            return;
        }
        if (!commitments.store().sign(c.id(), name, promises, services.clock().instant())) {
            throw new HttpError(409, "承诺书已签署或已处理，不能再次签署", VIEW);
        }
        ctx.redirect("/commitments/view?done=signed", HttpStatus.SEE_OTHER);
    }

    public void upload(Context ctx) throws Exception {
        Commitment c = ticketed(ctx);
        FormTokens.Refusal stale = FormTokens.Refusal.of(ownTokens.check(ctx.formParam("token"), purpose(ctx)), "承诺书页面");
        if (stale != null) {
            show(ctx, stale.status(), c, Map.of(), List.of(), "页面已过期或已失效，文件未保存：请重新选择文件上传", null);
            return;
        }
        if (!c.isSigned() || !c.acceptsFrom(services.today())) {
            throw new HttpError(409, c.isSigned() ? "已过纠正期限或已处理，不能再上传材料" : "请先签署承诺书", VIEW);
        }
        if (c.files().size() >= MAX_FILES) {
            show(ctx, 400, c, Map.of(), List.of(), "附件最多 " + MAX_FILES + " 个", null);
            return;
        }
        Uploads.Upload f;
        try {
            f = Uploads.one(ctx, "file");
        } catch (Uploads.Refused refused) {
            show(ctx, refused.status, c, Map.of(), List.of(), refused.getMessage(), null);
            return;
        }
        commitments.store().addFile(c.id(), f.name(), f.contentType(), f.data(), f.sha256());
        ctx.redirect("/commitments/view?done=uploaded", HttpStatus.SEE_OTHER);
    }

    /** The signed commitment as a page to print (or save as PDF from the browser's print dialog). */
    public void print(Context ctx) throws Exception {
        Commitment c = ticketed(ctx);
        if (!c.isSigned()) throw new HttpError(409, "签署后才能打印承诺书", VIEW);
        services.site().respond(ctx, 200, "commitment-print.peb", "/commitments/print", vars(c));
    }

    private static final HttpError.Link VIEW = new HttpError.Link("/commitments/view", "回到承诺书");

    /** The commitment's page; {@code values}: what the sign form had typed (empty fields need not be given). */
    private void show(Context ctx, int status, Commitment c, Map<String, String> values, List<FieldError> errors,
                      String uploadError, String notice) throws Exception {
        Map<String, Object> vars = vars(c);
        Map<String, String> typed = new HashMap<>(values);
        typed.putIfAbsent("signed_name", "");
        for (int i = 1; i <= CommitmentTerms.promises(c).size(); i++) typed.putIfAbsent("promise_" + i, "");
        vars.put("values", typed);
        vars.put("errors", errors);
        vars.put("uploadError", uploadError);
        vars.put("notice", notice);
        vars.put("maxFiles", MAX_FILES);
        vars.put("open", c.acceptsFrom(services.today()));
        vars.put("token", ownTokens.issue(purpose(ctx)));
        services.site().respond(ctx, status, "commitment.peb", "/commitments/view", vars);
    }

    private Map<String, Object> vars(Commitment c) {
        Content content = services.site().content();
        return Vars.of("commitment", c, "promises", CommitmentTerms.promises(c),
                "item", CommitmentTerms.item(content, c), "basis", CommitmentTerms.basis(content, c),
                "article", CommitmentTerms.ARTICLE, "articleText", CommitmentTerms.article(content),
                "articleUrl", CommitmentTerms.articleUrl(content), "department", content.departments.get(c.department()),
                "provisional", Commitments.provisional(content.calendar, c),
                "today", services.today());
    }

    private void openPage(Context ctx, int status, String code, String tail, List<FieldError> errors) throws Exception {
        services.site().respond(ctx, status, "commitment-open.peb", "/commitments/", Vars.of("values",
                Map.of("code", code, "id_tail", tail), "errors", errors, "token", services.tokens().issue(OPEN_FORM)));
    }

    private Commitment ticketed(Context ctx) {
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex");
        SignedTickets.Opened t = tickets.open(TICKET, ctx.cookie(TICKET_COOKIE));
        if (t.expired()) throw new HttpError(403, "页面已过期，请重新输入验证码", OPEN_AGAIN);
        if (!t.ok()) throw new HttpError(403, "请先输入告知书上的验证码", OPEN_AGAIN);
        return commitments.store().byReference(t.value()).orElseThrow(() -> new HttpError(404, "承诺书不存在或已按规定删除", OPEN_AGAIN));
    }

    private static String purpose(Context ctx) {
        return FormTokens.boundTo("commitment-form", ctx.cookie(TICKET_COOKIE));
    }

}
