package cn.rxzf.portal.visits;

import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.Housekeeping;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 行政回访 against the real service and PostgreSQL: a visit, the party's answers, and a complaint and a 廉洁自律
 * report that reach the department's supervisor and never the officer named (nor a supervisor who is that officer).
 */
class VisitRoutesTest {
    static final String PASSWORD = "correct horse battery";
    static final Pattern CODE = Pattern.compile("<p class=\"reference\"><strong>([2-9A-Z]{5}-[2-9A-Z]{5})</strong>");
    static final String COMPLAINT = "执法人员态度粗暴，拖延办理";
    static final String IMPROPER = "执法人员暗示要请吃饭";
    @TempDir
    Path dir;
    ServiceHarness s;
    String alice;
    String sue;

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.write("credit/calendar-2026.yaml", Files.readString(Path.of("content/credit/calendar-2026.yaml")));
        site.write("credit/rules.yaml", Files.readString(Path.of("content/credit/rules.yaml")));
        site.write("departments/swj/department.md", "---\n部门: swj\n名称: 测试市税务局\n职责: 税务\n联系电话: 0000-2\n---\n");
        s = new ServiceHarness(site);
        ReviewerStore reviewers = new ReviewerStore(s.db.jdbi);
        reviewers.add("alice", "scj", "reviewer", Passwords.hash(PASSWORD));
        reviewers.add("sue", "scj", "supervisor", Passwords.hash(PASSWORD));
        reviewers.add("sid", "scj", "supervisor", Passwords.hash(PASSWORD));
        reviewers.add("sam", "swj", "supervisor", Passwords.hash(PASSWORD));
        alice = s.signIn("alice", PASSWORD);
        sue = s.signIn("sue", PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    /** {@code session} creates a visit; its reference and code. */
    private String[] create(String session) throws Exception {
        HttpResponse<String> bad = s.postForm("/review/visits/new", form("token",
                tokenIn(s.get("/review/visits/new", session).body()), "case_label", "", "outcome", "x", "officers", "王五"), session);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("href=\"#case_label\"") && bad.body().contains("value=\"王五\""));
        HttpResponse<String> r = s.postForm("/review/visits/new", form("token", tokenIn(bad.body()),
                "case_label", "测市监处罚〔2026〕12号", "outcome", "punished", "officers", "王五、赵六"), session);
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("location").orElseThrow();
        String page = s.get(location, session + "; " + ServiceHarness.cookie(r, "__Host-rxzf_visit_notice")).body();
        Matcher m = CODE.matcher(page);
        assertTrue(m.find(), page);
        return new String[] {location.split("/")[3], m.group(1)};
    }

    private String open(String code) throws Exception {
        String token = tokenIn(s.get("/visits/").body());
        s.advance(Duration.ofSeconds(3));
        HttpResponse<String> r = s.postForm("/visits/", form("token", token, "code", code));
        assertEquals(303, r.statusCode(), r.body());
        return ServiceHarness.cookie(r, "__Host-rxzf_visit");
    }

    private HttpResponse<String> answer(String ticket, Map<String, String> answers) throws Exception {
        Map<String, String> f = form("token", tokenIn(s.get("/visits/answer", ticket).body()));
        f.putAll(answers);
        return s.postForm("/visits/answer", f, ticket);
    }

    @Test
    void aComplaintGoesToTheSupervisorNotToTheOfficer() throws Exception {
        String[] visit = create(alice);
        String ticket = open(visit[1]);
        HttpResponse<String> incomplete = answer(ticket, form("corrected", "yes", "comments", COMPLAINT, "complaint", "yes"));
        assertEquals(400, incomplete.statusCode());
        assertTrue(incomplete.body().contains("href=\"#satisfaction\"") && incomplete.body().contains("href=\"#improper\""));
        assertTrue(incomplete.body().contains(COMPLAINT), "what was typed is kept");
        HttpResponse<String> forged = s.postForm("/visits/answer", form("token", "1.x.y", "corrected", "yes",
                "comments", COMPLAINT), ticket);
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("表单校验未通过") && forged.body().contains(COMPLAINT), "a stale form keeps the answers");
        HttpResponse<String> done = answer(ticket, form("corrected", "yes", "helped", "explained", "showed_id", "yes",
                "explained_law", "no", "improper", "yes", "improper_details", IMPROPER, "satisfaction", "2",
                "comments", COMPLAINT, "complaint", "yes"));
        assertEquals(303, done.statusCode(), done.body());
        String receipt = s.get("/visits/answer", ticket).body();
        assertTrue(receipt.contains("感谢您的回答") && receipt.contains("督查人员在 2026-12-11 前"), "15 working days");
        assertEquals(409, s.postForm("/visits/answer", form("token", tokenIn(incomplete.body()), "corrected", "yes",
                "showed_id", "yes", "explained_law", "yes", "improper", "no", "satisfaction", "5"), ticket).statusCode(),
                "one answer per visit");

