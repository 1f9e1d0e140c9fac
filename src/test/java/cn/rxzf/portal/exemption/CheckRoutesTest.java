package cn.rxzf.portal.exemption;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /check/{itemId}} on a real port, without a database: the form, the answer page, the JSON, and 400 for
 * every malformed answer (never a 5xx, never the bad value repeated). Today is {@link TestSite#TODAY}, 2026-11-22.
 */
class CheckRoutesTest {
    /** Every question answered: an organisation that meets item scj-01, corrected in time, without harm. */
    static final String FULL = "c1=yes&c2=yes&first=yes&corrected=yes&harm=none&emergency=no&nofault=no&party=org";
    static final String MARK = "zq%3Cb%3Ex";

    @TempDir
    static Path dir;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        TestSite site = TestSite.minimal(dir).withLaw();
        site.write("departments/scj/lists/old.md", """
                ---
                部门: scj
                标题: 旧免罚清单
                类型: 不予处罚
                发布机构: 测试市市场监督管理局
                成文日期: 2019-01-01
                生效日期: 2019-02-01
                状态: 已废止
                领域: 市场监管
                条目:
                  - id: scj-old-01
                    违法行为: 未按规定公示营业执照（旧）
                    违反条款: 《测试条例》第1条
                    处罚依据: 《测试条例》第2条
                    适用条件: [首次发现]
                    处理结果: 不予处罚
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [批评教育]
                ---
                """);
        site.write("departments/scj/lists/draft.md", """
                ---
                部门: scj
                标题: 免罚清单（征求意见稿）
                类型: 不予处罚
                发布机构: 测试市市场监督管理局
                成文日期: 2026-11-01
                生效日期: 2026-11-01
                状态: 征求意见
                领域: 市场监管
                条目:
                  - id: scj-draft-01
                    违法行为: 未按规定公示营业执照（征求意见稿）
                    违反条款: 《测试条例》第1条
                    处罚依据: 《测试条例》第2条
                    适用条件: [首次发现]
                    处理结果: 不予处罚
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [批评教育]
                ---
                """);
        BuildResult built = SiteBuilds.of(site.settings()).build();
        assertTrue(built.ok(), built.problems().toString());
        app = WebApp.create(new Services(site.settings(), new LiveSite(site.settings(), built.content()), TestSite.clock()))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    @Test
    void the_empty_form_asks_the_items_conditions_and_the_laws_questions() throws Exception {
        HttpResponse<String> r = get("/check/scj-01");
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertEquals("/check/scj-01", d.selectFirst("form#check-form").attr("action"));
        assertEquals("get", d.selectFirst("form#check-form").attr("method"));
        assertTrue(d.select("legend").eachText().contains("条件 1：首次发现"));
        assertTrue(d.select("legend").eachText().contains("条件 2：及时改正"));
        for (String name : new String[] {"first", "harm", "emergency", "nofault", "party", "age", "capacity",
                "m", "actDate", "continuing", "endDate", "foundDate", "lifeOrFinance"}) {
            assertFalse(d.select("[name=" + name + "]").isEmpty(), name + " is asked");
        }
        assertTrue(d.select("[name=corrected]").isEmpty(), "条件 2 is the law's 及时改正 in its words: asked once");
        assertTrue(d.select("#field-c2 .hint").text().contains("同时回答法律的“违法行为是否已经及时改正？”"));
        assertTrue(d.select("#field-first .hint").text().contains("不是同一件事"),
                "首次发现 is not 初次违法: both asked, and the law's question says why");
        assertTrue(d.select("#answer").isEmpty(), "no answer before any is given");
        assertEquals("no-store", r.headers().firstValue("cache-control").orElse(""));
        assertTrue(d.select("script[src=/js/check.js]").size() == 1 && d.select("script:not([src])").isEmpty(),
                "one external script, none inline (CSP)");
    }

    /** Reached with the item chosen: the check first asks whether the item is the person's act at all. */
    @Test
    void an_items_check_first_asks_whether_the_item_is_the_act() throws Exception {
        Document d = Jsoup.parse(get("/check/scj-01").body());
        Element first = d.selectFirst("#check-form .check-question");
        assertEquals("field-fits", first.id(), "the confirmation comes before the item's conditions");
        assertTrue(first.selectFirst("legend").text().contains("这个事项说的是您的违法行为吗"));
        assertEquals(java.util.List.of("是", "不是", "不确定"), first.select("label").eachText());
        assertTrue(d.selectFirst("#group-item .hint").text().contains("未按规定公示营业执照"), "the item named there");
        assertNotNull(first.selectFirst("#check-not-item a[href=/check/]"), "不是/不确定: the law's check");
        assertNotNull(first.selectFirst("#check-not-item a[href=/search]"), "不是/不确定: choose another item");
        assertTrue(d.selectFirst("form#check-form").hasAttr("data-confirm"), "the script shows the rest after 是");
        assertTrue(Jsoup.parse(get("/check/").body()).select("[name=fits]").isEmpty(), "not asked without an item");

        HttpResponse<String> no = get("/check/scj-01?fits=no&c1=yes&first=yes&harm=none");
        assertEquals(303, no.statusCode());
        assertEquals("/check/?first=yes&harm=none&from=item", no.headers().firstValue("location").orElse(""),
                "the law's check, keeping the answers that are not about the item");
        HttpResponse<String> unsure = get("/check/scj-01?fits=unsure&c1=&age=&actDate=");
        assertEquals(303, unsure.statusCode());
        assertEquals("/check/", unsure.headers().firstValue("location").orElse(""));

        Document yes = Jsoup.parse(get("/check/scj-01?fits=yes&" + FULL).body());
        assertEquals("自查结果：应当不予处罚", yes.selectFirst("#answer h2").text());
        assertEquals("是", given(yes, Questions.FITS.label()));
        assertEquals("未回答（按本事项判断）", given(Jsoup.parse(get("/check/scj-01?" + FULL).body()), Questions.FITS.label()),
                "a link without the confirmation still checks the item");
    }

    /**
     * 不是 (or 不确定) after some answers: the law's check, its form filled in with the answers it also asks (an item
     * condition's too, where it is the law's own element: scj-01's 及时改正), no error summary for the rest, no answer.
     */
    @Test
    void not_this_item_after_some_answers_lands_on_the_laws_check_with_them_and_no_errors() throws Exception {
        HttpResponse<String> no = get("/check/scj-01?fits=no&c1=yes&c2=yes&harm=none&party=org&age=&actDate=2099-01-01");
        assertEquals(303, no.statusCode());
        String location = no.headers().firstValue("location").orElse("");
        assertEquals("/check/?harm=none&party=org&corrected=yes&from=item", location,
                "the law's answers kept, 及时改正 from c2, not c1 (首次发现 is not 初次违法), nor a blank or refused value");
        HttpResponse<String> law = get(location);
        assertEquals(200, law.statusCode());
        Document d = Jsoup.parse(law.body());
        assertTrue(d.select(".error-summary, .field-error, .has-errors").isEmpty(), "no error summary: " + d.select(".error-summary").text());
        assertTrue(d.select("#answer").isEmpty() && d.selectFirst("details#check-edit") == null, "the form, not an answer");
        assertTrue(d.selectFirst("title").text().startsWith("我的情况能免罚吗"), d.selectFirst("title").text());
        assertTrue(d.selectFirst("#check-carried").text().contains("已经带入"), "says why the answers are there");
        for (String id : new String[] {"q-harm-none", "q-party-org", "q-corrected-yes"}) {
            assertTrue(d.selectFirst("#" + id).hasAttr("checked"), id + " kept");
        }
        assertTrue(d.select("#check-form input[checked]").size() == 3, "nothing else filled in");

        assertEquals("/check/?harm=none&from=item&format=json",
                get("/check/scj-01?fits=unsure&harm=none&format=json").headers().firstValue("location").orElse(""),
                "a JSON client stays a JSON client");
        assertEquals(400, get("/check/?harm=none&from=elsewhere").statusCode(), "from takes one value");
        Document plain = Jsoup.parse(get("/check/?harm=none").body());
        assertEquals(1, plain.select(".error-summary").size(), "without from=item the law's check judges what it is sent");
    }

    @Test
    void the_answer_comes_first_and_the_form_folds_under_its_summary_without_a_script() throws Exception {
        Document d = Jsoup.parse(get("/check/scj-01?" + FULL).body());
        Element box = d.selectFirst("details#check-edit");
        assertTrue(box != null && !box.hasAttr("open"), "the form is folded");
        assertEquals("修改回答", box.selectFirst("summary").text());
        assertTrue(box.selectFirst("form#check-form") != null);
        assertTrue(d.selectFirst("#check-answer").siblingIndex() < box.siblingIndex(), "the answer first");
        assertTrue(d.selectFirst("#answer .check-list-note").text().startsWith("清单写的是"));
        assertEquals(1, d.select("#answer .check-next a[href=/credit/]").size(), "credit repair among the next steps");
        assertEquals(1, d.select("#answer .check-next a[href=/items/scj-01/]").size(), "the item among the next steps");
        assertTrue(Jsoup.parse(get("/check/scj-01").body()).select("details#check-edit").isEmpty(),
                "no answer yet: the form is open");
    }

    @Test
    void full_answers_give_the_outcome_with_its_article_measures_authority_and_phone() throws Exception {
        HttpResponse<String> r = get("/check/scj-01?" + FULL);
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        Element answer = d.selectFirst("#answer");
        assertNotNull(answer);
        assertEquals("自查结果：应当不予处罚", answer.selectFirst("h2").text());
        String text = answer.text();
        assertTrue(text.contains("《中华人民共和国行政处罚法》第三十三条第一款"), text);
        assertTrue(text.contains("《测试免罚清单》第 1 项"), text);
        assertTrue(text.contains("批评教育"), "配套监管措施");
        assertTrue(text.contains("第三十三条第三款") && text.contains("进行教育"), "不予处罚 still comes with 教育");
        assertTrue(text.contains("仅供参考") && text.contains("依法决定"), "guidance, the authority decides");
        assertTrue(text.contains("测试市市场监督管理局") && text.contains("0000-1234567"), "how to reach the authority");
        assertTrue(text.contains("生成日期：2026-11-22"), "the date, for printing");
        assertTrue(d.select(".check-given dt").eachText().contains("条件 1：首次发现"), "the answers given");
        assertEquals("检查结果：我的情况能免罚吗？未按规定公示营业执照 - 测试站", d.title());
        assertTrue(d.selectFirst("#q-c1-yes").hasAttr("checked"), "the form keeps the answers");
        assertEquals("已受到处罚？公示期满后可申请信用修复", answer.selectFirst("a[href=/credit/]").text(), "credit repair");
    }

    /** 轻微 not asked because the list in force treats the act as minor: the summary says what was assumed and why. */
    @Test
    void the_summary_shows_what_was_assumed_for_an_unanswered_minor() throws Exception {
        Document d = Jsoup.parse(get("/check/scj-01?" + FULL).body());
        assertEquals(CheckView.PRESUMED_MINOR, given(d, Questions.MINOR.label()));
        assertTrue(CheckView.PRESUMED_MINOR.startsWith("按清单视为轻微"));
        JsonNode j = mapper.readTree(get("/check/scj-01?" + FULL + "&format=json").body());
        boolean inJson = false;
        for (JsonNode a : j.at("/answers")) {
            inJson |= a.at("/question").asText().equals(Questions.MINOR.label()) && a.at("/answer").asText().equals(CheckView.PRESUMED_MINOR);
        }
        assertTrue(inJson, j.at("/answers").toString());
        Document unmet = Jsoup.parse(get("/check/scj-01?" + with("c1=no")).body());
        assertEquals("未回答", given(unmet, Questions.MINOR.label()), "a condition not met: nothing is assumed");
        Document answered = Jsoup.parse(get("/check/scj-01?" + FULL + "&minor=no").body());
        assertEquals("否", given(answered, Questions.MINOR.label()), "an answer given is shown as given");
    }

    /** Phone, JS off: 修改回答 once (the folded form's summary), the answers counted as given, the real reason headed. */
    @Test
    void the_answer_page_offers_one_change_link_counts_the_answers_given_and_heads_a_drafts_reason_as_a_draft() throws Exception {
        Document d = Jsoup.parse(get("/check/scj-01?" + FULL).body());
        assertEquals(1, d.select("main *:containsOwn(修改回答)").size(), d.select("main *:containsOwn(修改回答)").toString());
        List<Element> rows = d.select(".check-given > div");
        long answered = FULL.split("&").length; // the eight answers FULL sends
        assertTrue(answered < rows.size(), "the summary also lists questions left unanswered (" + rows.size() + ")");
        assertEquals("您的回答（已回答 " + answered + " 项）", d.selectFirst(".check-given-box summary").text());
        JsonNode j = mapper.readTree(get("/check/scj-01?" + FULL + "&format=json").body());
        long inJson = 0;
        for (JsonNode a : j.at("/answers")) if (a.at("/answered").asBoolean()) inJson++;
        assertEquals(answered, inJson, "the script counts the same");

        Document draft = Jsoup.parse(get("/check/scj-draft-01?" + FULL.replace("c2=yes&", "")).body());
        List<String> headings = draft.select("#answer h3").eachText();
        assertTrue(headings.contains("所属清单是征求意见稿，尚未生效"), headings.toString());
        assertFalse(headings.contains("清单的适用条件未全部满足"), "every condition was met: " + headings);
        assertEquals("清单的适用条件未全部满足", Jsoup.parse(get("/check/scj-01?" + with("c1=no")).body())
                .select("#answer h3").eachText().stream().filter(h -> h.contains("清单")).findFirst().orElse(""),
                "a list in force with a condition not met keeps its heading");
    }

    private static String given(Document d, String question) {
        for (Element row : d.select(".check-given > div")) {
            if (row.selectFirst("dt").text().equals(question)) return row.selectFirst("dd").text();
        }
        return null;
    }

    @Test
    void json_is_given_for_the_format_parameter() throws Exception {
        HttpResponse<String> r = get("/check/scj-01?" + FULL + "&format=json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonNode j = mapper.readTree(r.body());
        assertEquals("MUST_NOT_PUNISH", j.at("/outcome/code").asText());
        assertEquals("应当不予处罚", j.at("/outcome/label").asText());
        assertEquals("《中华人民共和国行政处罚法》第三十三条第一款第一句", j.at("/outcome/articles/0/cite").asText());
        assertEquals("/law/xingzheng-chufa/#a33", j.at("/outcome/articles/0/url").asText());
        assertTrue(j.at("/outcome/trace").size() >= 6, "a trace of every rule considered");
        assertTrue(j.at("/outcome/education").asBoolean());
        assertEquals("批评教育", j.at("/outcome/measures/0").asText());
        assertEquals("0000-1234567", j.at("/department/phone").asText());
        assertEquals("2026-11-22", j.at("/date").asText());
        assertEquals("scj-01", j.at("/item/id").asText());
        assertTrue(j.at("/answers").size() >= 8);
    }

    @Test
    void json_is_given_when_the_client_accepts_only_json() throws Exception {
        HttpResponse<String> r = get("/check/scj-01?" + with("party=person&age=15&capacity=full"), "application/json");
        assertEquals(200, r.statusCode());
        JsonNode j = mapper.readTree(r.body());
        assertEquals("MUST_NOT_PUNISH", j.at("/outcome/code").asText());
        boolean art30 = false;
        for (JsonNode a : j.at("/outcome/also")) art30 |= a.at("/label").asText().equals("应当从轻或者减轻处罚");
        assertTrue(art30, "and if punished after all: art. 30");
        assertEquals("Accept", r.headers().firstValue("vary").orElse(""));
        assertEquals(200, get("/check/scj-01?" + FULL, "text/html,application/json;q=0.9").statusCode());
        assertTrue(get("/check/scj-01?" + FULL, "text/html,application/json;q=0.9").body().startsWith("<!DOCTYPE html>"),
                "a browser gets HTML");
    }

    /** {@link #FULL} with the given parameters in place of those of the same names. */
    static String with(String params) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String p : params.split("&")) names.add(p.substring(0, p.indexOf('=')));
        StringBuilder b = new StringBuilder();
        for (String p : FULL.split("&")) if (!names.contains(p.substring(0, p.indexOf('=')))) b.append(p).append('&');
        return b.append(params).toString();
    }

    @Test
    void missing_answers_show_the_form_again_with_an_error_summary() throws Exception {
        HttpResponse<String> r = get("/check/scj-01?c1=yes&first=yes");
        assertEquals(400, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertTrue(d.title().startsWith("错误："), d.title());
        Element summary = d.selectFirst(".error-summary");
        assertNotNull(summary);
        assertTrue(summary.text().contains("请回答：条件 2：及时改正"), summary.text());
        for (Element a : summary.select("a")) {
            assertNotNull(d.getElementById(a.attr("href").substring(1)), "the summary links to " + a.attr("href"));
        }
        assertTrue(d.selectFirst("#q-c1-yes").hasAttr("checked"), "what was answered is kept");
        assertTrue(d.select("#answer").isEmpty(), "no outcome while answers are missing");
    }

    @Test
    void a_person_must_give_an_age_and_an_organisation_need_not() throws Exception {
        assertEquals(400, get("/check/scj-01?" + FULL.replace("party=org", "party=person")).statusCode());
        HttpResponse<String> org = get("/check/scj-01?" + FULL + "&age=&capacity=");
        assertEquals(200, org.statusCode());
        assertFalse(Jsoup.parse(org.body()).select(".check-given dt").eachText().contains(Questions.AGE.label()),
                "an organisation's age is not listed as an answer");
    }

    @Test
    void ages_from_0_to_150_and_dates_up_to_today_are_accepted() throws Exception {
        String person = FULL.replace("party=org", "party=person&capacity=full");
        assertEquals(200, get("/check/scj-01?" + person + "&age=0").statusCode());
        assertEquals(200, get("/check/scj-01?" + person + "&age=150").statusCode());
        assertEquals(200, get("/check/scj-01?" + FULL + "&actDate=2026-11-22&continuing=no&lifeOrFinance=no").statusCode());
    }

    @Test
    void the_time_limit_outcome_is_reached_through_the_route() throws Exception {
        JsonNode j = mapper.readTree(get("/check/scj-01?" + FULL + "&actDate=2024-11-21&continuing=no&lifeOrFinance=no&format=json").body());
        assertEquals("TIME_BARRED", j.at("/outcome/code").asText());
        assertEquals("《中华人民共和国行政处罚法》第三十六条", j.at("/outcome/articles/0/cite").asText());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "c1=maybe", "c3=yes", "nonsense=1", "first=yes&first=no", "harm=some", "party=robot",
            "party=person&capacity=full&age=-1", "party=person&capacity=full&age=151", "party=person&capacity=full&age=abc",
            "party=person&capacity=full&age=1e2", "party=person&capacity=full&age=99999999999999999999",
            "party=org&age=151", "party=person&age=30&capacity=half", "m=bribed", "m=coerced&m=coerced",
            "actDate=2026-11-23&continuing=no&lifeOrFinance=no", "actDate=2026-02-30&continuing=no&lifeOrFinance=no",
            "actDate=2026-13-01", "actDate=26-01-01", "actDate=2026-1-1", "actDate=2025-01-01T00:00",
            "actDate=2025-01-01&continuing=maybe&lifeOrFinance=no", "actDate=2025-01-01&continuing=no&lifeOrFinance=x",
            "actDate=2025-01-01&continuing=no&harm=minor", "actDate=2025-01-01&lifeOrFinance=no",
            "actDate=2025-01-01&continuing=yes&endDate=2024-12-31&lifeOrFinance=no",
            "actDate=2025-01-01&continuing=no&foundDate=2024-12-31&lifeOrFinance=no",
            "actDate=2025-01-01&continuing=no&lifeOrFinance=no&foundDate=2026-11-23", "foundDate=2025-01-01",
            "format=xml", "emergency=" + MARK, "c1=" + MARK + MARK + MARK + MARK, "%E4%BD%A0=1", "age=%00"})
    void malformed_answers_are_refused_with_400_in_html_and_json(String bad) throws Exception {
        HttpResponse<String> html = get("/check/scj-01?" + with(bad));
        assertEquals(400, html.statusCode(), bad);
        assertFalse(html.body().contains("zq<b>x") || html.body().contains("zq&lt;b&gt;x"), "the bad value is not repeated");
        assertTrue(Jsoup.parse(html.body()).title().startsWith("错误："));
        if (!bad.startsWith("format=")) {
            HttpResponse<String> json = get("/check/scj-01?" + with(bad) + "&format=json");
            assertEquals(400, json.statusCode(), bad);
            assertTrue(json.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
            assertTrue(mapper.readTree(json.body()).at("/errors").size() >= 1, json.body());
            assertFalse(json.body().contains("zq<b>x"));
        }
    }

    @Test
    void broken_percent_encoding_is_a_client_error() throws Exception {
        for (String query : new String[] {"c1=%E4%BD&first=%zz", "c1=%", "%=yes", "c1=%FF%FE"}) {
            // The JDK's client refuses such URIs, so the request line is written by hand.
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
                socket.getOutputStream().write(("GET /check/scj-01?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String status = response.substring(0, response.indexOf("\r\n"));
                assertTrue(status.contains(" 400 "), query + " → " + status);
            }
        }
    }

    @Test
    void json_without_answers_is_refused() throws Exception {
        HttpResponse<String> r = get("/check/scj-01?format=json");
        assertEquals(400, r.statusCode());
        assertEquals("没有回答任何问题", mapper.readTree(r.body()).at("/title").asText());
    }

    @Test
    void an_unknown_item_is_404_as_a_page_and_as_json() throws Exception {
        HttpResponse<String> page = get("/check/nope?" + FULL);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("页面不存在"));
        HttpResponse<String> json = get("/check/nope?format=json");
        assertEquals(404, json.statusCode());
        assertTrue(json.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void an_item_of_a_repealed_list_is_flagged_and_not_applicable() throws Exception {
        HttpResponse<String> r = get("/check/scj-old-01?c1=yes&first=yes&corrected=yes&harm=none&emergency=no&nofault=no&party=org");
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertTrue(d.selectFirst(".banner").text().contains("本清单已废止"));
        assertEquals("自查结果：可以不予处罚（首违不罚）", d.selectFirst("#answer h2").text(),
                "the law applies whatever the list; a repealed list is no ground to presume the act minor");
        assertTrue(d.selectFirst("#answer").text().contains("所属清单已废止"));
    }

    @Test
    void the_check_without_an_item_gives_the_laws_answer_with_its_trace() throws Exception {
        HttpResponse<String> form = get("/check/");
        assertEquals(200, form.statusCode());
        Document empty = Jsoup.parse(form.body());
        assertNotNull(empty.selectFirst("#field-field"), "the field of the act is asked");
        assertTrue(empty.select("[name=c1]").isEmpty(), "no list conditions without a list");

        HttpResponse<String> r = get("/check/?minor=yes&first=no&corrected=yes&harm=none&emergency=no&nofault=no&party=org");
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertEquals("自查结果：应当不予处罚", d.selectFirst("#answer h2").text());
        Element decisive = d.selectFirst(".check-trace li.decisive");
        assertNotNull(decisive, "the deciding step is marked");
        assertTrue(decisive.text().contains("第三十三条第一款第一句"), decisive.text());
        assertEquals("/law/xingzheng-chufa/#a33", decisive.selectFirst("a").attr("href"));
        assertTrue(d.selectFirst(".check-trace").text().contains("第三十三条第一款第二句"), "the other rules are shown");

        JsonNode j = mapper.readTree(get("/check/?minor=yes&first=no&corrected=yes&harm=none&emergency=no&nofault=no"
                + "&party=org&format=json").body());
        assertTrue(j.at("/item").isNull());
        assertEquals("MUST_NOT_PUNISH", j.at("/outcome/code").asText());
    }

    @Test
    void the_item_page_links_to_its_check() throws Exception {
        Document d = Jsoup.parse(get("/items/scj-01/").body());
        assertNotNull(d.selectFirst("a[href=/check/scj-01]"));
    }

    @Test
    void search_results_for_items_link_to_their_check() throws Exception {
        Document d = Jsoup.parse(get("/search?q=" + java.net.URLEncoder.encode("营业执照", "UTF-8")).body());
        assertNotNull(d.selectFirst(".search-results a[href=/check/scj-01]"), d.select(".search-results").html());
    }

    @Test
    void the_script_is_published_with_the_site() throws Exception {
        HttpResponse<String> r = get("/js/check.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
    }
}
