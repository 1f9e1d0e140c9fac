package cn.rxzf.portal.review;

import cn.rxzf.portal.commitments.Commitment;
import cn.rxzf.portal.commitments.CommitmentForm;
import cn.rxzf.portal.commitments.CommitmentTerms;
import cn.rxzf.portal.commitments.Commitments;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.site.render.Vars;
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
import java.util.Set;

/**
 * The officers' side of 告知承诺: issue a commitment (the notice with the party's code is shown once, on the page the
 * form leads to, for an hour), the department's queue by due date, one commitment with its evidence, and the decision
 * 已纠正 or 逾期未纠正 (with the reason and what follows). Another department's commitment answers 404. Every action
 * and every view of a party's data goes to the audit log, under the commitment's reference only.
 */
public final class CommitmentReviewController {
    public static final String DEFAULT_FOLLOW_UP = "转为一般程序，依法立案调查处理";
    private static final int MAX_TEXT = 2000;

    private final Services services;
    private final Commitments commitments;
    private final ReviewerAuth auth;
    private final AuditLog audit;
    private final CodeHandover handover;

    public CommitmentReviewController(Services services, ReviewerAuth auth, Commitments commitments) {
        this.services = services;
        this.auth = auth;
        this.commitments = commitments;
        this.audit = new AuditLog(services.jdbi());
        this.handover = new CodeHandover(services.keys(), services.clock(), "__Host-rxzf_notice", "commitment-notice");
    }

    public void queue(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        String department = r.isAdmin() ? null : r.department();
        audit.record(r.username(), r.department(), "view_commitments", "-", services.clientHash(ctx), null);
        page(ctx, 200, "review-commitments.peb", Vars.of("reviewer", r, "open", commitments.store().queue(department),
                "decided", commitments.store().decided(department, 50), "today", services.today()));
    }

    public void newForm(Context ctx) throws Exception {
        Reviewer r = officer(ctx);
        Map<String, String> values = new HashMap<>();
        for (String f : CommitmentForm.FIELDS) values.put(f, "");
        values.put("deadline_days", "7");
        values.put("deadline_kind", "working_days");
        // A department that has published no list item can only cite a provision: that basis comes preselected.
        values.put("basis", CommitmentForm.itemsOf(content(), r.department()).isEmpty() ? "provision" : "item");
        form(ctx, 200, r, values, List.of());
    }

    public void create(Context ctx) throws Exception {
        Reviewer r = officer(ctx);
        auth.checkToken(ctx);
        Map<String, String> values = new HashMap<>();
        for (String f : CommitmentForm.FIELDS) values.put(f, FormText.of(ctx, f, 2100));
        CommitmentForm.Result result = CommitmentForm.check(values, content(), r.department());
        if (!result.errors().isEmpty()) {
            form(ctx, 400, r, values, result.errors());
            return;
        }
        Commitments.Issued issued = commitments.issue(result.parsed(), r.department(), r.id(), content().calendar);
        String reference = issued.commitment().reference();
        audit.record(r.username(), r.department(), "create_commitment", reference, services.clientHash(ctx), null);
        showNotice(ctx, reference, issued.code());
    }

    /** A new code when the party lost the notice: the old code stops working; the new one is shown once. */
    public void reissue(Context ctx) {
        Reviewer r = auth.require(ctx);
        auth.checkToken(ctx);
        Commitment c = own(r, ctx.pathParam("reference"));
        String code = commitments.reissue(c).orElseThrow(() -> new HttpError(409, "该承诺已处理，不能重新生成验证码",
                new HttpError.Link("/review/commitments/" + c.reference(), "回到承诺书")));
        audit.record(r.username(), c.department(), "reissue_commitment_code", c.reference(), services.clientHash(ctx), null);
        showNotice(ctx, c.reference(), code);
    }

    private void showNotice(Context ctx, String reference, String code) {
        handover.give(ctx, reference, code);
        ctx.redirect("/review/commitments/" + reference + "/notice", HttpStatus.SEE_OTHER);
    }

    /** The notice with the code: only in the browser that issued it, for an hour; the code is stored nowhere. */
    public void notice(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        Commitment c = own(r, ctx.pathParam("reference"));
        String code = handover.take(ctx, c.reference());
        audit.record(r.username(), c.department(), "view_commitment_notice", c.reference(), services.clientHash(ctx), null);
        page(ctx, 200, "review-commitment-notice.peb", Vars.of("reviewer", r, "commitment", c,
                "provisional", Commitments.provisional(content().calendar, c),
                "code", code == null ? null : PartyCodes.printed(code),
                "notice", code == null ? null : CommitmentTerms.notice(content(), c, PartyCodes.printed(code),
                        content().site.baseUrl(), services.today())));
    }

    public void view(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        Commitment c = own(r, ctx.pathParam("reference"));
        audit.record(r.username(), c.department(), "view_commitment", c.reference(), services.clientHash(ctx), null);
        show(ctx, 200, r, c, Map.of("outcome", "", "reason", "", "follow_up", DEFAULT_FOLLOW_UP), List.of());
    }

