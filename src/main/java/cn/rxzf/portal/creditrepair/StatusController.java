package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.Uploads;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * HTTP for the status page ({@link CreditService}): the look-up by reference number and query code, which sets a
 * status ticket for an hour; more material and sending again while the application is returned for it.
 */
public final class StatusController {
    private static final String LOOKUP_FORM = "credit-status";
    private final Services services;
    private final CreditService credit;
    private final ApplicantPages pages;

    public StatusController(Services services, CreditService credit) {
        this.services = services;
        this.credit = credit;
        this.pages = new ApplicantPages(services, credit);
    }

    public void statusForm(Context ctx) throws Exception {
        pages.page(ctx, 200, "credit-status-form.peb", "/credit/status", Vars.of("error", null, "reference", "",
                "token", pages.tokens().issue(LOOKUP_FORM)));
    }

    public void status(Context ctx) throws Exception {
        String reference = FormText.cut(ctx.formParam("reference"), 40).strip().toUpperCase(Locale.ROOT);
        String code = FormText.cut(ctx.formParam("code"), 40).strip().toUpperCase(Locale.ROOT);
        switch (pages.tokens().check(ctx.formParam("token"), LOOKUP_FORM)) {
            case OK -> { }
            case TOO_FAST -> throw HttpError.badRequest("提交过快，请稍候几秒再查询");
            case EXPIRED, INVALID -> throw new HttpError(403, "表单已失效，请刷新查询页面后重试");
        }
        RepairApplication a = credit.lookup(reference, code, services.clientHash(ctx)).orElse(null);
        if (a == null) {
            pages.page(ctx, 404, "credit-status-form.peb", "/credit/status",
                    Vars.of("error", "申请编号或查询码不正确", "reference", reference.matches("[A-Z0-9-]{1,40}") ? reference : "",
                            "token", pages.tokens().issue(LOOKUP_FORM)));
            return;
        }
        String ticket = credit.statusTicket(a);
        ctx.attribute(ApplicantPages.STATUS_COOKIE, ticket);
        ApplicantPages.setCookie(ctx, ApplicantPages.STATUS_COOKIE, ticket, ApplicantTickets.STATUS_LIFETIME);
        show(ctx, 200, a, null);
    }

    /** More material, while the application is returned for it. */
    public void upload(Context ctx) throws Exception {
        RepairApplication a = pages.ticketed(ctx);
        pages.checkOwnToken(ctx, ApplicantPages.STATUS_COOKIE);
        CreditService.Refusal refusal;
        try {
            refusal = credit.addMaterial(a, Uploads.one(ctx, "file"));
        } catch (Uploads.Refused e) {
            refusal = CreditService.Refusal.of(e);
        }
        show(ctx, refusal == null ? 200 : refusal.status(), credit.reload(a), refusal == null ? null : refusal.message());
    }

    public void resubmit(Context ctx) throws Exception {
        RepairApplication a = pages.ticketed(ctx);
        pages.checkOwnToken(ctx, ApplicantPages.STATUS_COOKIE);
        credit.resubmit(a);
        show(ctx, 200, credit.reload(a), null);
    }

    private void show(Context ctx, int status, RepairApplication a, String error) throws Exception {
        pages.page(ctx, status, "credit-status.peb", "/credit/status", Vars.of("application", a, "today", credit.today(),
                "error", error, "department", credit.content().departments.get(a.department()),
                "provisional", credit.provisional(a.due())));
    }
}
