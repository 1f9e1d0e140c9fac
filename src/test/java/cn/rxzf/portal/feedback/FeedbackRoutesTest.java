package cn.rxzf.portal.feedback;

import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackRoutesTest {
    @TempDir
    Path dir;
    ServiceHarness s;

    @BeforeEach
    void start() throws Exception {
        s = new ServiceHarness(TestSite.minimal(dir));
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    private HttpResponse<String> send(String page, String kind, String body) throws Exception {
        String token = tokenIn(s.get("/feedback?page=" + page + "&kind=" + kind).body());
        s.advance(Duration.ofSeconds(3));
        return s.postForm("/feedback", form("token", token, "page", page, "kind", kind, "body", body, "website", ""));
    }

    @Test
    void every_static_page_offers_feedback() throws Exception {
        String item = s.get("/items/scj-01/").body();
        assertTrue(item.contains("action=\"/feedback\"") && item.contains("value=\"/items/scj-01/\""));
        assertTrue(item.contains("我要纠错"));
    }

    @Test
    void a_vote_from_the_page_itself_counts_at_once_and_once() throws Exception {
        String item = s.get("/items/scj-01/").body();
        assertTrue(item.contains("<form method=\"post\" action=\"/feedback/vote\">"), "the vote needs no second page");
        HttpResponse<String> vote = vote("/items/scj-01/", "useful", "same-origin");
        assertEquals(303, vote.statusCode());
        assertEquals("/feedback/thanks?page=%2Fitems%2Fscj-01%2F&voted=1", vote.headers().firstValue("location").orElse(""));
        assertEquals(1, votes("/items/scj-01/", "useful"), "the first vote of a visit is counted");
        assertEquals(303, vote("/items/scj-01/", "useful", "same-origin").statusCode());
        assertEquals(1, votes("/items/scj-01/", "useful"), "a second click within the hour is thanked, not counted");
        assertEquals(403, vote("/items/scj-01/", "not_useful", "cross-site").statusCode());
        assertEquals(0, votes("/items/scj-01/", "not_useful"), "another site cannot vote through a visitor");
        HttpResponse<String> report = vote("/items/scj-01/", "error_report", null);
        assertEquals("/feedback?page=%2Fitems%2Fscj-01%2F&kind=error_report", report.headers().firstValue("location").orElse(""));
        assertTrue(s.get("/feedback/thanks?page=/items/scj-01/&voted=1").body().contains("kind=error_report"));
    }

    @Test
    void a_report_sent_too_fast_comes_back_with_its_text_and_a_fresh_form() throws Exception {
        String token = tokenIn(s.get("/feedback?page=/items/scj-01/&kind=error_report").body());
        HttpResponse<String> r = s.postForm("/feedback", form("token", token, "page", "/items/scj-01/",
                "kind", "error_report", "body", "第二项的电话号码错了", "website", ""));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("第二项的电话号码错了") && r.body().contains("name=\"token\""), r.body());
        assertEquals(0, votes("/items/scj-01/", "error_report"));
        HttpResponse<String> forged = s.postForm("/feedback", form("token", "1.x.y", "page", "/items/scj-01/",
                "kind", "error_report", "body", "第二项的电话号码错了", "website", ""));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("第二项的电话号码错了") && forged.body().contains("表单校验未通过"), "a forged token keeps the text too");
        assertEquals(0, votes("/items/scj-01/", "error_report"));
    }

    private HttpResponse<String> vote(String page, String kind, String fetchSite) throws Exception {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.url("/feedback/vote")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("page=" + java.net.URLEncoder.encode(page,
                        java.nio.charset.StandardCharsets.UTF_8) + "&kind=" + kind));
        if (fetchSite != null) b.header("Sec-Fetch-Site", fetchSite);
        return s.send(b.build());
    }

    private int votes(String page, String kind) {
        return s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM page_feedback WHERE page = :p AND kind = :k")
                .bind("p", page).bind("k", kind).mapTo(Integer.class).one());
    }

    @Test
    void feedback_goes_to_the_department_that_owns_the_page() throws Exception {
        assertEquals(303, send("/items/scj-01/", "error_report", "处罚依据条款有误").statusCode());
        assertEquals(303, send("/", "useful", "").statusCode());
        assertEquals("scj", s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT department FROM page_feedback WHERE page = '/items/scj-01/'").mapTo(String.class).one()));

        ReviewerStore reviewers = new ReviewerStore(s.db.jdbi);
        reviewers.add("alice", "scj", "reviewer", Passwords.hash("correct horse battery"));
        reviewers.add("carol", "swj", "reviewer", Passwords.hash("correct horse battery"));
        assertTrue(listFor("alice").contains("处罚依据条款有误"));
        assertFalse(listFor("alice").contains(">/</a>"), "site-wide feedback is for administrators");
        assertFalse(listFor("carol").contains("处罚依据条款有误"));
    }

    private String listFor(String user) throws Exception {
        String cookie = s.signIn(user, "correct horse battery");
        HttpResponse<String> list = s.get("/review/feedback", cookie);
        assertEquals(200, list.statusCode());
        return list.body();
    }

    @Test
    void a_page_of_another_site_is_refused_everywhere() throws Exception {
        for (String page : java.util.List.of("//evil.example", "//evil.example/", "/\\evil.example", "/a//b")) {
            String q = java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(400, s.get("/feedback?page=" + q + "&kind=useful").statusCode(), page);
            assertEquals(400, s.get("/feedback/thanks?page=" + q).statusCode(), page);
        }
        String token = tokenIn(s.get("/feedback?page=/&kind=useful").body());
        s.advance(Duration.ofSeconds(3));
        assertEquals(400, s.postForm("/feedback", form("token", token, "page", "//evil.example", "kind", "useful", "website", ""))
                .statusCode());
        assertFalse(s.get("/feedback/thanks?page=/items/scj-01/").body().contains("href=\"//"));
    }

    @Test
    void feedback_text_never_becomes_a_link_for_the_reviewer() throws Exception {
        String text = "见 https://evil.example/x 和 [点此](javascript:alert(1)) <a href=\"https://evil.example\">链接</a> www.evil.example";
        assertEquals(303, send("/items/scj-01/", "error_report", text).statusCode());
        new ReviewerStore(s.db.jdbi).add("alice", "scj", "reviewer", Passwords.hash("correct horse battery"));
        String list = listFor("alice");
        assertTrue(list.contains("https://evil.example/x"), "the text is shown");
        assertFalse(list.contains("href=\"https://evil") || list.contains("href=\"javascript") || list.contains("href=\"www."), list);
        assertFalse(list.contains("<a href=\"https://evil.example\">"), "markup is escaped");
    }

    @Test
    void invalid_utf8_in_the_text_is_refused_and_nothing_is_stored() throws Exception {
        String token = tokenIn(s.get("/feedback?page=/&kind=useful").body());
        s.advance(Duration.ofSeconds(3));
        HttpResponse<String> r = s.postRaw("/feedback", "application/x-www-form-urlencoded", "token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8) + "&page=%2F&kind=useful&body=x%C0%AFmkzq&website=");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("无法识别的字符"), r.body());
        assertFalse(r.body().contains("mkzq"));
        assertEquals(Integer.valueOf(0), s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM page_feedback").mapTo(Integer.class).one()));
    }

    @Test
    void an_error_report_needs_text_and_bad_parameters_are_refused_without_echo() throws Exception {
        assertEquals(400, send("/items/scj-01/", "error_report", "").statusCode());
        HttpResponse<String> bad = s.get("/feedback?page=%3Cscript%3E&kind=useful");
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("<script>"));
        assertEquals(400, s.get("/feedback?page=/items/scj-01/&kind=other").statusCode());
        assertEquals(Integer.valueOf(0), s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM page_feedback").mapTo(Integer.class).one()));
    }
}
