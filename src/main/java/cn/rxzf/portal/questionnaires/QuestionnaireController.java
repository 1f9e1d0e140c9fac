package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.content.model.Questionnaire.Question;
import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP for questionnaires: the live page (window, count, form; the figures once closed), the plain-HTML POST, the
 * receipt, and the figures as CSV and JSON. A refused answer re-renders the form with a summary at the top and a
 * message at each question; what the person chose and typed stays in the form.
 */
public final class QuestionnaireController {
    /** How many values of one field are read (a multiple choice offers at most 20 options). */
    private static final int MAX_VALUES = 20;
    private final Services services;
    private final QuestionnaireService questionnaires;

    public QuestionnaireController(Services services, QuestionnaireService questionnaires) {
        this.services = services;
        this.questionnaires = questionnaires;
    }

    public void page(Context ctx) throws Exception {
        render(ctx, 200, questionnaire(ctx), List.of(), null, null);
    }

    /** The address the form posts to, opened again (a reload, a bookmark): back to the form, not a 404. */
    public void backToForm(Context ctx) {
        ctx.redirect(questionnaire(ctx).url() + "#h-answer", HttpStatus.SEE_OTHER);
    }

    public void submit(Context ctx) throws Exception {
        Questionnaire q = questionnaire(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
            throw HttpError.badRequest("请通过问卷页面的表单提交");
        }
        AnswerForm.Sent sent = sent(ctx, q);
        QuestionnaireService.Outcome outcome = questionnaires.submit(q, sent, ctx.formParam("token"),
                ctx.formParam("website"), services.clientHash(ctx));
        if (outcome.accepted()) {
            ctx.redirect(q.url() + "answers/" + outcome.reference(), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, outcome.status(), q, outcome.errors(), sent, outcome.token());
    }

    /** A receipt: its number and when it was received; never the answers. Look-ups are counted per client. */
    public void receipt(Context ctx) throws Exception {
        Questionnaire q = questionnaire(ctx);
        String reference = ctx.pathParam("reference");
        if (!QuestionnaireService.REFERENCE.matcher(reference).matches()) throw HttpError.notFound();
        if (!questionnaires.allowLookup(services.clientHash(ctx))) {
            throw new HttpError(429, "查询过于频繁，请 10 分钟后再试");
        }
        java.time.Instant received = questionnaires.receivedAt(q, reference).orElseThrow(HttpError::notFound);
        ctx.header("X-Robots-Tag", "noindex");
        services.site().respond(ctx, 200, "questionnaire-receipt.peb", q.url() + "answers/" + reference,
                Vars.of("questionnaire", q, "reference", reference, "receivedAt", received));
    }

    public void resultsCsv(Context ctx) {
        Questionnaire q = questionnaire(ctx);
        Results r = closedResults(q);
        ctx.header("Cache-Control", "no-cache").contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + q.id() + "-results.csv\"").result(r.csv(q));
    }

    public void resultsJson(Context ctx) {
        Questionnaire q = questionnaire(ctx);
        ctx.header("Cache-Control", "no-cache").json(closedResults(q).json(q, services.site().content().site.baseUrl()));
    }

    private Results closedResults(Questionnaire q) {
        return questionnaires.results(q).orElseThrow(() -> new HttpError(404, "问卷于 " + q.closes()
                + " 截止后公布统计结果", new HttpError.Link(q.url(), "返回问卷")));
    }

    private Questionnaire questionnaire(Context ctx) {
        Questionnaire q = services.site().content().questionnaires.get(ctx.pathParam("id"));
        if (q == null) throw HttpError.notFound();
        return q;
    }

    /** What was sent, bounded: a few values per choice, each text cut a little beyond its limit. */
    private static AnswerForm.Sent sent(Context ctx, Questionnaire q) {
        Map<String, List<String>> chosen = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Question question : q.questions()) {
            if (question.isChoice()) {
                List<String> values = new ArrayList<>();
                for (String v : ctx.formParams(question.id())) {
                    if (values.size() == MAX_VALUES) break;
                    values.add(FormText.cut(v.strip(), 5));
                }
                chosen.put(question.id(), values);
            } else {
                texts.put(question.id(), FormText.of(ctx, question.id(), question.maxLength() + 100));
            }
        }
        return new AnswerForm.Sent(chosen, texts);
    }

    /**
     * The live page; {@code sent} is what a refused answer brought back to the form, null on a plain GET; {@code
     * token} the form token to keep, null for a new one.
     */
    private void render(Context ctx, int status, Questionnaire q, List<FieldError> errors, AnswerForm.Sent sent,
                        String token) throws Exception {
        String phase = q.phase(questionnaires.today());
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("questionnaire", q);
        vars.put("department", services.site().content().departments.get(q.department()));
        vars.put("live", true);
        vars.put("phase", phase);
        vars.put("total", questionnaires.total(q));
        vars.put("results", questionnaires.results(q).orElse(null));
        vars.put("token", token != null ? token : questionnaires.issueToken(q));
        vars.put("errors", errors);
        Map<String, List<String>> chosen = new HashMap<>();
        for (Question question : q.questions()) chosen.put(question.id(), List.of()); // nothing chosen on a plain GET
        if (sent != null) chosen.putAll(sent.chosen());
        vars.put("chosen", chosen);
        vars.put("texts", sent == null ? Map.of() : sent.texts());
        vars.put("values", sent == null ? Map.of() : Map.of("sent", true));
        services.site().respond(ctx, status, "questionnaire.peb", q.url(), vars);
    }
}
