package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.FormTokens;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Redirect;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.Uploads;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTTP for the application ({@link CreditService}): one question per page, the attachments, the commitment, the
 * check-your-answers page, submission and the receipt. A refused answer or file shows its page again with the
 * message, everything entered so far kept.
 */
public final class ApplicationController {
    static final String START_FORM = "credit-start";
    /** The page that tells an applicant at once that the record cannot be repaired now, and what to do instead. */
    static final String VERDICT = "verdict";
    /** The pages whose answers decide eligibility: after them the applicant learns at once when they cannot apply. */
    private static final Set<String> DECIDING = Set.of("record", "decision");
    private final Services services;
    private final CreditService credit;
    private final ApplicantPages pages;

    public ApplicationController(Services services, CreditService credit) {
        this.services = services;
        this.credit = credit;
        this.pages = new ApplicantPages(services, credit);
    }

    public void begin(Context ctx) {
        if (services.tokens().check(ctx.formParam("token"), START_FORM) == FormTokens.Check.INVALID) {
            throw new HttpError(403, "表单校验未通过，请从信用修复首页开始申请",
                    new HttpError.Link("/credit/", "回到信用修复首页"));
        }
        String token = credit.startDraft(services.clientHash(ctx));
        ApplicantPages.setCookie(ctx, ApplicantPages.DRAFT_COOKIE, token, CreditService.DRAFT_LIFETIME);
        ctx.redirect("/credit/apply/" + ApplicationForm.ORDER.get(0), HttpStatus.SEE_OTHER);
    }

    public void showStep(Context ctx) throws Exception {
        RepairApplication a = pages.draft(ctx);
        String step = ctx.pathParam("step");
        switch (step) {
            case "files" -> files(ctx, 200, a, null);
            case "commitment" -> commitment(ctx, 200, a, null);
            case "check" -> check(ctx, 200, a, List.of());
            case VERDICT -> verdict(ctx, a);
            default -> question(ctx, 200, step, ApplicationForm.values(a), List.of());
        }
    }

    public void answerStep(Context ctx) throws Exception {
        RepairApplication a = pages.draft(ctx);
        pages.checkOwnToken(ctx, ApplicantPages.DRAFT_COOKIE);
        String step = ctx.pathParam("step");
        if (step.equals("commitment")) {
            if (!"yes".equals(ctx.formParam("commit"))) {
                commitment(ctx, 400, a, "请阅读信用承诺并勾选同意");
                return;
            }
            credit.commit(a);
            next(ctx, step);
            return;
        }
        ApplicationForm.Step s = ApplicationForm.step(step, credit.content());
        if (s == null) throw HttpError.notFound();
        Map<String, String> values = new HashMap<>();
        for (var f : s.fields()) values.put(f.name(), FormText.cut(ctx.formParam(f.name()), 200));
        List<FieldError> errors = credit.answer(a, step, values);
        if (!errors.isEmpty() || ApplicationForm.classUnknown(step, values)) {
            question(ctx, errors.isEmpty() ? 200 : 400, step, values, errors);
            return;
        }
        if (DECIDING.contains(step) && credit.stop(pages.draft(ctx)) != null) {
            ctx.redirect("/credit/apply/" + VERDICT, HttpStatus.SEE_OTHER);
            return;
        }
        next(ctx, step);
    }

    public void upload(Context ctx) throws Exception {
        RepairApplication a = pages.draft(ctx);
        pages.checkOwnToken(ctx, ApplicantPages.DRAFT_COOKIE);
        CreditService.Refusal refusal;
        try {
            refusal = credit.attach(a, Uploads.one(ctx, "file"), services.clientHash(ctx));
        } catch (Uploads.Refused e) {
            refusal = CreditService.Refusal.of(e);
        }
        if (refusal != null) {
            if (refusal.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(refusal.retryAfterSeconds()));
            files(ctx, refusal.status(), a, refusal.message());
            return;
        }
        ctx.redirect("/credit/apply/files" + (fromCheck(ctx) ? "?from=check" : ""), HttpStatus.SEE_OTHER);
    }