        // The officer sees that it was answered, not that it holds a complaint (the new-user trial: "含投诉，已转督查
        // 人员处理" told the officer named): no complaint text, no 廉洁 answer, no supervision page.
        String officer = s.get("/review/visits/", alice).body();
        assertTrue(officer.contains(visit[0]) && officer.contains("已回答"));
        assertFalse(officer.contains("含投诉") || officer.contains("已转督查"), officer);
        assertFalse(officer.contains(COMPLAINT) || officer.contains(IMPROPER), officer);
        assertEquals(404, s.get("/review/supervision/", alice).statusCode());
        assertFalse(s.get("/review/", alice).body().contains("/review/supervision/"));

        // The department's supervisor sees both; another department's supervisor neither.
        String supervision = s.get("/review/supervision/", sue).body();
        assertTrue(supervision.contains(COMPLAINT) && supervision.contains(IMPROPER) && supervision.contains("2026-12-11"));
        assertTrue(s.get("/review/", sue).body().contains("投诉与廉洁反映（督查）"));
        String sam = s.signIn("sam", PASSWORD);
        String other = s.get("/review/supervision/", sam).body();
        assertFalse(other.contains(COMPLAINT) || other.contains(IMPROPER));

        // The 廉洁 report is kept apart from the case: no visit id in its table.
        assertEquals(0L, (long) s.db.jdbi.withHandle(h -> h.createQuery("""
                SELECT count(*) FROM information_schema.columns WHERE table_name = 'integrity_reports'
                AND column_name LIKE 'visit%'""").mapTo(Long.class).one()));

