package cn.rxzf.portal.questionnaires;

import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.config.Settings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A questionnaire against the real service and a real PostgreSQL: it opens, takes answers without an account,
 * refuses a replayed form and an answer outside its window (keeping what was typed), and publishes its counts once
 * closed, on its page and as CSV and JSON.
 */
class QuestionnaireRoutesTest {
    static final String PAGE = "/questionnaires/wenjuan/";
    @TempDir
    Path dir;
    ServiceHarness s;

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir).write("departments/scj/questionnaires/wenjuan.md", """
                ---
                部门: scj
                标题: 柔性执法满意度问卷
                目的: 了解经营者对柔性执法的评价。
                开始日期: 2026-11-20
                截止日期: 2026-11-30
                问题:
                  - id: role
                    题目: 您的身份
                    类型: 单选
                    选项: [个体工商户, 企业, 其他]
                  - id: methods
                    题目: 经历过哪些柔性执法方式
                    类型: 多选
                    必答: 否
                    选项: [说服教育, 行政提示, 告知承诺, 都没有经历过]
                    单独选项: [都没有经历过]
                  - id: manyi
                    题目: 总体满意度
                    类型: 评分
                    两端说明: [非常不满意, 非常满意]
                    满意度: 是
                  - id: advice
                    题目: 建议
                    类型: 填空
                    字数上限: 20
                ---
                请如实填写。
                """);
        s = new ServiceHarness(site);
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    private int storedAnswers() {
        return s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM questionnaire_answers").mapTo(Integer.class).one());
    }

    /** Posts the form with {@code token} and the given fields (a name may repeat, as checkboxes send it). */
    private HttpResponse<String> post(String token, String... kv) throws Exception {
        List<String> pairs = new ArrayList<>();
        pairs.add("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        if (!List.of(kv).contains("website")) pairs.add("website="); // the empty honeypot a browser sends
        for (int i = 0; i < kv.length; i += 2) {
            pairs.add(URLEncoder.encode(kv[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return s.postRaw(PAGE + "answers", "application/x-www-form-urlencoded", String.join("&", pairs));
    }

    /** Loads the page, waits as a person would, posts the answer. */
    private HttpResponse<String> answer(String... kv) throws Exception {
        String token = tokenIn(s.get(PAGE).body());
        s.advance(Duration.ofSeconds(30));
        return post(token, kv);
    }

    private void setDay(LocalDate day) {
        s.clock.set(day.atTime(9, 0).atZone(Settings.ZONE).toInstant());
    }

    @Test
    void an_answer_without_an_account_gets_a_receipt_and_is_counted() throws Exception {
        HttpResponse<String> page = s.get(PAGE);
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("cache-control").orElse(""));
        Document doc = Jsoup.parse(page.body());
        assertTrue(page.body().contains("已收到回答</dt><dd>0 份"));
        assertNotNull(doc.selectFirst("form[action=/questionnaires/wenjuan/answers][method=post]"));
        assertEquals(3, doc.select("input[type=radio][name=role]").size());
        assertEquals(4, doc.select("input[type=checkbox][name=methods]").size());
        assertEquals(5, doc.select("input[type=radio][name=manyi]").size());
        assertTrue(page.body().contains("1 分（非常不满意）") && page.body().contains("5 分（非常满意）"));
        assertEquals("20", doc.selectFirst("textarea#advice").attr("maxlength"));
        assertEquals("1. 您的身份（必答）", doc.selectFirst("fieldset#role legend").text(), "questions numbered from 1");
        assertEquals("4. 建议（选填，不超过 20 字）", doc.selectFirst("label[for=advice]").text());
        assertTrue(page.body().contains("本问卷不收集姓名、电话、证件号码等个人信息"));

        HttpResponse<String> r = answer("role", "2", "methods", "1", "methods", "3", "manyi", "4", "advice", "多讲解法规");
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("location").orElseThrow();
        assertTrue(location.matches("/questionnaires/wenjuan/answers/WJ20261122-[2-9A-Z]{6}"), location);
        HttpResponse<String> receipt = s.get(location);
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().contains(location.substring(location.lastIndexOf('/') + 1)));
        assertFalse(receipt.body().contains("多讲解法规"), "the receipt does not show the answers");
        assertEquals(404, s.get("/questionnaires/wenjuan/answers/WJ20261122-ZZZZZZ").statusCode());
        assertTrue(s.get(PAGE).body().contains("已收到回答</dt><dd>1 份"));

        assertEquals(List.of("manyi:4", "methods:1", "methods:3", "role:2"), s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT question || ':' || choice FROM questionnaire_choices ORDER BY 1").mapTo(String.class).list()));
        byte[] text = s.db.jdbi.withHandle(h -> h.createQuery("SELECT body FROM questionnaire_texts").mapTo(byte[].class).one());
        assertEquals("多讲解法规", s.keys.decrypt(text), "free text is stored encrypted");
        assertFalse(new String(text, StandardCharsets.ISO_8859_1).contains("多讲解法规"));
    }

    @Test
    void a_replayed_form_is_refused_and_stores_nothing_more() throws Exception {
        String token = tokenIn(s.get(PAGE).body());
        s.advance(Duration.ofSeconds(30));
        assertEquals(303, post(token, "role", "1", "manyi", "5").statusCode());
        s.advance(Duration.ofMinutes(11));
        HttpResponse<String> again = post(token, "role", "3", "manyi", "1");
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("这份表单已经提交过"), again.body());
        assertEquals(1, storedAnswers());
    }

    @Test
    void an_answer_after_the_close_is_refused_in_chinese_and_what_was_typed_stays() throws Exception {
        String token = tokenIn(s.get(PAGE).body());
        setDay(LocalDate.of(2026, 12, 1));
        HttpResponse<String> r = post(token, "role", "2", "manyi", "3", "advice", "截止后才写的建议");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("问卷已于 2026-11-30 截止，不再接收回答"), r.body());
        Document doc = Jsoup.parse(r.body());
        assertEquals("截止后才写的建议", doc.selectFirst("textarea#advice").text(), "what was typed is kept");
        assertEquals("2", doc.selectFirst("input[name=role][checked]").val());
        assertEquals("3", doc.selectFirst("input[name=manyi][checked]").val());
        assertTrue(doc.select("form[action$=answers] button[type=submit]").isEmpty(), "no button that cannot work any more");
        assertEquals(0, storedAnswers());
    }

    @Test
    void before_the_window_the_page_says_when_it_opens_and_answers_are_refused() throws Exception {
        setDay(LocalDate.of(2026, 11, 19));
        HttpResponse<String> page = s.get(PAGE);
        assertTrue(page.body().contains("问卷将于 2026-11-20 开始填写"));
        assertFalse(page.body().contains("action=\"/questionnaires/wenjuan/answers\""));
        String token = new cn.rxzf.portal.web.FormTokens(s.keys, s.clock, Duration.ofSeconds(2), Duration.ofHours(4))
                .issue(QuestionnaireService.purpose("wenjuan"));
        s.advance(Duration.ofSeconds(30));
        HttpResponse<String> r = post(token, "role", "1", "manyi", "5");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("问卷尚未开始"));
        assertEquals(0, storedAnswers());
    }

    @Test
    void wrong_answers_are_refused_at_their_questions_with_the_rest_kept() throws Exception {
        HttpResponse<String> r = answer("role", "1", "role", "2", "methods", "9", "advice", "长".repeat(21));
        assertEquals(400, r.statusCode());
        Document doc = Jsoup.parse(r.body());
        assertTrue(doc.title().startsWith("错误："));
        List<String> links = doc.select(".error-summary a").eachAttr("href");
        assertEquals(List.of("#role", "#methods", "#manyi", "#advice"), links);
        assertTrue(r.body().contains("第 1 题只能选择一项"));
        assertTrue(r.body().contains("第 2 题请从列出的选项中选择"));
        assertTrue(r.body().contains("请回答第 3 题"));
        assertTrue(r.body().contains("第 4 题的回答不能超过 20 字"));
        assertEquals("长".repeat(21), doc.selectFirst("textarea#advice").text());
        assertEquals(0, storedAnswers());
        // Corrected at once: the form came back with its own (unspent) token, so nobody is told to wait.
        HttpResponse<String> fixed = post(tokenIn(r.body()), "role", "1", "manyi", "3", "advice", "短");
        assertEquals(303, fixed.statusCode(), fixed.body());
        assertEquals(1, storedAnswers());
    }

    @Test
    void a_none_of_these_option_chosen_with_another_is_refused_at_its_question_with_the_rest_kept() throws Exception {
        Document page = Jsoup.parse(s.get(PAGE).body());
        assertTrue(page.selectFirst("fieldset#methods").text().contains("（单独选择）"), "the form says which option stands alone");
        HttpResponse<String> r = answer("role", "2", "methods", "1", "methods", "4", "manyi", "4", "advice", "多讲解");
        assertEquals(400, r.statusCode(), r.body());
        Document doc = Jsoup.parse(r.body());
        assertEquals(List.of("#methods"), doc.select(".error-summary a").eachAttr("href"));
        assertTrue(doc.selectFirst("fieldset#methods .field-error").text().contains("第 2 题选择“都没有经历过”时，不能同时选择其他选项"),
                doc.select("fieldset#methods").text());
        assertEquals(List.of("1", "4"), doc.select("input[name=methods][checked]").eachAttr("value"), "the choices stay");
        assertEquals("2", doc.selectFirst("input[name=role][checked]").val());
        assertEquals("多讲解", doc.selectFirst("textarea#advice").text());
        assertEquals(0, storedAnswers());
        assertEquals(303, post(tokenIn(r.body()), "role", "2", "methods", "4", "manyi", "4").statusCode(), "alone it is accepted");
        assertEquals(1, storedAnswers());
    }

    @Test
    void a_forged_token_a_filled_honeypot_and_another_sites_page_are_refused() throws Exception {
        assertEquals(403, post("1.abc.def", "role", "1", "manyi", "5").statusCode());
        String token = tokenIn(s.get(PAGE).body());
        s.advance(Duration.ofSeconds(30));
        assertEquals(400, post(token, "role", "1", "manyi", "5", "website", "http://spam.example").statusCode());
        HttpResponse<String> foreign = s.send(HttpRequest.newBuilder(URI.create(s.url(PAGE + "answers")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&role=1&manyi=5")).build());
        assertEquals(403, foreign.statusCode());
        assertEquals(0, storedAnswers());
    }

    @Test
    void a_closed_questionnaire_publishes_its_counts_with_n_and_no_share_below_five() throws Exception {
        assertEquals(404, s.get(PAGE + "results.csv").statusCode(), "no figures while it is open");
        String[][] answers = {{"1", "5"}, {"1", "4"}, {"2", "4"}, {"1", "5"}, {"3", "2"}};
        for (int i = 0; i < answers.length; i++) {
            List<String> kv = new ArrayList<>(List.of("role", answers[i][0], "manyi", answers[i][1], "advice", "建议" + i));
            if (i < 2) kv.addAll(List.of("methods", "1", "methods", "2"));
            assertEquals(303, answer(kv.toArray(String[]::new)).statusCode());
        }
        assertEquals(429, answer("role", "1", "manyi", "5").statusCode(), "a sixth answer in ten minutes from one client");
        assertEquals(5, storedAnswers());
        assertFalse(s.get(PAGE).body().contains("统计结果"), "no figures before the close");
        assertFalse(s.get("/statistics/online/").body().contains("80%（n=5）"), "no 满意度 from an open questionnaire");

        setDay(LocalDate.of(2026, 12, 1));
        HttpResponse<String> page = s.get(PAGE);
        Document doc = Jsoup.parse(page.body());
        assertTrue(page.body().contains("共收到回答 5 份"));
        assertTrue(doc.select("form").stream().noneMatch(f -> f.attr("action").endsWith("/answers")), "no form once closed");
        var role = doc.select("table.results").get(0);
        assertTrue(role.selectFirst("caption").text().contains("n = 5"));
        assertEquals("个体工商户 3 60.0%（n = 5）", role.select("tbody tr").get(0).text());
        assertEquals("其他 1 20.0%（n = 5）", role.select("tbody tr").get(2).text());
        var methods = doc.select("table.results").get(1);
        assertTrue(methods.selectFirst("caption").text().contains("n = 2"));
        assertEquals("说服教育 2 —", methods.select("tbody tr").get(0).text(), "no share from fewer than 5 answers");
        assertTrue(page.body().contains("平均 4.0 分（n = 5）"));
        Document statistics = Jsoup.parse(s.get("/statistics/online/").body());
        assertEquals(List.of("测试市市场监督管理局 2026 年第 4 季度 不足 5 份，不公布 80%（n=5） 80%（n=5） 4.0（n=5）"),
                statistics.select("#h-satisfaction-all ~ table tbody tr").eachText(), "满意度 once closed, with n");
        assertTrue(statistics.select("#h-satisfaction-all ~ figure svg").size() == 1, "and its chart");
        assertTrue(s.get("/statistics/online.json").body().contains("\"satisfaction-all\""));
        assertFalse(page.body().contains("建议0"), "free text is not published");
        assertTrue(page.body().contains("共 5 人回答，经本部门审核公开 0 条，尚在审核 5 条"), "free text waits for a reviewer");

        HttpResponse<String> csv = s.get(PAGE + "results.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF问卷编号,问题编号,问题,类型,选项编号,选项,人数,回答该题人数n,比例\r\n"));
        assertTrue(csv.body().contains("wenjuan,role,您的身份,单选,1,个体工商户,3,5,60.0%\r\n"), csv.body());
        assertTrue(csv.body().contains("wenjuan,methods,经历过哪些柔性执法方式,多选,1,说服教育,2,2,\r\n"), csv.body());
        assertFalse(csv.body().contains("建议"));
        HttpResponse<String> json = s.get(PAGE + "results.json");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"answers\":5"), json.body());
        assertTrue(json.body().contains("{\"value\":1,\"label\":\"个体工商户\",\"count\":3,\"share\":\"60.0%\"}"), json.body());
        assertTrue(json.body().contains("\"mean\":\"4.0\""));
    }

    @Test
    void the_generator_lists_the_questionnaires_and_writes_a_static_page_without_a_form() throws Exception {
        String index = Files.readString(s.site.out.resolve("questionnaires/index.html"));
        assertTrue(index.contains("href=\"/questionnaires/wenjuan/\""), index);
        assertTrue(index.contains("正在征集"));
        String page = Files.readString(s.site.out.resolve("questionnaires/wenjuan/index.html"));
        assertTrue(page.contains("柔性执法满意度问卷") && page.contains("本页为静态版本"));
        assertFalse(page.contains("name=\"token\""));
        Document home = Jsoup.parse(Files.readString(s.site.out.resolve("index.html")));
        assertEquals(1, home.select(".services a[href=/questionnaires/]").size(), "in the home page's services");
        assertEquals(1, home.select("nav .nav a[href=/questionnaires/]").size(), "in the navigation");
        Document department = Jsoup.parse(Files.readString(s.site.out.resolve("departments/scj/index.html")));
        assertEquals("柔性执法满意度问卷", department.select("#h-questionnaires + ul a[href=/questionnaires/wenjuan/]").text(),
                "on its department's page");
    }
}
