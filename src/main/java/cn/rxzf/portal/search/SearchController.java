package cn.rxzf.portal.search;

import cn.rxzf.portal.search.SearchResult.FacetValue;
import cn.rxzf.portal.web.Services;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP for search: {@code GET /api/search} (JSON) and {@code GET /search} (a server-rendered page that needs no
 * JavaScript: facets and pages are plain links). Bad parameters get 400: a problem document for the API, the page
 * with an error summary for browsers; neither repeats what was sent.
 */
public final class SearchController {
    /** Query parameters and the request fields they fill. */
    private static final List<String> FILTERS = List.of("type", "department", "listType", "area", "status");
    private static final Map<String, String> FACET_NAMES = Map.of("type", "类型", "department", "部门",
            "listType", "清单类型", "area", "领域", "status", "状态");

    private final Services services;
    private final SearchService search;

    public SearchController(Services services) {
        this.services = services;
        this.search = SearchService.over(services.settings().indexDir());
    }

    public record FacetLink(String label, long count, String href, boolean selected) {}

    public record Facet(String name, String label, List<FacetLink> values, String clearHref) {}

    public record PageLink(int number, String href, boolean current) {}

    /** A twin shown under the one of its group the page shows: where its list applies, and its page. */
    public record Twin(String region, String url) {}

    /** One result as the page shows it: twins (the same act on several regions' lists) appear once. */
    public record Entry(SearchResult.Hit hit, List<Twin> twins) {}

    /** The cookie that remembers the reader's chosen region (set by the form, never guessed from the address). */
    static final String REGION_COOKIE = "rxzf_region";
    private static final int MAX_REGION = 40;

    public void api(Context ctx) {
        Parsed p = parse(ctx);
        if (!p.problems.isEmpty()) {
            problem(ctx, 400, "请求参数不正确", p.problems);
            return;
        }
        try {
            ctx.json(search.search(p.request));
        } catch (SearchService.IndexUnavailable e) {
            problem(ctx, 503, "搜索暂时不可用", List.of());
        }
    }