    public void file(Context ctx) {
        Reviewer r = auth.require(ctx);
        Commitment c = own(r, ctx.pathParam("reference"));
        long fileId;
        try {
            fileId = Long.parseLong(ctx.pathParam("fileId"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
        Map<String, Object> f = commitments.store().file(c.id(), fileId).orElseThrow(HttpError::notFound);
        audit.record(r.username(), c.department(), "view_commitment_file", c.reference() + "/" + fileId, services.clientHash(ctx), null);
        String type = (String) f.get("content_type");
        String ext = type.equals("application/pdf") ? "pdf" : type.equals("image/png") ? "png" : "jpg";
        ctx.header("Content-Disposition", "attachment; filename=\"" + c.reference() + "-" + fileId + "." + ext + "\"")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .contentType(type).result((byte[]) f.get("data"));
    }

    /** 已纠正 (signed, any day) or 逾期未纠正 (after the due date, with the reason and what follows). */
    public void decide(Context ctx) throws Exception {
        Reviewer r = auth.require(ctx);
        auth.checkToken(ctx);
        Commitment c = own(r, ctx.pathParam("reference"));
        String outcome = String.valueOf(ctx.formParam("outcome"));
        String reason = FormText.of(ctx, "reason", MAX_TEXT + 100);
        String followUp = FormText.of(ctx, "follow_up", MAX_TEXT + 100);
        Map<String, String> values = Map.of("outcome", outcome, "reason", reason, "follow_up", followUp);
        List<FieldError> errors = new ArrayList<>();
        Set<String> from;
        switch (outcome) {
            case "corrected" -> {
                from = Set.of("signed");
                if (!c.isSigned()) errors.add(new FieldError("outcome", "当事人尚未签署承诺书，不能标记为已纠正"));
            }
            case "overdue" -> {
                from = Set.of("issued", "signed");
                if (!services.today().isAfter(c.due())) errors.add(new FieldError("outcome", "纠正期限（" + c.due() + "）届满后才能标记为逾期未纠正"));
                if (reason.isEmpty()) errors.add(new FieldError("reason", "请说明认定逾期未纠正的理由"));
                if (followUp.isEmpty()) errors.add(new FieldError("follow_up", "请写明后续处理（如转为一般程序）"));
            }
            default -> {
                from = Set.of();
                errors.add(new FieldError("outcome", "请选择处理结果"));
            }
        }
        if (reason.codePointCount(0, reason.length()) > MAX_TEXT) errors.add(new FieldError("reason", "理由不能超过 " + MAX_TEXT + " 字"));
        if (followUp.codePointCount(0, followUp.length()) > MAX_TEXT) errors.add(new FieldError("follow_up", "后续处理不能超过 " + MAX_TEXT + " 字"));
        if (!c.isOpen()) errors.add(new FieldError("outcome", "该承诺已处理（" + c.statusLabel() + "）"));
        if (!errors.isEmpty()) {
            show(ctx, errors.stream().anyMatch(e -> e.message().startsWith("该承诺已处理")) ? 409 : 400, r, c, values, errors);
            return;
        }
        boolean overdue = outcome.equals("overdue");
        if (!commitments.store().decide(c.reference(), c.department(), from, outcome,
                reason.isEmpty() ? null : reason, overdue ? followUp : null, r.id(), services.clock().instant())) {
            throw new HttpError(409, "该承诺的状态已变化，请刷新后再处理",
                    new HttpError.Link("/review/commitments/" + c.reference(), "刷新"));
        }
        audit.record(r.username(), c.department(), "commitment_" + outcome, c.reference(), services.clientHash(ctx), null);
        ctx.redirect("/review/commitments/" + c.reference() + "?done=1", HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, int status, Reviewer r, Map<String, String> values, List<FieldError> errors) throws Exception {
        page(ctx, status, "review-commitment-new.peb", Vars.of("reviewer", r, "values", values, "errors", errors,
                "items", CommitmentForm.itemsOf(content(), r.department()), "token", auth.token(ctx)));
    }

    private void show(Context ctx, int status, Reviewer r, Commitment c, Map<String, String> values,
                      List<FieldError> errors) throws Exception {
        page(ctx, status, "review-commitment.peb", Vars.of("reviewer", r, "commitment", c, "values", values,
                "errors", errors, "token", auth.token(ctx), "today", services.today(), "done", "1".equals(ctx.queryParam("done")),
                "basis", CommitmentTerms.basis(content(), c), "promises", CommitmentTerms.promises(c),
                "provisional", Commitments.provisional(content().calendar, c)));
    }

    /** A department's officer: an administrator sees every queue but issues nothing in a department's name. */
    private Reviewer officer(Context ctx) {
        Reviewer r = auth.require(ctx);
        if (r.isAdmin()) throw new HttpError(403, "告知承诺须由部门的执法人员开具，请使用部门账号",
                new HttpError.Link("/review/commitments/", "回到告知承诺"));
        return r;
    }

    private Commitment own(Reviewer r, String reference) {
        if (!reference.matches(Commitments.REFERENCE)) throw HttpError.notFound();
        Commitment c = commitments.store().byReference(reference).orElseThrow(HttpError::notFound);
        if (!r.mayHandle(c.department())) throw HttpError.notFound();
        return c;
    }

    private Content content() {
        return services.site().content();
    }

    private void page(Context ctx, int status, String template, Map<String, Object> vars) throws Exception {
        services.site().respond(ctx, status, template, ctx.path(), vars);
    }

}
