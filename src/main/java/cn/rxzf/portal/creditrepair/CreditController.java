package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.web.Redirect;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.common.Sha256;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.WorkingDays;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.SignedTickets;
import cn.rxzf.portal.web.Uploads;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.RateLimiter.Limit;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The applicant's side of credit repair: eligibility, the application one question per page, attachments, the
 * check-your-answers page, submission, and the status page by reference number and query code. The draft is held
 * in the database behind a random cookie (SameSite=Strict, so other sites cannot post into it); nothing personal
 * ever goes into a URL, and every page that shows an application is {@code no-store}.
 */
public final class CreditController {
    public static final int MAX_FILES = 10;
    static final String DRAFT_COOKIE = "__Host-rxzf_apply";
    static final String STATUS_COOKIE = "__Host-rxzf_status";
    private static final String STATUS_LOOKUP = "credit-status";
    static final String RECEIPT_COOKIE = "__Host-rxzf_receipt";
    static final Duration RECEIPT_LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Services services;
    private final RepairStore store;
    /**
     * The applicant's forms: bound to the draft cookie (or, on the status page, to the status ticket), so a form
     * posted without the page it came from is refused; no minimum age (the browser already holds the cookie).
     */
    private final FormTokens ownTokens;
    private final SignedTickets tickets;

    private static final HttpError.Link STATUS_FORM = new HttpError.Link("/credit/status", "重新查询申请");

    public CreditController(Services services, RepairStore store) {
        this.services = services;
        this.store = store;
        this.tickets = new SignedTickets(services.keys(), services.clock());
        this.ownTokens = new FormTokens(services.keys(), services.clock(), Duration.ZERO, Duration.ofDays(1));
    }

    // ---- start and eligibility ----

    public void start(Context ctx) throws Exception {
        page(ctx, 200, "credit-start.peb", "/credit/", Vars.of("rules", rules(), "token", services.tokens().issue("credit-start")));
    }

    public void eligibility(Context ctx) throws Exception {
        Map<String, Object> vars = Vars.of("rules", rules(), "result", null, "deadlines", null, "errors", List.of(),
                "values", Map.of("class", "", "decided", "", "corrected", "", "performed", ""));
        if (ctx.queryParam("class") != null) {
            Map<String, String> v = new HashMap<>();
            for (String k : List.of("class", "decided", "corrected", "performed")) v.put(k, limit(ctx.queryParam(k), 20));
            List<FieldError> errors = new java.util.ArrayList<>();
            if (rules().classNamed(v.get("class")) == null) errors.add(new FieldError("class", "请选择失信信息类别"));
            LocalDate decided = null;
            try {
                decided = LocalDate.parse(v.get("decided"));
                if (decided.isAfter(today())) errors.add(new FieldError("decided", "处罚决定日期不能晚于今天"));
            } catch (RuntimeException e) {
                errors.add(new FieldError("decided", "请按 YYYY-MM-DD 填写处罚决定日期"));
            }
            for (String k : List.of("corrected", "performed")) {
                if (!"yes".equals(v.get(k)) && !"no".equals(v.get(k))) errors.add(new FieldError(k, "请回答此问题"));
            }
            vars.put("values", v);
            vars.put("errors", errors);
            boolean json = "json".equals(ctx.queryParam("format"))
                    || cn.rxzf.portal.web.ErrorPages.acceptsJson(ctx.header("Accept"));
            if (errors.isEmpty()) {
                Eligibility.Result result = Eligibility.check(rules(), new Eligibility.Facts(v.get("class"), decided,
                        v.get("corrected").equals("yes"), v.get("performed").equals("yes")), today());
                Map<String, Object> deadlines = deadlines();
                vars.put("result", result);
                vars.put("deadlines", deadlines);
                if (json) {
                    ctx.header("Cache-Control", "no-store").header("Vary", "Accept").json(eligibilityJson(result, deadlines));
                    return;
                }
            } else {
                ctx.status(400);
                if (json) {
                    List<Map<String, String>> list = new java.util.ArrayList<>();
                    for (FieldError e : errors) list.add(Map.of("param", e.field(), "message", e.message()));
                    services.errors().problem(ctx, 400, "回答不完整或者格式不正确", Map.of("errors", list));
                    return;
                }
            }
        }
        page(ctx, ctx.statusCode(), "credit-eligibility.peb", "/credit/eligibility", vars);
    }

