package cn.rxzf.portal.review;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.visits.Questionnaire;
import cn.rxzf.portal.visits.Visit;
import cn.rxzf.portal.visits.Visits;
import cn.rxzf.portal.web.CodeHandover;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.PartyCodes;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.Reviewer;
import cn.rxzf.portal.web.auth.ReviewerAuth;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 行政回访 for reviewers. Officers create a visit (the party's code is shown once, in the issuing browser, for an
 * hour) and read their department's answers — without complaints and without the 廉洁自律 answers. Supervisors (and
 * administrators) have the supervision queue: complaints with their own due date, and the improper-conduct reports,
 * never those about visits they created themselves. Every action and view is audited.
 */
public final class VisitReviewController {
    private static final int MAX_TEXT = 2000;

    private final Services services;
    private final Visits visits;
    private final ReviewerAuth auth;
    private final AuditLog audit;
    private final CodeHandover handover;

    public VisitReviewController(Services services, ReviewerAuth auth, Visits visits) {
        this.services = services;
        this.auth = auth;
        this.visits = visits;
        this.audit = new AuditLog(services.jdbi());
        this.handover = new CodeHandover(services.keys(), services.clock(), "__Host-rxzf_visit_notice", "visit-notice");
    }

    public void queue(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        audit.record(r.username(), r.department(), "view_visits", "-", services.clientHash(ctx), null);
        page(ctx, 200, "review-visits.peb", Vars.of("reviewer", r, "today", services.today(),
                "visits", visits.store().departmentQueue(r.isAdmin() ? null : r.department(), 200),
                "corrected", Questionnaire.CORRECTED, "helpedOptions", Questionnaire.HELPED, "yesNo", Questionnaire.YES_NO));
    }

    public void newForm(Context ctx) throws Exception {
        Reviewer r = officer(ctx);
        form(ctx, 200, r, Map.of("case_label", "", "outcome", "", "officers", ""), List.of());
    }

    public void create(Context ctx) throws Exception {
        Reviewer r = officer(ctx);
        auth.checkToken(ctx);
        Map<String, String> values = new HashMap<>();
        for (String f : List.of("case_label", "outcome", "officers")) values.put(f, FormText.of(ctx, f, 100));
        List<FieldError> errors = new ArrayList<>();
        if (values.get("case_label").isEmpty()) errors.add(new FieldError("case_label", "请填写案件编号或决定书文号"));
        else if (values.get("case_label").length() > 60) errors.add(new FieldError("case_label", "案件编号不能超过 60 字"));
        if (!Visit.OUTCOMES.containsKey(values.get("outcome"))) errors.add(new FieldError("outcome", "请选择案件的处理结果"));
        if (values.get("officers").isEmpty()) errors.add(new FieldError("officers", "请填写承办的执法人员"));
        else if (values.get("officers").length() > 60) errors.add(new FieldError("officers", "执法人员不能超过 60 字"));
        else if (Reviewer.looksLikeUsername(values.get("officers"))) {
            errors.add(new FieldError("officers", "请填写执法人员的姓名，不要填写登录账号（当事人会在问卷上看到）"));
        }
        if (!errors.isEmpty()) {
            form(ctx, 400, r, values, errors);
            return;
        }
        Visits.Created created = visits.create(r.department(), r.id(), values.get("case_label"), values.get("outcome"),
                values.get("officers"));
        String reference = created.visit().reference();
        audit.record(r.username(), r.department(), "create_visit", reference, services.clientHash(ctx), null);
        handover.give(ctx, reference, created.code());
        ctx.redirect("/review/visits/" + reference + "/notice", HttpStatus.SEE_OTHER);
    }

    public void notice(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        String reference = ctx.pathParam("reference");
        if (!reference.matches(Visits.REFERENCE)) throw HttpError.notFound();
        Visit v = visits.store().byReference(reference).filter(x -> r.mayHandle(x.department()))
                .orElseThrow(HttpError::notFound);
        String code = handover.take(ctx, reference);
        audit.record(r.username(), v.department(), "view_visit_notice", reference, services.clientHash(ctx), null);
        page(ctx, 200, "review-visit-notice.peb", Vars.of("reviewer", r, "visit", v,
                "code", code == null ? null : PartyCodes.printed(code),
                "siteUrl", services.site().content().site.baseUrl(),
                "departmentName", services.site().content().departmentName(v.department())));
    }

