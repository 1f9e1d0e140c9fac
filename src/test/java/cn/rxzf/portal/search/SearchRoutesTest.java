package cn.rxzf.portal.search;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/search} and {@code /search} on a real port, over the index a real build wrote beside the site. */
class SearchRoutesTest {
    @TempDir
    static Path dir;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        TestSite site = TestSite.minimal(dir);
        BuildResult built = SiteBuilds.of(site.settings()).build();
        assertTrue(built.ok(), built.problems().toString());
        app = WebApp.create(new Services(site.settings(), new LiveSite(site.settings(), built.content())))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_build_writes_the_index_beside_the_site_not_inside_it() {
        Path out = dir.resolve("site");
        assertTrue(Files.isDirectory(out.resolveSibling("site-index")));
        assertFalse(Files.exists(out.resolve("site-index")));
    }

    /** The examples are the content's (site.yaml 搜索示例): the box's placeholder on every page, all on the search page. */
    @Test
    void the_search_examples_come_from_the_sites_settings() throws Exception {
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(get("/").body());
        assertEquals("如：没亮照经营", home.selectFirst("input[name=q]").attr("placeholder"));
        org.jsoup.nodes.Document search = org.jsoup.Jsoup.parse(get("/search").body());
        assertEquals("例如：没亮照经营、价格标签没贴", search.selectFirst("#search-q-hint").text());
    }

    @Test
    void api_answers_ranked_hits_with_marked_snippets_and_facets() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("没公示营业执照"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonNode body = json.readTree(r.body());
        assertEquals("scj-01", body.at("/hits/0/id").asText());
        assertEquals("/items/scj-01/", body.at("/hits/0/url").asText());
        assertTrue(body.at("/hits/0/titleHtml").asText().contains("<mark>"));
        assertTrue(body.at("/total").asInt() >= 2);
        assertTrue(body.at("/facets/department/0/count").asInt() >= 2);
    }

    @Test
    void api_filters_by_type() throws Exception {
        JsonNode body = json.readTree(get("/api/search?type=case&q=" + enc("营业执照")).body());
        assertEquals(1, body.at("/total").asInt());
        assertEquals("case", body.at("/hits/0/type").asText());
    }

    @Test
    void bad_parameters_get_a_json_problem_that_does_not_repeat_them() throws Exception {
        String secret = "13800138000";
        for (String query : new String[] {"q=" + secret.repeat(10), "q=x&page=101", "q=x&page=" + secret,
                "q=x&type=" + secret, "q=", "page=2"}) {
            HttpResponse<String> r = get("/api/search?" + query);
            assertEquals(400, r.statusCode(), query);
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"), query);
            assertFalse(r.body().contains(secret), query + " echoed: " + r.body());
            assertEquals(400, json.readTree(r.body()).at("/status").asInt());
        }
    }

    @Test
    void the_page_shows_results_without_javascript_with_facet_links() throws Exception {
        HttpResponse<String> r = get("/search?q=" + enc("营业执照"));
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertEquals(1, page.select("h1").size());
        assertEquals("/items/scj-01/", page.select("ol.search-results a").first().attr("href"));
        assertFalse(page.select("ol.search-results mark").isEmpty());
        assertTrue(page.select("nav.filters a").stream().anyMatch(a -> a.attr("href").contains("type=case")),
                page.select("nav.filters").html());
        assertEquals("营业执照", page.select("input#search-q").attr("value"));
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void the_page_escapes_what_was_typed() throws Exception {
        HttpResponse<String> r = get("/search?q=" + enc("<script>alert(1)</script>营业"));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert"));
    }

    @Test
    void without_a_query_the_page_is_the_empty_form() throws Exception {
        HttpResponse<String> r = get("/search");
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertEquals(1, page.select("form[action=/search] input[name=q]").size() - page.select("header input[name=q]").size());
        assertTrue(page.select(".error-summary").isEmpty());
    }

    @Test
    void a_bad_request_gets_the_page_with_an_error_summary() throws Exception {
        HttpResponse<String> r = get("/search?q=" + "超".repeat(101));
        assertEquals(400, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.title().startsWith("错误："), page.title());
        assertEquals("#search-q", page.select(".error-summary a").attr("href"));
        assertFalse(r.body().contains("超".repeat(101)));
    }

    @Test
    void nothing_found_suggests_items_and_departments() throws Exception {
        HttpResponse<String> r = get("/search?type=procedure&q=" + enc("营业执照"));
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.select("#h-similar + ul a[href=/items/scj-01/]").size() == 1, r.body());
        // No department's name or duties (市场监管) holds a pair of 营业执照: the list of departments, not all of them.
        assertTrue(page.select("#h-ask + ul a[href=/departments/]").size() == 1, r.body());
        Document asked = Jsoup.parse(get("/search?type=procedure&q=" + enc("市场监管 营业执照")).body());
        assertTrue(asked.select("#h-ask + ul a[href=/departments/scj/]").size() == 1, "a department whose duties share a pair");
    }

    @Test
    void nothing_found_is_an_honest_page_that_says_what_to_try_next() throws Exception {
        HttpResponse<String> r = get("/search?q=xyzzy");
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.select("ol.search-results").isEmpty());
        assertTrue(page.selectFirst("#h-none").text().startsWith("没有找到"), r.body());
        assertEquals(1, page.select(".no-result a[href=/check/]").size(), "the check without an item");
        assertTrue(page.selectFirst(".no-result a[href=/check/]").text().contains("我能免罚吗"));
        assertTrue(page.selectFirst(".no-result").text().contains("没有完全对应的事项"));
        assertFalse(page.select(".no-result a[href^=/lists/area/]").isEmpty(), "the fields' lists");
        assertEquals(1, page.select(".no-result a[href=/departments/]").size(), "the departments and their phones");
        assertTrue(page.select(".no-result a[href^=tel:]").isEmpty(), "not every department's phone on the page");
    }

    @Test
    void a_question_about_conditions_is_pointed_to_the_check_before_the_results() throws Exception {
        String asked = get("/search?q=" + enc("营业执照第一次被查 改了还罚吗")).body();
        Document page = Jsoup.parse(asked);
        assertFalse(page.select("ol.search-results li").isEmpty(), asked);
        assertEquals(1, page.select(".check-hint a[href=/check/]").size(), asked);
        assertTrue(page.selectFirst(".check-hint").text().contains("我能免罚吗"));
        assertTrue(asked.indexOf("check-hint") < asked.indexOf("search-results"), "before the results");
        // An act without a condition: the check is still offered, after the results (no item may match exactly).
        String act = get("/search?q=" + enc("营业执照")).body();
        assertEquals(1, Jsoup.parse(act).select(".check-hint a[href=/check/]").size(), act);
        assertTrue(act.indexOf("check-hint") > act.indexOf("search-results"), "after the results");
    }

    @Test
    void on_a_results_page_the_results_come_before_the_filters() throws Exception {
        String html = get("/search?q=" + enc("营业执照")).body();
        assertTrue(html.indexOf("search-results") < html.indexOf("class=\"filters\""), "phones read the results first");
    }
}