    /** The deadlines of an application made today: acceptance and decision, in working days, and whether provisional. */
    private Map<String, Object> deadlines() {
        WorkingDays days = new WorkingDays(content().calendar);
        LocalDate acceptance = days.addWorkingDays(today(), rules().acceptanceDays());
        LocalDate decision = days.addWorkingDays(today(), rules().decisionDays());
        Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("received", today().toString());
        d.put("acceptance", acceptance.toString());
        d.put("decision", decision.toString());
        d.put("provisional", !days.covers(today(), decision));
        return d;
    }

    private static Map<String, Object> eligibilityJson(Eligibility.Result r, Map<String, Object> deadlines) {
        Map<String, Object> j = new java.util.LinkedHashMap<>();
        j.put("verdict", r.verdict().name());
        j.put("class", r.creditClass().name());
        j.put("reasons", r.reasons());
        j.put("earliest", r.earliest().toString());
        j.put("minLastDay", r.minLastDay() == null ? null : r.minLastDay().toString());
        j.put("maxLastDay", r.publicityEnds().toString());
        List<Map<String, Object>> trace = new java.util.ArrayList<>();
        for (Eligibility.Step st : r.trace()) {
            trace.add(Map.of("fact", st.fact(), "article", Map.of("cite", st.rule().cite(), "text", st.rule().text()),
                    "result", st.result()));
        }
        j.put("trace", trace);
        j.put("deadlines", deadlines);
        return j;
    }

    // ---- the application ----

