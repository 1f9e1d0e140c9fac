package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerAuth;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** HTTP for the deciding department's side ({@link CreditReviewService}): the queue, an application, a file, a decision. */
public final class CreditReviewController {
    private final Services services;
    private final CreditReviewService review;
    private final ReviewerAuth auth;

    public CreditReviewController(Services services, CreditReviewService review, ReviewerAuth auth) {
        this.services = services;
        this.review = review;
        this.auth = auth;
    }

    public void queue(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        services.site().respond(ctx, 200, "review-credit-queue.peb", ctx.path(), Vars.of("reviewer", r,
                "applications", review.queue(r), "today", services.today()));
    }

    public void application(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        RepairApplication a = review.open(r, ctx.pathParam("reference"), services.clientHash(ctx));
        services.site().respond(ctx, 200, "review-credit-application.peb", ctx.path(), Vars.of("reviewer", r,
                "application", a, "today", services.today(), "token", auth.token(ctx),
                "department", services.site().content().departments.get(a.department())));
    }

    public void file(Context ctx) {
        Reviewer r = auth.require(ctx);
        String reference = ctx.pathParam("reference");
        long fileId;
        try {
            fileId = Long.parseLong(ctx.pathParam("fileId"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
        CreditReviewService.Attachment f = review.file(r, reference, fileId, services.clientHash(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"" + reference + "-" + fileId + "." + f.extension() + "\"")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .contentType(f.contentType())
                .result(f.data());
    }

    public void act(Context ctx) {
        Reviewer r = auth.require(ctx);
        auth.checkToken(ctx);
        String reference = ctx.pathParam("reference");
        review.decide(r, reference, ctx.formParam("action"), FormText.of(ctx, "reason"), services.clientHash(ctx));
        ctx.redirect("/review/credit/" + reference, HttpStatus.SEE_OTHER);
    }

}
