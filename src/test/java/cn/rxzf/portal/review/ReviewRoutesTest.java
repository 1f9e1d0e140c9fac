package cn.rxzf.portal.review;

import cn.rxzf.portal.web.auth.AuditLog;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;

import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewers against the real service and PostgreSQL: sign-in, least privilege across departments, decisions, the
 * 采纳情况 export, the audit log, and state shared between two instances.
 */
class ReviewRoutesTest {
    static final String PASSWORD = "correct horse battery";
    @TempDir
    Path dir;
    ServiceHarness s;

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir)
                .write("departments/scj/drafts/scj-draft.md", draft("scj", "市场监管征求意见稿"))
                .write("departments/swj/department.md", """
                        ---
                        部门: swj
                        名称: 测试市税务局
                        职责: 税务
                        联系电话: 0000-2
                        ---
                        """)
                .write("departments/swj/drafts/swj-draft.md", draft("swj", "税务征求意见稿"));
        s = new ServiceHarness(site);
        ReviewerStore store = new ReviewerStore(s.db.jdbi);
        store.add("alice", "scj", "reviewer", Passwords.hash(PASSWORD));
        store.add("bob", "swj", "reviewer", Passwords.hash(PASSWORD));
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    static String draft(String dept, String title) {
        return """
                ---
                部门: %s
                标题: %s
                征求意见开始: 2026-11-01
                征求意见截止: 2026-12-15
                ---
                正文。
                """.formatted(dept, title);
    }

    private String comment(String draftId, String body) throws Exception {
        String token = tokenIn(s.get("/drafts/" + draftId + "/").body());
        s.advance(Duration.ofSeconds(5));
        HttpResponse<String> r = s.postForm("/drafts/" + draftId + "/comments",
                form("token", token, "body", body, "name", "李四", "contact", "lisi@example.cn"));
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("location").orElseThrow().substring("/comments/".length());
    }

    /** Signs in and returns the session cookie as {@code name=value}. */
    private String login(String user) throws Exception {
        HttpResponse<String> r = s.postLogin(user, PASSWORD, null);
        assertEquals(303, r.statusCode());
        for (String setCookie : r.headers().allValues("set-cookie")) {
            assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("Secure") && setCookie.contains("SameSite=Strict"));
        }
        return ServiceHarness.cookie(r, "__Host-rxzf_session");
    }

    private String pageToken(String cookie) throws Exception {
        return tokenIn(s.get("/review/", cookie).body());
    }

    private int audit(String action) {
        return s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    @Test
    void a_wrong_password_is_refused_and_audited() throws Exception {
        HttpResponse<String> r = s.postLogin("alice", "nope", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("set-cookie").isEmpty());
        assertEquals(1, audit("login_failed"));
    }

    @Test
    void without_a_session_the_queue_redirects_and_actions_are_forbidden() throws Exception {
        assertEquals(303, s.get("/review/").statusCode());
        assertEquals("/review/login", s.get("/review/").headers().firstValue("location").orElse(""));
        String no = comment("scj-draft", "意见");
        assertEquals(403, s.postForm("/review/comments/" + no + "/decision", form("outcome", "adopted")).statusCode());
        HttpResponse<String> forged = s.get("/review/", "__Host-rxzf_session=" + "A".repeat(43));
        assertEquals(303, forged.statusCode(), "a forged session cookie is no session");
    }

    @Test
    void a_reviewer_sees_only_their_departments_drafts_and_comments() throws Exception {
        String mine = comment("scj-draft", "市场监管的意见");
        String theirs = comment("swj-draft", "税务的意见");
        String alice = login("alice");

        String queue = s.get("/review/", alice).body();
        assertTrue(queue.contains("市场监管征求意见稿"));
        assertFalse(queue.contains("税务征求意见稿"));

        HttpResponse<String> own = s.get("/review/drafts/scj-draft", alice);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(mine) && own.body().contains("lisi@example.cn"), "own comments with contact");
        assertFalse(own.body().contains(theirs));

        assertEquals(404, s.get("/review/drafts/swj-draft", alice).statusCode());
        assertEquals(404, s.get("/review/drafts/swj-draft/adoption.md", alice).statusCode());
        HttpResponse<String> act = s.postForm("/review/comments/" + theirs + "/decision",
                form("token", pageToken(alice), "outcome", "adopted"), alice);
        assertEquals(404, act.statusCode());
        assertEquals(Integer.valueOf(0), s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM comments WHERE outcome IS NOT NULL").mapTo(Integer.class).one()));
        assertEquals(1, audit("view_comments"));
    }

    @Test
    void comment_text_never_becomes_a_link() throws Exception {
        String no = comment("scj-draft", "见 https://evil.example/x 与 [点此](javascript:alert(1)) <a href=\"https://evil.example\">链接</a>");
        String page = s.get("/review/drafts/scj-draft", login("alice")).body();
        assertTrue(page.contains("https://evil.example/x"), "the text is shown");
        assertFalse(page.contains("href=\"https://evil") || page.contains("href=\"javascript"), page);
        String receipt = s.get("/comments/" + no).body();
        assertFalse(receipt.contains("href=\"https://evil") || receipt.contains("href=\"javascript"), receipt);
    }

    @Test
    void decisions_need_a_token_and_a_reason_unless_adopted() throws Exception {
        String no = comment("scj-draft", "意见甲");
        String alice = login("alice");
        assertEquals(403, s.postForm("/review/comments/" + no + "/decision", form("outcome", "adopted"), alice).statusCode());
        var refused = s.postForm("/review/comments/" + no + "/decision",
                form("token", pageToken(alice), "outcome", "not_adopted", "reason", " "), alice);
        assertEquals(400, refused.statusCode());
        // The draft's queue again, not a bare error: the problem linked to the field, the choice kept.
        var page = org.jsoup.Jsoup.parse(refused.body());
        assertEquals(1, page.select(".error-summary a[href=#reason-" + no + "]").size(), refused.body());
        assertEquals(1, page.select("#" + no + " input[value=not_adopted][checked]").size(), "the choice is kept");
        assertEquals("true", page.selectFirst("#reason-" + no).attr("aria-invalid"));
        assertEquals(0, audit("decide_comment"), "nothing decided");
        assertEquals(303, s.postForm("/review/comments/" + no + "/decision",
                form("token", pageToken(alice), "outcome", "not_adopted", "reason", "与上位法规定不一致"), alice).statusCode());
        assertEquals(1, audit("decide_comment"));
    }

    @Test
    void a_decision_shows_at_once_on_the_comment_page_and_the_live_draft_page_without_personal_data() throws Exception {
        String no = comment("scj-draft", "建议删除第五条");
        String pending = comment("scj-draft", "建议增加回访要求");
        String alice = login("alice");
        assertEquals(303, s.postForm("/review/comments/" + no + "/decision",
                form("token", pageToken(alice), "outcome", "not_adopted", "reason", "与上位法规定不一致"), alice).statusCode());

        String comment = s.get("/comments/" + no).body();
        assertTrue(comment.contains("建议删除第五条") && comment.contains("未采纳") && comment.contains("与上位法规定不一致"), comment);
        assertFalse(comment.contains("李四") || comment.contains("lisi@example.cn"), "no name or contact");
        var receipt = org.jsoup.Jsoup.parse(comment);
        assertEquals("意见已处理：未采纳", receipt.selectFirst("h1").text(), "the heading says the outcome, not 意见已提交");
        assertTrue(receipt.select("dt:containsOwn(处理时间) + dd").text().matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}"),
                "the date of the decision, as a local time");
        assertTrue(s.get("/comments/" + pending).body().contains("待处理"));
        assertEquals("意见已提交", org.jsoup.Jsoup.parse(s.get("/comments/" + pending).body()).selectFirst("h1").text());

        String draft = s.get("/drafts/scj-draft/").body();
        assertTrue(draft.contains("意见处理情况") && draft.contains("已处理意见 1 条（共收到 2 条）")
                && draft.contains("未采纳 1 条") && draft.contains(no) && draft.contains("与上位法规定不一致"), draft);
        assertFalse(draft.contains(pending) || draft.contains("建议删除第五条") || draft.contains("李四"),
                "only decided comments, by number, outcome and reason");
    }

    @Test
    void the_start_page_shows_every_queue_with_counts_and_the_nearest_deadline() throws Exception {
        comment("scj-draft", "意见一");
        comment("scj-draft", "意见二");
        comment("swj-draft", "别的部门的意见");
        String home = s.get("/review/", login("alice")).body();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(home);
        assertEquals(List.of("征求意见 2 件 2026-12-15", "页面反馈 0 件 —", "信用修复申请 0 件 —", "告知承诺 0 件 —",
                "问卷填空回答 0 件 —"),
                doc.select("table.queues tbody tr").eachText());
        assertEquals(1, doc.select("table.queues a[href=/review/credit/]").size());
        assertEquals(1, doc.select(".review-bar a[href=/review/credit/]").size());
    }

    @Test
    void an_expired_session_or_a_stale_form_leads_back_instead_of_a_dead_end() throws Exception {
        String no = comment("scj-draft", "意见丙");
        HttpResponse<String> expired = s.postForm("/review/comments/" + no + "/decision", form("outcome", "adopted"),
                "__Host-rxzf_session=" + "A".repeat(43));
        assertEquals(403, expired.statusCode());
        assertTrue(expired.body().contains("href=\"/review/login\"") && expired.body().contains("重新登录"), expired.body());

        String alice = login("alice");
        HttpResponse<String> stale = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.url("/review/comments/" + no + "/decision")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", alice)
                .header("Referer", s.url("/review/drafts/scj-draft"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=stale&outcome=adopted")).build());
        assertEquals(403, stale.statusCode());
        assertTrue(stale.body().contains("href=\"/review/drafts/scj-draft\""), stale.body());

        String loginToken = tokenIn(s.get("/review/login").body());
        s.advance(java.time.Duration.ofDays(2));
        HttpResponse<String> oldLogin = s.postForm("/review/login", form("token", loginToken, "username", "alice", "password", PASSWORD));
        assertEquals(403, oldLogin.statusCode());
        assertTrue(oldLogin.body().contains("name=\"password\""), "the login form again, fresh");
    }

    @Test
    void invalid_utf8_in_a_decision_or_a_sign_in_is_refused_and_nothing_is_recorded() throws Exception {
        String no = comment("scj-draft", "意见乙");
        String alice = login("alice");
        HttpResponse<String> decision = s.postRaw("/review/comments/" + no + "/decision", "application/x-www-form-urlencoded",
                "token=" + java.net.URLEncoder.encode(pageToken(alice), "UTF-8") + "&outcome=not_adopted&reason=%E7%90%86%FFmkzq", alice);
        assertEquals(400, decision.statusCode());
        assertTrue(decision.body().contains("无法识别的字符") && !decision.body().contains("mkzq"), decision.body());
        assertEquals(0, audit("decide_comment"));
        assertEquals(Integer.valueOf(0), s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM comments WHERE outcome IS NOT NULL").mapTo(Integer.class).one()));

        ServiceHarness.LoginForm f = s.loginForm();
        HttpResponse<String> login = s.postRaw("/review/login", "application/x-www-form-urlencoded",
                "token=" + java.net.URLEncoder.encode(f.token(), "UTF-8") + "&username=alice&password=correct%FFhorse", f.cookie());
        assertEquals(400, login.statusCode());
        assertTrue(login.headers().firstValue("set-cookie").isEmpty());
        assertEquals(0, audit("login_failed"));
    }

    @Test
    void the_adoption_export_is_valid_content_without_personal_data() throws Exception {
        String a = comment("scj-draft", "建议放宽“首次”的认定");
        String b = comment("scj-draft", "建议增加回访要求");
        String alice = login("alice");
        assertEquals(409, s.get("/review/drafts/scj-draft/adoption.md", alice).statusCode(), "not all decided yet");
        s.postForm("/review/comments/" + a + "/decision", form("token", pageToken(alice), "outcome", "adopted"), alice);
        s.postForm("/review/comments/" + b + "/decision", form("token", pageToken(alice), "outcome", "partly_adopted",
                "reason", "回访要求已写入 | 配套措施"), alice);

        HttpResponse<String> export = s.get("/review/drafts/scj-draft/adoption.md", alice);
        assertEquals(200, export.statusCode());
        String md = export.body();
        assertTrue(md.contains("意见总数: 2") && md.contains("采纳: 1") && md.contains("部分采纳: 1"), md);
        assertTrue(md.contains(a) && md.contains("回访要求已写入 \\| 配套措施"), md);
        for (String secret : List.of("李四", "lisi@example.cn", "建议放宽")) assertFalse(md.contains(secret), secret);

        s.site.write("departments/scj/adoption/scj-draft.md", md);
        ContentLoader.Result loaded = new ContentLoader(s.site.content, TestSite.TODAY).load();
        assertEquals(List.of(), loaded.problems().sorted());
        assertEquals(1, loaded.content().adoptions.get("scj-draft").adopted());
        assertEquals(1, audit("export_adoption"));
    }

    @Test
    void the_audit_log_cannot_be_changed_or_emptied() {
        new AuditLog(s.db.jdbi).record("alice", "scj", "test", "-", "c", null);
        assertThrows(Exception.class, () -> s.db.jdbi.useHandle(h -> h.execute("UPDATE audit_log SET actor = 'x'")));
        assertThrows(Exception.class, () -> s.db.jdbi.useHandle(h -> h.execute("DELETE FROM audit_log")));
        assertThrows(Exception.class, () -> s.db.jdbi.useHandle(h -> h.execute("TRUNCATE audit_log")));
        assertEquals(1, audit("test"));
    }

    @Test
    void a_session_made_on_one_instance_is_valid_on_another_and_rate_limits_are_shared() throws Exception {
        Javalin second = s.secondInstance();
        try {
            String alice = login("alice");
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + second.port() + "/review/")).header("Cookie", alice).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("市场监管征求意见稿"));

            for (int i = 0; i < 5; i++) comment("scj-draft", "第 " + i + " 条");
            String token = tokenIn(http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + second.port() + "/drafts/scj-draft/")).build(), HttpResponse.BodyHandlers.ofString()).body());
            s.advance(Duration.ofSeconds(5));
            HttpResponse<String> sixth = http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + second.port() + "/drafts/scj-draft/comments"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + java.net.URLEncoder.encode(token, "UTF-8") + "&body=six"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, sixth.statusCode(), "the limit reached through the first instance holds on the second");
        } finally {
            second.stop();
        }
    }
}
