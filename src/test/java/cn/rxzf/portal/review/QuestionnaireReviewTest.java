package cn.rxzf.portal.review;

import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.Housekeeping;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation of questionnaires' free-text answers against the real service and PostgreSQL: the queue on the
 * reviewers' start page (count, nearest close), only the questionnaire's own department (another answers 404), approve
 * and reject with a reason, a text with a phone number that cannot be approved, the audit log; and, once closed, the
 * approved texts — only those — on the page, in the CSV and the JSON, the personal-data answers never; 30 days after
 * the close the housekeeping job deletes the texts not published and keeps the published ones unlinked, the results
 * unchanged.
 */
class QuestionnaireReviewTest {
    static final String PASSWORD = "correct horse battery";
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
                个人信息说明: 留下电话的，我们可能回电了解情况；电话不公开，问卷结束后一个月内删除。
                问题:
                  - id: manyi
                    题目: 总体满意度
                    类型: 评分
                  - id: advice
                    题目: 建议
                    类型: 填空
                    必答: 否
                  - id: phone
                    题目: 联系电话
                    类型: 填空
                    必答: 否
                    个人信息: 是
                ---
                """).write("departments/swj/department.md", """
                ---
                部门: swj
                名称: 测试市税务局
                职责: 税务
                联系电话: 0000-2
                ---
                """);
        s = new ServiceHarness(site);
        ReviewerStore store = new ReviewerStore(s.db.jdbi);
        store.add("alice", "scj", "reviewer", Passwords.hash(PASSWORD));
        store.add("bob", "swj", "reviewer", Passwords.hash(PASSWORD));
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    private void answer(String advice, String phone) throws Exception {
        String token = tokenIn(s.get(PAGE).body());
        s.advance(Duration.ofMinutes(3)); // a person's pace: under the per-client limit
        HttpResponse<String> r = s.postForm(PAGE + "answers", form("token", token, "website", "", "manyi", "4",
                "advice", advice, "phone", phone));
        assertEquals(303, r.statusCode(), r.body());
    }

    private int audit(String action) {
        return s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    private static String queueRow(String startPage) {
        for (Element tr : Jsoup.parse(startPage).select("table.queues tbody tr")) {
            if (tr.text().startsWith("问卷填空回答")) return tr.text();
        }
        return null;
    }

    /** The id of the waiting text that reads {@code text}, from the reviewer's page. */
    private static String textId(String page, String text) {
        for (Element a : Jsoup.parse(page).select("article.comment")) {
            if (a.selectFirst(".comment-body").text().equals(text)) return a.id().substring("text-".length());
        }
        throw new AssertionError("no waiting text " + text + " in " + page);
    }

    private HttpResponse<String> decide(String cookie, String id, String... kv) throws Exception {
        String token = tokenIn(s.get("/review/", cookie).body());
        String[] fields = new String[kv.length + 2];
        fields[0] = "token";
        fields[1] = token;
        System.arraycopy(kv, 0, fields, 2, kv.length);
        return s.postForm("/review/questionnaires/wenjuan/texts/" + id, form(fields), cookie);
    }

    @Test
    void the_departments_reviewer_approves_and_rejects_and_only_approved_texts_are_published_once_closed() throws Exception {
        answer("多讲解法规", "13812345678");
        answer("上门指导很有帮助", "");
        answer("请联系我 13912345678", "");
        answer("态度差", "");

        String alice = s.signIn("alice", PASSWORD);
        String start = s.get("/review/", alice).body();
        assertEquals("问卷填空回答 4 件 2026-11-30", queueRow(start), "the personal-data answers are not moderated");
        HttpResponse<String> list = s.get("/review/questionnaires/wenjuan", alice);
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("13812345678"), "a personal-data answer is not shown for moderation");
        assertTrue(list.body().contains("疑似含有个人信息"));
        String helpful = textId(list.body(), "上门指导很有帮助");
        String phone = textId(list.body(), "请联系我 13912345678");
        String rude = textId(list.body(), "态度差");

        // Another department: the questionnaire is not theirs to see or decide, and their queue is empty.
        String bob = s.signIn("bob", PASSWORD);
        assertEquals(404, s.get("/review/questionnaires/wenjuan", bob).statusCode());
        assertEquals(404, decide(bob, helpful, "decision", "approve").statusCode());
        assertEquals("问卷填空回答 0 件 —", queueRow(s.get("/review/", bob).body()));
        assertFalse(s.get("/review/questionnaires/", bob).body().contains("柔性执法满意度问卷"));

        assertEquals(303, decide(alice, helpful, "decision", "approve").statusCode());
        HttpResponse<String> noReason = decide(alice, rude, "decision", "reject", "reason", "");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("不予公开的，须说明理由"));
        HttpResponse<String> flagged = decide(alice, phone, "decision", "approve");
        assertEquals(400, flagged.statusCode());
        assertTrue(flagged.body().contains("疑似含有电话号码"), flagged.body());
        assertEquals(303, decide(alice, rude, "decision", "reject", "reason", "与问卷无关").statusCode());
        assertEquals(409, decide(alice, rude, "decision", "approve").statusCode(), "a text is decided once");
        assertEquals("问卷填空回答 2 件 2026-11-30", queueRow(s.get("/review/", alice).body()));
        assertEquals(1, audit("approve_questionnaire_text"));
        assertEquals(1, audit("reject_questionnaire_text"));
        assertTrue(audit("view_questionnaire_texts") >= 1);
        assertFalse(s.get(PAGE).body().contains("上门指导很有帮助"), "nothing published before the close");

        s.clock.set(LocalDate.of(2026, 12, 1).atTime(9, 0).atZone(Settings.ZONE).toInstant());
        alice = s.signIn("alice", PASSWORD); // a new day, a new session
        assertEquals("问卷填空回答 2 件 2026-11-30 已超期", queueRow(s.get("/review/", alice).body()),
                "texts still waiting after the close");
        Document page = Jsoup.parse(s.get(PAGE).body());
        String texts = page.select(".text-answers").text();
        assertTrue(texts.contains("上门指导很有帮助"), texts);
        assertTrue(texts.contains("共 4 人回答，经本部门审核公开 1 条，不予公开 1 条，尚在审核 2 条"), texts);
        assertTrue(texts.contains("本题收集个人信息，回答不公开"), texts);
        String all = page.text();
        for (String hidden : List.of("多讲解法规", "态度差", "13912345678", "13812345678", "与问卷无关")) {
            assertFalse(all.contains(hidden), hidden + " is not published");
        }
        String csv = s.get(PAGE + "results.csv").body();
        assertTrue(csv.contains("wenjuan,advice,建议,填空,1,上门指导很有帮助,,4,\r\n"), csv);
        assertFalse(csv.contains("态度差") || csv.contains("1381234"));
        String json = s.get(PAGE + "results.json").body();
        assertTrue(json.contains("\"published\":[\"上门指导很有帮助\"]"), json);
        assertTrue(json.contains("\"unpublishedTextQuestions\":[\"phone\"]"), json);
        assertFalse(json.contains("态度差") || json.contains("1381234"));
    }

    private int count(String sql) {
        return s.db.jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void thirty_days_after_the_close_housekeeping_deletes_the_unpublished_texts_and_unlinks_the_published() throws Exception {
        answer("上门指导很有帮助", "13812345678");
        answer("态度差", "");
        answer("多讲解法规", "");
        String alice = s.signIn("alice", PASSWORD);
        String list = s.get("/review/questionnaires/wenjuan", alice).body();
        assertEquals(303, decide(alice, textId(list, "上门指导很有帮助"), "decision", "approve").statusCode());
        assertEquals(303, decide(alice, textId(list, "态度差"), "decision", "reject", "reason", "与问卷无关").statusCode());
        // 多讲解法规 is never decided; the phone number is a personal-data answer, never moderated nor published.
        Housekeeping job = new Housekeeping(s.db.jdbi, s.clock, Duration.ofDays(3650),
                () -> s.services.site().content().questionnaires.values());

        // Closed on 2026-11-30: kept for 30 days, up to and including 2026-12-30.
        s.clock.set(LocalDate.of(2026, 12, 30).atTime(23, 0).atZone(Settings.ZONE).toInstant());
        job.run();
        assertEquals(4, count("SELECT count(*) FROM questionnaire_texts"));
        String page = Jsoup.parse(s.get(PAGE).body()).select(".text-answers").text();
        assertTrue(page.contains("共 3 人回答，经本部门审核公开 1 条，不予公开 1 条，尚在审核 1 条"), page);
        String csv = s.get(PAGE + "results.csv").body();

        s.clock.set(LocalDate.of(2026, 12, 31).atTime(1, 0).atZone(Settings.ZONE).toInstant());
        job.run();
        assertEquals(0, count("SELECT count(*) FROM questionnaire_texts"), "texts, rejection reason and phone deleted");
        assertEquals(4, count("SELECT count(*) FROM questionnaire_texts_retained"), "each text still counts");
        assertEquals(1, count("SELECT count(*) FROM questionnaire_texts_retained WHERE body IS NOT NULL"),
                "only the published text keeps its words");
        assertEquals(3, count("SELECT count(*) FROM questionnaire_answers"), "the answers' choices stay: the counts");
        page = Jsoup.parse(s.get(PAGE).body()).select(".text-answers").text();
        assertTrue(page.contains("上门指导很有帮助"), page);
        assertTrue(page.contains("共 3 人回答，经本部门审核公开 1 条，不予公开 2 条。"), "the undecided one is not published: " + page);
        assertEquals(csv, s.get(PAGE + "results.csv").body(), "the open data unchanged");
        assertTrue(s.get(PAGE + "results.json").body().contains("\"published\":[\"上门指导很有帮助\"]"));
        job.run();
        assertEquals(4, count("SELECT count(*) FROM questionnaire_texts_retained"), "a second pass changes nothing");
    }
}