    public void begin(Context ctx) {
        if (services.tokens().check(ctx.formParam("token"), "credit-start") == FormTokens.Check.INVALID) {
            throw new HttpError(403, "表单校验未通过，请从信用修复首页开始申请",
                    new HttpError.Link("/credit/", "回到信用修复首页"));
        }
        String client = services.keys().clientHash(services.clients().of(ctx));
        if (!services.limits().allow(List.of(new Limit("credit-start:" + client, 20, Duration.ofHours(1))))) {
            throw new HttpError(429, "申请过于频繁，请稍后再试");
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        store.createDraft(hash(cookie));
        ctx.header("Set-Cookie", DRAFT_COOKIE + "=" + cookie + "; Path=/; Max-Age=86400; HttpOnly; Secure; SameSite=Strict");
        ctx.redirect("/credit/apply/company", HttpStatus.SEE_OTHER);
    }

    public void showStep(Context ctx) throws Exception {
        RepairApplication a = draft(ctx);
        String step = ctx.pathParam("step");
        switch (step) {
            case "files" -> files(ctx, 200, a, null);
            case "commitment" -> page(ctx, 200, "credit-commitment.peb", "/credit/apply/commitment",
                    Vars.of("application", a, "error", null));
            case "check" -> check(ctx, 200, a, List.of());
            default -> question(ctx, 200, step, a, ApplicationForm.values(a), List.of());
        }
    }

    public void answerStep(Context ctx) throws Exception {
        RepairApplication a = draft(ctx);
        checkOwnToken(ctx, DRAFT_COOKIE);
        String step = ctx.pathParam("step");
        if (step.equals("commitment")) {
            if (!"yes".equals(ctx.formParam("commit"))) {
                page(ctx, 400, "credit-commitment.peb", "/credit/apply/commitment",
                        Vars.of("application", a, "error", "请阅读信用承诺并勾选同意"));
                return;
            }
            store.saveAnswers(a.id(), Map.of("commitment_at", services.clock().instant()));
            next(ctx, step);
            return;
        }
        if (ApplicationForm.step(step, content()) == null) throw HttpError.notFound();
        Map<String, String> values = new HashMap<>();
        for (var f : ApplicationForm.step(step, content()).fields()) values.put(f.name(), limit(ctx.formParam(f.name()), 200));
        ApplicationForm.Answer answer = ApplicationForm.check(step, values, content(), today());
        if (!answer.errors().isEmpty()) {
            question(ctx, 400, step, a, values, answer.errors());
            return;
        }
        store.saveAnswers(a.id(), answer.columns());
        next(ctx, step);
    }

    public void upload(Context ctx) throws Exception {
        RepairApplication a = draft(ctx);
        checkOwnToken(ctx, DRAFT_COOKIE);
        String error = receiveFile(ctx, a);
        if (error != null) {
            files(ctx, ctx.statusCode() == 200 ? 400 : ctx.statusCode(), a, error);
            return;
        }
        ctx.redirect("/credit/apply/files", HttpStatus.SEE_OTHER);
    }

    public void deleteFile(Context ctx) {
        RepairApplication a = draft(ctx);
        checkOwnToken(ctx, DRAFT_COOKIE);
        store.deleteFile(a.id(), fileId(ctx));
        ctx.redirect("/credit/apply/files", HttpStatus.SEE_OTHER);
    }

    public void submit(Context ctx) throws Exception {
        RepairApplication a = draft(ctx);
        checkOwnToken(ctx, DRAFT_COOKIE);
        String missing = ApplicationForm.firstUnanswered(a);
        if (!missing.equals("check")) {
            ctx.redirect("/credit/apply/" + missing, HttpStatus.SEE_OTHER);
            return;
        }
        Eligibility.Result eligible = Eligibility.check(rules(), new Eligibility.Facts(a.recordClass(), a.decisionDate(),
                a.corrected(), a.obligationsPerformed()), today());
        if (eligible.verdict() != Eligibility.Verdict.ELIGIBLE) {
            check(ctx, 400, a, eligible.reasons().stream().map(r -> new FieldError("record_class", r)).toList());
            return;
        }
        String reference = "XF" + today().toString().replace("-", "") + "-" + code(6);
        String queryCode = code(8);
        WorkingDays days = new WorkingDays(content().calendar);
        if (!store.submit(a.id(), reference, queryHash(reference, queryCode),
                days.addWorkingDays(today(), rules().acceptanceDays()), days.addWorkingDays(today(), rules().decisionDays()),
                services.clock().instant())) {
            throw new HttpError(409, "申请已提交，请勿重复提交");
        }
        ctx.res().addHeader("Set-Cookie", DRAFT_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
        ctx.res().addHeader("Set-Cookie", RECEIPT_COOKIE + "=" + receiptTicket(reference, queryCode) + "; Path=/; Max-Age="
                + RECEIPT_LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict");
        ctx.redirect("/credit/receipt", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /credit/receipt}: the reference and query code of the application just submitted, for as long as
     * the receipt cookie lives — a reload or a print shows them again. The code is in the cookie only encrypted.
     */
    public void receipt(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex");
        String[] ticket = openReceipt(ctx.cookie(RECEIPT_COOKIE));
        RepairApplication a = ticket == null ? null : store.byReference(ticket[0]).orElse(null);
        if (a == null) {
            throw new HttpError(404, "回执已过期：申请编号和查询码只在提交后 24 小时内显示",
                    new HttpError.Link("/credit/status", "凭申请编号和查询码查询申请"));
        }
        page(ctx, 200, "credit-confirmation.peb", "/credit/receipt", Vars.of("reference", a.reference(),
                "queryCode", ticket[1], "application", a));
    }

    private String receiptTicket(String reference, String queryCode) {
        return tickets.seal("credit-receipt", reference + "/" + queryCode, RECEIPT_LIFETIME);
    }

    /** Reference and query code from a receipt cookie, or null when it is missing, forged or expired. */
    private String[] openReceipt(String cookie) {
        String value = tickets.unseal("credit-receipt", cookie);
        return value == null ? null : value.split("/");
    }

    // ---- status ----

    public void statusForm(Context ctx) throws Exception {
        page(ctx, 200, "credit-status-form.peb", "/credit/status", Vars.of("error", null, "reference", "",
                "token", ownTokens.issue(STATUS_LOOKUP)));
    }

    public void status(Context ctx) throws Exception {
        String reference = limit(ctx.formParam("reference"), 40).strip().toUpperCase(java.util.Locale.ROOT);
        String code = limit(ctx.formParam("code"), 40).strip().toUpperCase(java.util.Locale.ROOT);
        switch (ownTokens.check(ctx.formParam("token"), STATUS_LOOKUP)) {
            case OK -> { }
            case TOO_FAST -> throw HttpError.badRequest("提交过快，请稍候几秒再查询");
            case EXPIRED, INVALID -> throw new HttpError(403, "表单已失效，请刷新查询页面后重试");
        }
        String client = services.keys().clientHash(services.clients().of(ctx));
        // Limited per client and per client and reference, never per reference alone: whoever knows a reference
        // number must not be able to lock its owner out of this page by guessing codes for it.
        if (!services.limits().allow(List.of(new Limit("credit-status:" + client, 20, Duration.ofMinutes(10)),
                new Limit("credit-status-ref:" + client + ":" + reference, 10, Duration.ofHours(1))))) {
            throw new HttpError(429, "查询过于频繁，请稍后再试");
        }
        RepairApplication a = lookup(reference, code);
        if (a == null) {
            page(ctx, 404, "credit-status-form.peb", "/credit/status",
                    Vars.of("error", "申请编号或查询码不正确", "reference", reference.matches("[A-Z0-9-]{1,40}") ? reference : "",
                            "token", ownTokens.issue(STATUS_LOOKUP)));
            return;
        }
        String ticket = statusTicket(a);
        ctx.attribute(STATUS_COOKIE, ticket);
        ctx.header("Set-Cookie", STATUS_COOKIE + "=" + ticket + "; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Strict");
        showStatus(ctx, 200, a, null);
    }

    /** More material, while the application is returned for it. */
    public void statusUpload(Context ctx) throws Exception {
        RepairApplication a = ticketed(ctx);
        checkOwnToken(ctx, STATUS_COOKIE);
        if (!a.status().equals("returned")) throw new HttpError(409, "当前状态下不能补充材料");
        String error = receiveFile(ctx, a);
        showStatus(ctx, error == null ? 200 : (ctx.statusCode() == 200 ? 400 : ctx.statusCode()),
                store.byReference(a.reference()).orElseThrow(), error);
    }

    public void resubmit(Context ctx) throws Exception {
        RepairApplication a = ticketed(ctx);
        checkOwnToken(ctx, STATUS_COOKIE);
        WorkingDays days = new WorkingDays(content().calendar);
        if (!store.transition(a.reference(), a.department(), java.util.Set.of("returned"), "submitted", null,
                days.addWorkingDays(today(), rules().acceptanceDays()), days.addWorkingDays(today(), rules().decisionDays()),
                services.clock().instant())) {
            throw new HttpError(409, "当前状态下不能重新提交");
        }
        showStatus(ctx, 200, store.byReference(a.reference()).orElseThrow(), null);
    }

    // ---- helpers ----

    private void next(Context ctx, String step) {
        String after = "check".equals(ctx.queryParam("from")) ? "check"
                : ApplicationForm.ORDER.get(ApplicationForm.ORDER.indexOf(step) + 1);
        ctx.redirect("/credit/apply/" + after, HttpStatus.SEE_OTHER);
    }

    /** Stores one uploaded file after every check; returns an error message (status set) or null. */
    private String receiveFile(Context ctx, RepairApplication a) throws IOException {
        Uploads.Received r = Uploads.receive(ctx, a.files().size(), MAX_FILES);
        ctx.status(r.status());
        if (r.error() != null) return r.error();
        Uploads.File f = r.file();
        store.addFile(a.id(), f.name(), f.contentType(), f.data(), Sha256.of(f.data()));
        return null;
    }

    private RepairApplication draft(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String cookie = ctx.cookie(DRAFT_COOKIE);
        if (cookie == null || cookie.length() != 43) throw new Redirect("/credit/");
        return store.draft(hash(cookie)).orElseThrow(() -> new Redirect("/credit/"));
    }

    private RepairApplication lookup(String reference, String code) {
        if (!reference.matches("XF\\d{8}-[2-9A-Z]{6}") || !code.matches("[2-9A-Z]{8}")) return null;
        byte[] stored = store.queryCodeHash(reference).orElse(null);
        if (stored == null || !MessageDigest.isEqual(stored, queryHash(reference, code))) return null;
        return store.byReference(reference).orElse(null);
    }

    /** A signed ticket naming the application, so the status page's own forms work for an hour without the code. */
    private String statusTicket(RepairApplication a) {
        return tickets.issue("status", a.reference(), Duration.ofHours(1));
    }

    private RepairApplication ticketed(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        SignedTickets.Opened t = tickets.open("status", ctx.cookie(STATUS_COOKIE));
        if (t.expired()) throw new HttpError(403, "查询已过期，请重新用申请编号和查询码查询", STATUS_FORM);
        if (!t.ok()) throw new HttpError(403, "请先用申请编号和查询码查询", STATUS_FORM);
        return store.byReference(t.value()).orElseThrow(() -> new HttpError(403, "请先用申请编号和查询码查询", STATUS_FORM));
    }

    private void showStatus(Context ctx, int status, RepairApplication a, String error) throws Exception {
        WorkingDays days = new WorkingDays(content().calendar);
        page(ctx, status, "credit-status.peb", "/credit/status", Vars.of("application", a, "today", today(), "error", error,
                "department", content().departments.get(a.department()),
                "provisional", a.due() != null && !days.covers(today(), a.due())));
    }

    private void question(Context ctx, int status, String step, RepairApplication a, Map<String, String> values,
                          List<FieldError> errors) throws Exception {
        ApplicationForm.Step s = ApplicationForm.step(step, content());
        if (s == null) throw HttpError.notFound();
        int index = ApplicationForm.ORDER.indexOf(step);
        page(ctx, status, "credit-step.peb", "/credit/apply/" + step, Vars.of("step", s, "values", values, "errors", errors,
                "number", index + 1, "steps", ApplicationForm.ORDER.size(), "from", "check".equals(ctx.queryParam("from")) ? "check" : "",
                "back", index == 0 ? "/credit/" : "/credit/apply/" + ApplicationForm.ORDER.get(index - 1)));
    }

    private void files(Context ctx, int status, RepairApplication a, String error) throws Exception {
        page(ctx, status, "credit-files.peb", "/credit/apply/files", Vars.of("application", a, "error", error,
                "maxFiles", MAX_FILES));
    }

    private void check(Context ctx, int status, RepairApplication a, List<FieldError> errors) throws Exception {
        page(ctx, status, "credit-check.peb", "/credit/apply/check", Vars.of("application", a, "errors", errors,
                "department", a.department() == null ? null : content().departments.get(a.department())));
    }

    /** The token of the page's own forms: the draft's, or the status ticket's (the lookup form passes its own). */
    private String formToken(Context ctx, String url) {
        if (url.startsWith("/credit/apply")) {
            String cookie = ctx.cookie(DRAFT_COOKIE);
            return cookie == null ? "" : ownTokens.issue(ownPurpose(DRAFT_COOKIE, cookie));
        }
        String ticket = ctx.attribute(STATUS_COOKIE) != null ? ctx.attribute(STATUS_COOKIE) : ctx.cookie(STATUS_COOKIE);
        return ticket == null ? "" : ownTokens.issue(ownPurpose(STATUS_COOKIE, ticket));
    }

    private void checkOwnToken(Context ctx, String cookieName) {
        String cookie = ctx.cookie(cookieName);
        if (cookie == null || ownTokens.check(ctx.formParam("token"), ownPurpose(cookieName, cookie)) != FormTokens.Check.OK) {
            throw new HttpError(403, "表单已失效，请刷新页面后重试");
        }
    }

    private static String ownPurpose(String cookieName, String cookie) {
        return FormTokens.boundTo(cookieName, cookie);
    }

    private void page(Context ctx, int status, String template, String url, Map<String, Object> vars) throws Exception {
        vars.putIfAbsent("token", formToken(ctx, url));
        services.site().respond(ctx, status, template, url, vars);
    }

    private Content content() {
        return services.site().content();
    }

    private cn.rxzf.portal.content.model.CreditRules rules() {
        if (content().creditRules == null) throw HttpError.notFound();
        return content().creditRules;
    }

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }

    private byte[] queryHash(String reference, String code) {
        return services.keys().sign("query-code|" + reference + "|" + code);
    }

    private static long fileId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("fileId"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
    }

    private static String code(int length) {
        return cn.rxzf.portal.common.RandomCodes.of(length);
    }

    static byte[] hash(String cookie) {
        return Sha256.of(cookie.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String limit(String s, int max) {
        if (s == null) return "";
        return s.length() > max ? s.substring(0, max) : s;
    }

}