    public void deleteFile(Context ctx) {
        RepairApplication a = pages.draft(ctx);
        pages.checkOwnToken(ctx, ApplicantPages.DRAFT_COOKIE);
        long fileId;
        try {
            fileId = Long.parseLong(ctx.pathParam("fileId"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
        credit.detach(a, fileId);
        ctx.redirect("/credit/apply/files" + (fromCheck(ctx) ? "?from=check" : ""), HttpStatus.SEE_OTHER);
    }

    public void submit(Context ctx) throws Exception {
        RepairApplication a = pages.draft(ctx);
        pages.checkOwnToken(ctx, ApplicantPages.DRAFT_COOKIE);
        CreditService.Submitted s = credit.submit(a);
        if (s.missingStep() != null) {
            ctx.redirect("/credit/apply/" + s.missingStep(), HttpStatus.SEE_OTHER);
            return;
        }
        if (s.reference() == null) {
            check(ctx, 400, a, s.reasons().stream().map(r -> new FieldError("record_class", r)).toList());
            return;
        }
        ApplicantPages.setCookie(ctx, ApplicantPages.DRAFT_COOKIE, "", java.time.Duration.ZERO);
        ApplicantPages.setCookie(ctx, ApplicantPages.RECEIPT_COOKIE, credit.receipt(s), ApplicantTickets.RECEIPT_LIFETIME);
        ctx.redirect("/credit/receipt", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /credit/receipt}: the reference and query code of the application just submitted, for as long as
     * the receipt cookie lives — a reload or a print shows them again. The code is in the cookie only encrypted.
     */
    public void receipt(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex");
        var receipt = credit.openReceipt(ctx.cookie(ApplicantPages.RECEIPT_COOKIE)).orElseThrow(() -> new HttpError(404,
                "回执已过期：申请编号和查询码只在提交后 24 小时内显示",
                new HttpError.Link("/credit/status", "凭申请编号和查询码查询申请")));
        RepairApplication a = receipt.getKey();
        pages.page(ctx, 200, "credit-confirmation.peb", "/credit/receipt", Vars.of("reference", a.reference(),
                "queryCode", receipt.getValue(), "application", a));
    }

    private void next(Context ctx, String step) {
        String after = fromCheck(ctx) ? "check" : ApplicationForm.ORDER.get(ApplicationForm.ORDER.indexOf(step) + 1);
        ctx.redirect("/credit/apply/" + after, HttpStatus.SEE_OTHER);
    }

    /** Whether the page was opened by a 修改 link of the check-your-answers page ({@code ?from=check}): it goes back there. */
    private static boolean fromCheck(Context ctx) {
        return "check".equals(ctx.queryParam("from"));
    }

    /** The templates' {@code from}: "check" or empty. */
    private static String from(Context ctx) {
        return fromCheck(ctx) ? "check" : "";
    }

    private void question(Context ctx, int status, String step, Map<String, String> values, List<FieldError> errors)
            throws Exception {
        ApplicationForm.Step s = ApplicationForm.step(step, credit.content());
        if (s == null) throw HttpError.notFound();
        int index = ApplicationForm.ORDER.indexOf(step);
        pages.page(ctx, status, "credit-step.peb", "/credit/apply/" + step, Vars.of("step", s, "values", values,
                "errors", errors, "number", index + 1, "steps", ApplicationForm.ORDER.size(),
                "whereTheClassIs", ApplicationForm.classUnknown(step, values) ? ApplicationForm.WHERE_THE_CLASS_IS : "",
                "from", from(ctx),
                "back", fromCheck(ctx) ? "/credit/apply/check"
                        : index == 0 ? "/credit/" : "/credit/apply/" + ApplicationForm.ORDER.get(index - 1)));
    }

    /** The files page; while the answers do not allow files, it says why instead of offering the upload form. */
    private void files(Context ctx, int status, RepairApplication a, String error) throws Exception {
        CreditService.Refusal blocked = credit.notAttachable(a);
        String notYet = blocked == null ? null : blocked.message();
        pages.page(ctx, status, "credit-files.peb", "/credit/apply/files", Vars.of("application", a,
                "error", notYet != null && notYet.equals(error) ? null : error, "maxFiles", CreditService.MAX_FILES,
                "blocked", notYet, "from", from(ctx)));
    }

    /** The applicant cannot apply now: why, and what they can do instead; without such answers, the next question. */
    private void verdict(Context ctx, RepairApplication a) throws Exception {
        CreditService.Stop stop = credit.stop(a);
        if (stop == null) throw new Redirect("/credit/apply/" + ApplicationForm.firstUnanswered(a));
        pages.page(ctx, 200, "credit-verdict.peb", "/credit/apply/" + VERDICT, Vars.of("stop", stop, "application", a));
    }

    private void commitment(Context ctx, int status, RepairApplication a, String error) throws Exception {
        pages.page(ctx, status, "credit-commitment.peb", "/credit/apply/commitment", Vars.of("application", a, "error", error,
                "from", from(ctx)));
    }

    private void check(Context ctx, int status, RepairApplication a, List<FieldError> errors) throws Exception {
        pages.page(ctx, status, "credit-check.peb", "/credit/apply/check", Vars.of("errors", errors,
                "rows", AnswerRows.of(a, credit.content())));
    }
}
