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
 * 不是 or 不确定 to "this item describes the act" goes on, 303, to the law's check without a list, which shows the
 * answers it carried in its form ({@code from=item}), not an error summary for the questions not yet answered.
 */
public final class CheckController {
    private final Services services;
    /** The rules of the content last asked about: built once per content load, not once per request. */
    private volatile Built built;

    private record Built(Content content, Rulebook rules) {}

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
        LocalDate today = services.today();
        if ("no".equals(fits) || "unsure".equals(fits)) {
            // Not this item (or not sure): the law's check without a list, with the answers it also asks.
            ctx.redirect(lawOnly(ctx.queryParamMap(), ctx.queryString(), item.conditions(), today), HttpStatus.SEE_OTHER);
            return;
        }
        EnforcementList list = content.listOf(item);
        CheckRequest.Parsed parsed = CheckRequest.parse(ctx.queryParamMap(), ctx.queryString(), item.conditions(), today);
        Outcome outcome = parsed.situation() == null ? null
                : ExemptionRules.decide(rulebook(content), ItemFacts.of(item, list), parsed.situation(), today);
        CheckView view = CheckView.of(item, list, content.successorOf(list.id()),
                content.departments.get(list.department()), parsed, outcome, today);
        answer(ctx, parsed, view, acceptsJson, "/check/" + item.id());
    }

    private Rulebook rulebook(Content content) {
        Built b = built;
        if (b == null || b.content() != content) built = b = new Built(content, Rulebook.of(content.laws.values()));
        return b.rules();
    }

    /** {@code GET /check/}: the law's answer for an act on no list (or whose list the person does not know). */
    public void general(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").header("Vary", "Accept");
        boolean acceptsJson = ErrorPages.acceptsJson(ctx.header("Accept"));
        LocalDate today = services.today();
        CheckRequest.Parsed parsed = CheckRequest.parse(ctx.queryParamMap(), ctx.queryString(), List.of(), today);
        boolean json = parsed.json() || acceptsJson;
        if (!json && CheckRequest.FROM_ITEM.equals(ctx.queryParam(CheckRequest.FROM))) {
            // Carried over from an item's check: the form filled in with them, to be completed; nothing judged yet.
            CheckRequest.Parsed shown = new CheckRequest.Parsed(false, null, List.of(), parsed.values(), false);
            Map<String, Object> vars = CheckView.of(null, null, null, null, shown, null, today).vars();
            vars.put("carried", true);
            html(ctx, 200, vars, "/check/");
            return;
        }
        Outcome outcome = parsed.situation() == null ? null : ExemptionRules.decide(
                rulebook(services.site().content()), null, parsed.situation(), today);
        answer(ctx, parsed, CheckView.of(null, null, null, null, parsed, outcome, today), acceptsJson, "/check/");
    }

    /**
     * {@code /check/} with the answers of an item's check that the law's check also asks: the person's own, and those
     * an item condition settled (a fact is asked once, {@link ConditionLinks}); never the confirmation, the item's
     * c1…cN, a blank or a refused value. With answers, {@code from=item}, so the page shows them in its form instead of
     * an error summary for what it was not told yet; without any, the empty form. {@code format} is kept.
     */
    static String lawOnly(Map<String, List<String>> query, String rawQuery, List<String> conditions, LocalDate today) {
        CheckRequest.Parsed parsed = CheckRequest.parse(query, rawQuery, conditions, today);
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, List<String>> e : parsed.values().entrySet()) {
            if (e.getKey().equals(Questions.FITS.name()) || e.getKey().matches("c\\d+")) continue;
            for (String v : e.getValue()) param(q, e.getKey(), v);
        }
        if (!q.isEmpty()) param(q, CheckRequest.FROM, CheckRequest.FROM_ITEM);
        List<String> format = query.getOrDefault(CheckRequest.FORMAT, List.of());
        if (format.size() == 1) param(q, CheckRequest.FORMAT, format.get(0));
        return "/check/" + q;
    }

    private static void param(StringBuilder q, String name, String value) {
        q.append(q.isEmpty() ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private void answer(Context ctx, CheckRequest.Parsed parsed, CheckView view, boolean acceptsJson, String path)
            throws Exception {
        if (parsed.json() || acceptsJson) {
            if (!parsed.problems().isEmpty()) problem(ctx, 400, "回答不完整或者格式不正确", parsed.problems());
            else if (!parsed.asked()) problem(ctx, 400, "没有回答任何问题", List.of());
            else ctx.json(view.json());
            return;
        }
        html(ctx, parsed.problems().isEmpty() ? 200 : 400, view.vars(), path);
    }

    private void html(Context ctx, int status, Map<String, Object> vars, String path) throws Exception {
        byte[] html = services.site().pages().page("check.peb", path, vars).produce();
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    private void problem(Context ctx, int status, String title, List<CheckRequest.Problem> problems) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (CheckRequest.Problem p : problems) errors.add(Map.of("param", p.param(), "message", p.message()));
        services.errors().problem(ctx, status, title, Map.of("errors", errors));
    }
}