        HttpResponse<String> handled = s.postForm("/review/supervision/complaints/" + visit[0],
                form("token", tokenIn(supervision), "handling", "已约谈承办人员并向当事人说明"), sue);
        assertEquals(303, handled.statusCode(), handled.body());
        assertTrue(s.get("/review/supervision/", sue).body().contains("已处理"));
        long id = s.db.jdbi.withHandle(h -> h.createQuery("SELECT id FROM integrity_reports").mapTo(Long.class).one());
        assertEquals(303, s.postForm("/review/supervision/integrity/" + id,
                form("token", tokenIn(supervision), "note", "已核查"), sue).statusCode());
        assertEquals(2L, (long) s.db.jdbi.withHandle(h -> h.createQuery("""
                SELECT count(*) FROM audit_log WHERE actor = 'sue'
                AND action IN ('handle_visit_complaint', 'review_integrity_report')""").mapTo(Long.class).one()));
        String rows = s.db.jdbi.withHandle(h -> h.createQuery("SELECT string_agg(target || coalesce(detail, ''), ' ') FROM audit_log")
                .mapTo(String.class).one());
        assertFalse(rows.contains(COMPLAINT) || rows.contains(IMPROPER));
    }

    @Test
    void aSupervisorWhoIsTheOfficerNamedDoesNotSeeTheComplaint() throws Exception {
        String[] visit = create(sue);
        String ticket = open(visit[1]);
        assertEquals(303, answer(ticket, form("corrected", "yes", "showed_id", "yes", "explained_law", "yes",
                "improper", "yes", "improper_details", IMPROPER, "satisfaction", "1", "comments", COMPLAINT,
                "complaint", "yes")).statusCode());
        String own = s.get("/review/supervision/", sue).body();
        assertFalse(own.contains(COMPLAINT) || own.contains(IMPROPER), "sue created the visit");
        String sid = s.signIn("sid", PASSWORD);
        String other = s.get("/review/supervision/", sid).body();
        assertTrue(other.contains(COMPLAINT) && other.contains(IMPROPER));
        assertEquals(409, s.postForm("/review/supervision/complaints/" + visit[0],
                form("token", tokenIn(s.get("/review/", sue).body()), "handling", "无"), sue).statusCode(), "nor handle it");
    }

    @Test
    void anOrdinaryAnswerReachesTheDepartmentWithoutTheIntegrityAnswer() throws Exception {
        String[] visit = create(alice);
        String token = tokenIn(s.get("/visits/").body());
        s.advance(Duration.ofSeconds(3));
        HttpResponse<String> wrong = s.postForm("/visits/", form("token", token, "code", "AAAAA-AAAAA"));
        assertEquals(404, wrong.statusCode());
        assertTrue(wrong.body().contains(VisitController.NOT_FOUND));
        assertEquals(303, answer(open(visit[1]), form("corrected", "partly", "helped", "list", "showed_id", "yes",
                "explained_law", "yes", "improper", "no", "satisfaction", "5", "comments", "讲解很清楚")).statusCode());
        String officer = s.get("/review/visits/", alice).body();
        assertTrue(officer.contains("讲解很清楚") && officer.contains("5 分") && officer.contains("正在纠正")
                && officer.contains("公开的免罚清单和指引"), officer);
        assertFalse(officer.contains("不当要求：") || officer.contains("廉洁"));
        // After 30 days an unanswered visit no longer opens.
        String[] late = create(alice);
        s.advance(Duration.ofDays(31));
        String t = tokenIn(s.get("/visits/").body());
        s.advance(Duration.ofSeconds(3));
        assertEquals(404, s.postForm("/visits/", form("token", t, "code", late[1])).statusCode());
    }

    @Test
    void satisfactionIsPublishedWithItsCountAndNeverFromFewerThanFive() throws Exception {
        String[] scores = {"5", "5", "4", "2", "1"};
        for (int i = 0; i < scores.length; i++) {
            String[] visit = create(alice);
            assertEquals(303, answer(open(visit[1]), form("corrected", "yes", "showed_id", "yes", "explained_law", "yes",
                    "improper", "no", "satisfaction", scores[i])).statusCode());
            String page = s.get("/statistics/online/").body();
            String row = page.substring(page.indexOf("<th scope=\"row\" data-label=\"部门\">测试市市场监督管理局</th>",
                    page.indexOf("h-satisfaction")));
            row = row.substring(0, row.indexOf("</tr>"));
            if (i < 4) {
                assertTrue(row.contains("不足 5 份，不公布") && !row.contains("%"), row);
                assertFalse(page.contains("id=\"satisfaction-chart-title\""), "no bar from fewer than 5");
            } else {
                assertTrue(page.contains("data-value=\"60\"") && page.contains("n=5 测试市"), "the chart's bar and its n");
                assertTrue(row.contains("100%（n=5）") && row.contains("60%（n=5）") && row.contains("3.4（n=5）"), row);
            }
        }
        HttpResponse<String> json = s.get("/statistics/online.json");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"satisfaction\"") && json.body().contains("60%（n=5）"));
    }

    /** The officers' queue shows an answer alike whether or not it went to the supervisors as a complaint. */
    @Test
    void theOfficersViewOfAnAnswerIsTheSameWithOrWithoutAComplaint() throws Exception {
        String[] plain = create(alice);
        String[] complained = create(alice);
        Map<String, String> answers = form("corrected", "yes", "helped", "explained", "showed_id", "no",
                "explained_law", "no", "improper", "no", "satisfaction", "2");
        assertEquals(303, answer(open(plain[1]), answers).statusCode());
        Map<String, String> complaint = new java.util.HashMap<>(answers);
        complaint.putAll(form("improper", "yes", "improper_details", IMPROPER, "comments", COMPLAINT, "complaint", "yes"));
        assertEquals(303, answer(open(complained[1]), complaint).statusCode());

        org.jsoup.nodes.Document queue = org.jsoup.Jsoup.parse(s.get("/review/visits/", alice).body());
        String a = section(queue, plain[0]), b = section(queue, complained[0]);
        assertTrue(a.contains("2 分") && a.contains("已经纠正"), a);
        assertEquals(a, b, "nothing tells the officer that one of them complained");
        assertFalse(queue.text().contains(COMPLAINT) || queue.text().contains(IMPROPER));
        assertTrue(s.get("/review/supervision/", sue).body().contains(COMPLAINT), "the supervisor has the complaint");
    }

    /** A visit's section of the officers' queue with its reference and times taken out. */
    private static String section(org.jsoup.nodes.Document queue, String reference) {
        return queue.selectFirst("section[aria-labelledby=v-" + reference + "]").html().replace(reference, "REF")
                .replaceAll("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}", "TIME");
    }

    /** The officers are named to the party by name, never by a login name (which the form used to fill in). */
    @Test
    void thePartyNeverReadsAnOfficersLoginName() throws Exception {
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(s.get("/review/visits/new", alice).body());
        assertEquals("", form.selectFirst("#officers").attr("value"), "not filled with the login name");
        HttpResponse<String> login = s.postForm("/review/visits/new", form("token", tokenIn(form.html()),
                "case_label", "测市监处罚〔2026〕13号", "outcome", "punished", "officers", "alice"), alice);
        assertEquals(400, login.statusCode());
        assertTrue(login.body().contains("不要填写登录账号"), login.body());

        String[] named = create(alice);
        String page = s.get("/visits/answer", open(named[1])).body();
        assertTrue(page.contains("承办人员：王五、赵六") && page.contains("测试市市场监督管理局"), page);
        // A visit stored before this rule with the login name: the party reads the department only.
        String[] older = create(alice);
        s.db.jdbi.useHandle(h -> h.createUpdate("UPDATE visits SET officers = 'alice' WHERE reference = :r")
                .bind("r", older[0]).execute());
        String olderPage = s.get("/visits/answer", open(older[1])).body();
        assertFalse(olderPage.contains("alice"), olderPage);
        assertTrue(olderPage.contains("测试市市场监督管理局"));
    }

    /** Complaints and 廉洁 reports are counted, but never where the count could point at one visit (n < 5). */
    @Test
    void conductFiguresFromFewerThanFiveVisitsAreNotShown() throws Exception {
        String[] first = create(alice);
        assertEquals(303, answer(open(first[1]), form("corrected", "yes", "showed_id", "yes", "explained_law", "yes",
                "improper", "yes", "improper_details", IMPROPER, "satisfaction", "1", "comments", COMPLAINT,
                "complaint", "yes")).statusCode());
        org.jsoup.nodes.Document stats = org.jsoup.Jsoup.parse(s.get("/statistics/online/").body());
        var row = stats.selectFirst("section[aria-labelledby=h-satisfaction] th[scope=row]:containsOwn(测试市市场监督管理局)").parent();
        assertEquals("不足 5 份，不公布", row.select("td").last().text(), "no complaint count from one answer: " + row);
        String supervision = s.get("/review/supervision/", sue).body();
        assertTrue(supervision.contains(IMPROPER) && supervision.contains("月份不显示"), supervision);
        assertFalse(supervision.matches("(?s).*承办：王五、赵六 · \\d{4} 年.*"), "no month from one visit");

        for (int i = 0; i < 4; i++) {
            String[] visit = create(alice);
            assertEquals(303, answer(open(visit[1]), form("corrected", "yes", "showed_id", "yes", "explained_law", "yes",
                    "improper", "no", "satisfaction", "5")).statusCode());
        }
        stats = org.jsoup.Jsoup.parse(s.get("/statistics/online/").body());
        row = stats.selectFirst("section[aria-labelledby=h-satisfaction] th[scope=row]:containsOwn(测试市市场监督管理局)").parent();
        assertEquals("1", row.select("td").last().text(), "from five answers the count is published: " + row);
        assertTrue(s.get("/review/supervision/", sue).body().matches("(?s).*承办：王五、赵六 · \\d{4} 年 \\d{1,2} 月.*"),
                "the month, once the officers had five visits answered in it");
    }

    @Test
    void housekeepingDeletesAVisitWithItsAnswerAfterTheRetentionPeriod() throws Exception {
        String[] visit = create(alice);
        assertEquals(303, answer(open(visit[1]), form("corrected", "yes", "helped", "list", "showed_id", "yes",
                "explained_law", "yes", "improper", "no", "satisfaction", "4", "comments", "讲解很清楚")).statusCode());
        Housekeeping job = new Housekeeping(s.db.jdbi, s.clock, Duration.ofDays(30), java.util.List::of);
        s.advance(Duration.ofDays(29));
        alice = s.signIn("alice", PASSWORD); // a new day, a new session
        String[] recent = create(alice);
        job.run();
        assertEquals(2, count("SELECT count(*) FROM visits"), "within the retention period both are kept");
        assertEquals(1, count("SELECT count(*) FROM visit_answers"));
        s.advance(Duration.ofDays(2)); // the first visit is 31 days old, the second 2 days
        job.run();
        assertEquals(0, count("SELECT count(*) FROM visit_answers"), "the answer, its free text with it");
        assertEquals(1, count("SELECT count(*) FROM visits WHERE reference = '" + recent[0] + "'"));
        assertEquals(1, count("SELECT count(*) FROM visits"));
    }

    private int count(String sql) {
        return s.db.jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
