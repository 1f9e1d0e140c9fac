package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.site.render.Vars;
import cn.rxzf.portal.web.ErrorPages;
import cn.rxzf.portal.web.FieldError;
import cn.rxzf.portal.web.FormText;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HTTP for the start page and the eligibility check ({@code /credit/eligibility}, as a page or JSON). */
public final class EligibilityController {
    private static final List<String> QUESTIONS = List.of("class", "decided", "corrected", "performed");
    private final Services services;
    private final CreditService credit;
    private final ApplicantPages pages;

    public EligibilityController(Services services, CreditService credit) {
        this.services = services;
        this.credit = credit;
        this.pages = new ApplicantPages(services, credit);
    }

    public void start(Context ctx) throws Exception {
        pages.page(ctx, 200, "credit-start.peb", "/credit/", Vars.of("rules", credit.rules(),
                "token", services.tokens().issue(ApplicationController.START_FORM)));
    }

    public void eligibility(Context ctx) throws Exception {
        Map<String, Object> vars = Vars.of("rules", credit.rules(), "result", null, "deadlines", null, "errors", List.of(),
                "whereTheClassIs", ApplicationForm.WHERE_THE_CLASS_IS,
                "values", Map.of("class", "", "decided", "", "corrected", "", "performed", ""));
        if (ctx.queryParam("class") != null) {
            Map<String, String> typed = new HashMap<>();
            for (String k : QUESTIONS) typed.put(k, FormText.cut(ctx.queryParam(k), 20));
            CreditService.EligibilityAnswer answer = credit.eligibility(typed);
            vars.put("values", typed);
            vars.put("errors", answer.errors());
            boolean json = "json".equals(ctx.queryParam("format")) || ErrorPages.acceptsJson(ctx.header("Accept"));
            if (answer.errors().isEmpty()) {
                vars.put("result", answer.result());
                vars.put("deadlines", answer.deadlines().toMap());
                if (json) {
                    ctx.header("Cache-Control", "no-store").header("Vary", "Accept")
                            .json(json(answer.result(), answer.deadlines()));
                    return;
                }
            } else {
                ctx.status(400);
                if (json) {
                    List<Map<String, String>> list = new ArrayList<>();
                    for (FieldError e : answer.errors()) list.add(Map.of("param", e.field(), "message", e.message()));
                    services.errors().problem(ctx, 400, "回答不完整或者格式不正确", Map.of("errors", list));
                    return;
                }
            }
        }
        pages.page(ctx, ctx.statusCode(), "credit-eligibility.peb", "/credit/eligibility", vars);
    }

    /** The public JSON of an answer (field names are published; keep them). */
    private static Map<String, Object> json(Eligibility.Result r, Deadlines deadlines) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("verdict", r.verdict().name());
        j.put("class", r.creditClass().name());
        j.put("reasons", r.reasons());
        j.put("earliest", r.earliest().toString());
        j.put("minLastDay", r.minLastDay() == null ? null : r.minLastDay().toString());
        j.put("maxLastDay", r.publicityEnds().toString());
        List<Map<String, Object>> trace = new ArrayList<>();
        for (Eligibility.Step st : r.trace()) {
            trace.add(Map.of("fact", st.fact(), "article", Map.of("cite", st.rule().cite(), "text", st.rule().text()),
                    "result", st.result()));
        }
        j.put("trace", trace);
        j.put("deadlines", deadlines.toMap());
        return j;
    }
}
