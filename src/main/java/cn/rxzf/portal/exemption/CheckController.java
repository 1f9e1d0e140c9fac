package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.web.ErrorPages;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP for the check: {@code GET /check/{itemId}} without answers is the form; with answers it is the answer page
 * (the form again below it), or JSON when asked with {@code format=json} or {@code Accept: application/json}.
 * Bad answers get 400: the form with an error summary for browsers, a problem document with one entry per
 * question for JSON. Answers are not stored; the pages are marked no-store and noindex. An item's check answered
 * 不是 or 不确定 to "this item describes the act" goes on, 303, to the law's check without a list.
 */
public final class CheckController {
    private final Services services;

    public CheckController(Services services) {
        this.services = services;
    }

    public void page(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").header("Vary", "Accept");
        boolean acceptsJson = ErrorPages.acceptsJson(ctx.header("Accept"));
        Content content = services.site().content();
        Item item = content.items.get(ctx.pathParam("itemId"));
        if (item == null) {
            if (acceptsJson || "json".equals(ctx.queryParam(CheckRequest.FORMAT))) {
                problem(ctx, 404, "事项不存在", List.of());
                return;
            }
            throw HttpError.notFound();
        }
        String fits = ctx.queryParam(Questions.FITS.name());
        if ("no".equals(fits) || "unsure".equals(fits)) {
            // Not this item (or not sure): the law's check without a list, with every answer that is not the item's.
            ctx.redirect(lawOnly(ctx.queryParamMap()), HttpStatus.SEE_OTHER);
            return;
        }
        EnforcementList list = content.listOf(item);
        LocalDate today = LocalDate.now(services.clock());
        CheckRequest.Parsed parsed = CheckRequest.parse(ctx.queryParamMap(), ctx.queryString(), item.conditions(), today);
        Outcome outcome = parsed.situation() == null ? null
                : ExemptionRules.decide(Rulebook.of(content.laws.values()), ItemFacts.of(item, list), parsed.situation(), today);
        CheckView view = CheckView.of(item, list, content.successorOf(list.id()),
                content.departments.get(list.department()), parsed, outcome, today);
        answer(ctx, parsed, view, acceptsJson, "/check/" + item.id());
    }

    /** {@code GET /check/}: the law's answer for an act on no list (or whose list the person does not know). */
    public void general(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").header("Vary", "Accept");
        boolean acceptsJson = ErrorPages.acceptsJson(ctx.header("Accept"));
        LocalDate today = LocalDate.now(services.clock());
        CheckRequest.Parsed parsed = CheckRequest.parse(ctx.queryParamMap(), ctx.queryString(), List.of(), today);
        Outcome outcome = parsed.situation() == null ? null : ExemptionRules.decide(
                Rulebook.of(services.site().content().laws.values()), null, parsed.situation(), today);
        answer(ctx, parsed, CheckView.of(null, null, null, null, parsed, outcome, today), acceptsJson, "/check/");
    }

    /**
     * {@code /check/} with the answers of an item's check that are not about the item (its confirmation, its c1…cN)
     * and are not blank: one who said 不是 before anything else lands on the empty form, not on an error summary.
     */
    static String lawOnly(Map<String, List<String>> query) {
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getKey().equals(Questions.FITS.name()) || e.getKey().matches("c\\d+")) continue;
            for (String v : e.getValue()) {
                if (v == null || v.isBlank()) continue; // the empty inputs of a form sent as it is
                q.append(q.isEmpty() ? "?" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return "/check/" + q;
    }

    private void answer(Context ctx, CheckRequest.Parsed parsed, CheckView view, boolean acceptsJson, String path)
            throws Exception {
        if (parsed.json() || acceptsJson) {
            if (!parsed.problems().isEmpty()) problem(ctx, 400, "回答不完整或者格式不正确", parsed.problems());
            else if (!parsed.asked()) problem(ctx, 400, "没有回答任何问题", List.of());
            else ctx.json(view.json());
            return;
        }
        byte[] html = services.site().pages().page("check.peb", path, view.vars()).produce();
        ctx.status(parsed.problems().isEmpty() ? 200 : 400).contentType("text/html; charset=utf-8").result(html);
    }

    private void problem(Context ctx, int status, String title, List<CheckRequest.Problem> problems) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (CheckRequest.Problem p : problems) errors.add(Map.of("param", p.param(), "message", p.message()));
        services.errors().problem(ctx, status, title, Map.of("errors", errors));
    }
}