    // ---- supervision ----

    public void supervision(Context ctx) throws Exception {
        Reviewer r = supervisor(ctx);
        String department = r.isAdmin() ? null : r.department();
        audit.record(r.username(), r.department(), "view_supervision", "-", services.clientHash(ctx), null);
        page(ctx, 200, "review-supervision.peb", Vars.of("reviewer", r, "today", services.today(), "token", auth.token(ctx),
                "complaints", visits.store().complaints(department, r.id()),
                "reports", visits.store().integrityReports(department, r.id()),
                "corrected", Questionnaire.CORRECTED, "helpedOptions", Questionnaire.HELPED, "yesNo", Questionnaire.YES_NO));
    }

    public void handleComplaint(Context ctx) {
        Reviewer r = supervisor(ctx);
        auth.checkToken(ctx);
        String reference = ctx.pathParam("reference");
        if (!reference.matches(Visits.REFERENCE)) throw HttpError.notFound();
        Visit v = visits.store().byReference(reference).filter(x -> r.mayHandle(x.department()))
                .orElseThrow(HttpError::notFound);
        String handling = text(ctx, "handling", "请写明核查和处理情况");
        if (!visits.store().handleComplaint(reference, v.department(), r.id(), handling, services.clock().instant())) {
            throw new HttpError(409, "该投诉已处理，或不能由您处理", BACK);
        }
        audit.record(r.username(), v.department(), "handle_visit_complaint", reference, services.clientHash(ctx), null);
        ctx.redirect("/review/supervision/", HttpStatus.SEE_OTHER);
    }

    public void reviewIntegrity(Context ctx) {
        Reviewer r = supervisor(ctx);
        auth.checkToken(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
        String note = text(ctx, "note", "请写明核查情况");
        if (!visits.store().reviewIntegrity(id, r.isAdmin() ? null : r.department(), r.id(), note, services.clock().instant())) {
            throw new HttpError(409, "该反映已核查，或不能由您核查", BACK);
        }
        audit.record(r.username(), r.department(), "review_integrity_report", "integrity/" + id, services.clientHash(ctx), null);
        ctx.redirect("/review/supervision/", HttpStatus.SEE_OTHER);
    }

    private static final HttpError.Link BACK = new HttpError.Link("/review/supervision/", "回到督查");

    private String text(Context ctx, String field, String missing) {
        String t = FormText.of(ctx, field);
        if (t.isEmpty()) throw new HttpError(400, missing, BACK);
        if (t.codePointCount(0, t.length()) > MAX_TEXT) throw new HttpError(400, "不能超过 " + MAX_TEXT + " 字", BACK);
        return t;
    }

    private void form(Context ctx, int status, Reviewer r, Map<String, String> values, List<FieldError> errors) throws Exception {
        page(ctx, status, "review-visit-new.peb", Vars.of("reviewer", r, "values", values, "errors", errors,
                "outcomes", Visit.OUTCOMES, "token", auth.token(ctx)));
    }

    private Reviewer officer(Context ctx) {
        Reviewer r = auth.require(ctx);
        if (r.isAdmin()) throw new HttpError(403, "回访须由部门的执法人员创建，请使用部门账号",
                new HttpError.Link("/review/visits/", "回到行政回访"));
        return r;
    }

    /** Supervisors of a department and administrators; anyone else is told nothing is here. */
    private Reviewer supervisor(Context ctx) {
        Reviewer r = auth.require(ctx);
        if (!r.isSupervisor() && !r.isAdmin()) throw HttpError.notFound();
        return r;
    }

    private void page(Context ctx, int status, String template, Map<String, Object> vars) throws Exception {
        services.site().respond(ctx, status, template, ctx.path(), vars);
    }
}