    public void page(Context ctx) throws Exception {
        Map<String, Object> vars = new HashMap<>();
        vars.put("result", null); // the templates' variables are strict: each must exist, even if empty
        vars.put("facets", List.of());
        vars.put("pages", List.of());
        vars.put("unavailable", false);
        vars.put("entries", List.of());
        vars.put("regions", List.of());
        vars.put("provisions", List.of());
        vars.put("asksConditions", false);
        String region = chosenRegion(ctx);
        vars.put("region", region == null ? "" : region);
        int status = 200;
        String q = ctx.queryParam("q");
        Parsed p = parse(ctx);
        vars.put("q", q == null || p.problems.stream().anyMatch(x -> x.param().equals("q")) ? "" : q.strip());
        if (q == null || (q.isBlank() && p.problems.size() == 1)) {
            vars.put("errors", List.of()); // the empty form: nothing asked yet
        } else if (!p.problems.isEmpty()) {
            status = 400;
            vars.put("errors", p.problems);
        } else {
            vars.put("errors", List.of());
            vars.put("provisions", ProvisionMatches.of(q, services.site().content()));
            vars.put("asksConditions", ConditionQuestion.asks(q));
            try {
                SearchResult result = search.search(p.request);
                vars.put("result", result);
                vars.put("facets", facets(p.request, result));
                vars.put("pages", pages(p.request, result));
                List<Entry> entries = entries(result.hits(), region);
                vars.put("entries", entries);
                vars.put("regions", entries.stream().anyMatch(e -> !e.twins().isEmpty()) ? regions(result.hits()) : List.of());
            } catch (SearchService.IndexUnavailable e) {
                status = 503;
                vars.put("unavailable", true);
            }
        }
        byte[] html = services.site().pages().page("search.peb", "/search", vars).produce();
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    /**
     * The region the reader chose: from the form's {@code region} parameter, which is then remembered in a cookie
     * (an empty one forgets it), else from that cookie. Never guessed from the client's address.
     */
    private static String chosenRegion(Context ctx) {
        String param = ctx.queryParam("region");
        if (param != null) {
            String r = param.strip();
            if (r.isEmpty() || r.length() > MAX_REGION) {
                ctx.removeCookie(REGION_COOKIE, "/search");
                return null;
            }
            io.javalin.http.Cookie c = new io.javalin.http.Cookie(REGION_COOKIE, encode(r));
            c.setPath("/search");
            c.setMaxAge(365 * 24 * 3600);
            c.setHttpOnly(true);
            c.setSameSite(io.javalin.http.SameSite.LAX);
            ctx.cookie(c);
            return r;
        }
        String cookie = ctx.cookie(REGION_COOKIE);
        if (cookie == null) return null;
        try {
            String r = java.net.URLDecoder.decode(cookie, StandardCharsets.UTF_8).strip();
            return r.isEmpty() || r.length() > MAX_REGION ? null : r;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The page's hits with twins folded: each twin group appears once, where its best-ranked member was, showing the
     * member from the chosen region when the page has one, with the others listed under it.
     */
    static List<Entry> entries(List<SearchResult.Hit> hits, String region) {
        Map<String, List<SearchResult.Hit>> byGroup = new java.util.LinkedHashMap<>();
        for (SearchResult.Hit h : hits) {
            String key = h.group() == null ? h.type() + ":" + h.id() : h.group();
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
        }
        List<Entry> out = new ArrayList<>();
        for (List<SearchResult.Hit> members : byGroup.values()) {
            SearchResult.Hit shown = members.get(0);
            if (region != null) {
                for (SearchResult.Hit m : members) {
                    if (m.region() != null && (m.region().contains(region) || region.contains(m.region()))) {
                        shown = m;
                        break;
                    }
                }
            }
            List<Twin> twins = new ArrayList<>();
            for (SearchResult.Hit m : members) {
                if (m != shown) twins.add(new Twin(m.region() == null ? m.departmentName() : m.region(), m.url()));
            }
            out.add(new Entry(shown, twins));
        }
        return out;
    }

    /** The regions of the page's items, to choose from. */
    private static List<String> regions(List<SearchResult.Hit> hits) {
        return hits.stream().map(SearchResult.Hit::region).filter(r -> r != null && !r.isBlank()).distinct().sorted()
                .toList();
    }

    private record Parsed(SearchRequest request, List<SearchRequest.Problem> problems) {}

    private static Parsed parse(Context ctx) {
        List<SearchRequest.Problem> problems = new ArrayList<>();
        int page = 1;
        String pageParam = ctx.queryParam("page");
        if (pageParam != null && !pageParam.isBlank()) {
            try {
                page = Integer.parseInt(pageParam.strip());
            } catch (NumberFormatException e) {
                page = 0; // reported below as out of range, without the value
            }
        }
        SearchRequest r = new SearchRequest(ctx.queryParam("q"), ctx.queryParam("type"), ctx.queryParam("department"),
                ctx.queryParam("listType"), ctx.queryParam("area"), ctx.queryParam("status"), page);
        problems.addAll(r.problems());
        return new Parsed(r, problems);
    }

    private void problem(Context ctx, int status, String title, List<SearchRequest.Problem> problems) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (SearchRequest.Problem p : problems) errors.add(Map.of("param", p.param(), "message", p.message()));
        services.errors().problem(ctx, status, title, Map.of("errors", errors));
    }

    /** Each facet's values as links that add (or, when selected, remove) that filter, back to page 1. */
    private static List<Facet> facets(SearchRequest r, SearchResult result) {
        List<Facet> out = new ArrayList<>();
        result.facets().forEach((name, values) -> {
            if (values.isEmpty()) return;
            String selected = filter(r, name);
            List<FacetLink> links = new ArrayList<>();
            for (FacetValue v : values) {
                boolean on = v.value().equals(selected);
                links.add(new FacetLink(v.label(), v.count(), href(r, name, on ? null : v.value(), 1), on));
            }
            out.add(new Facet(name, FACET_NAMES.getOrDefault(name, name), links,
                    selected == null ? null : href(r, name, null, 1)));
        });
        return out;
    }

    private static List<PageLink> pages(SearchRequest r, SearchResult result) {
        List<PageLink> out = new ArrayList<>();
        int from = Math.max(1, r.page() - 4);
        int to = Math.min(result.pages(), from + 8);
        for (int n = from; n <= to; n++) out.add(new PageLink(n, href(r, null, null, n), n == r.page()));
        return out.size() > 1 ? out : List.of();
    }

    private static String filter(SearchRequest r, String name) {
        return switch (name) {
            case "type" -> r.type();
            case "department" -> r.department();
            case "listType" -> r.listType();
            case "area" -> r.area();
            case "status" -> r.status();
            default -> null;
        };
    }

    /** The URL of this search with {@code name} set to {@code value} (null removes it) on page {@code page}. */
    private static String href(SearchRequest r, String name, String value, int page) {
        StringBuilder b = new StringBuilder("/search?q=").append(encode(r.query()));
        for (String f : FILTERS) {
            String v = f.equals(name) ? value : filter(r, f);
            if (v != null) b.append('&').append(f).append('=').append(encode(v));
        }
        if (page > 1) b.append("&page=").append(page);
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
