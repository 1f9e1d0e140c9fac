package cn.rxzf.portal.commitments;

import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.Housekeeping;
import cn.rxzf.portal.web.FileTypesTest;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 告知承诺 end to end against the real service and PostgreSQL: an officer issues, the party opens with the code and
 * the ID's tail, signs, uploads evidence, the officer marks it corrected; an overdue one; wrong code and wrong tail.
 */
class CommitmentRoutesTest {
    static final String PASSWORD = "correct horse battery";
    static final Pattern CODE = Pattern.compile("<p class=\"reference\"><strong>([2-9A-Z]{5}-[2-9A-Z]{5})</strong>");
    static final String PARTY = "示例市某某便利店";
    static final String TAIL = "00100Y";
    @TempDir
    Path dir;
    ServiceHarness s;
    String alice;

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir);
        for (String f : new String[] {"rules.yaml", "calendar-2026.yaml"}) {
            site.write("credit/" + f, Files.readString(Path.of("content/credit").resolve(f)));
        }
        site.write("law/xingzheng-chufa.yaml", Files.readString(Path.of("content/law/xingzheng-chufa.yaml")));
        site.write("departments/swj/department.md", "---\n部门: swj\n名称: 测试市税务局\n职责: 税务\n联系电话: 0000-2\n---\n");
        s = new ServiceHarness(site);
        ReviewerStore reviewers = new ReviewerStore(s.db.jdbi);
        reviewers.add("alice", "scj", "reviewer", Passwords.hash(PASSWORD));
        reviewers.add("bob", "swj", "reviewer", Passwords.hash(PASSWORD));
        alice = s.signIn("alice", PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    record Issued(String reference, String code) {}

    /** Alice issues a commitment on item scj-01 with a deadline of {@code n} working days; its reference and code. */
    private Issued issue(int n) throws Exception {
        String token = tokenIn(s.get("/review/commitments/new", alice).body());
        HttpResponse<String> r = s.postForm("/review/commitments/new", form("token", token, "party_name", PARTY,
                "id_tail", "00100y", "basis", "item", "item_id", "scj-01", "provision", "",
                "facts", "2026 年 11 月 20 日检查发现，该店未在经营场所醒目位置公示营业执照。",
                "correction", "在经营场所醒目位置公示营业执照", "deadline_days", Integer.toString(n),
                "deadline_kind", "working_days"), alice);
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("location").orElseThrow();
        assertTrue(location.matches("/review/commitments/CN\\d{8}-[2-9A-Z]{6}/notice"), location);
        assertFalse(location.contains(PARTY) || location.contains(TAIL));
        String notice = ServiceHarness.cookie(r, "__Host-rxzf_notice");
        HttpResponse<String> page = s.get(location, alice + "; " + notice);
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("cache-control").orElse(""));
        Matcher m = CODE.matcher(page.body());
        assertTrue(m.find(), page.body());
        assertTrue(page.body().contains("/commitments/") && page.body().contains(PARTY), "the notice text for the party");
        // Without the browser's notice cookie the code is not shown again: it is stored nowhere.
        assertFalse(CODE.matcher(s.get(location, alice).body()).find());
        return new Issued(location.split("/")[3], m.group(1));
    }

    /** The party opens the commitment; returns the ticket cookie. */
    private String open(String code, String tail) throws Exception {
        HttpResponse<String> r = tryOpen(code, tail);
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/commitments/view", r.headers().firstValue("location").orElse(""));
        return ServiceHarness.cookie(r, "__Host-rxzf_commitment");
    }

    private HttpResponse<String> tryOpen(String code, String tail) throws Exception {
        String token = tokenIn(s.get("/commitments/").body());
        s.advance(Duration.ofSeconds(3));
        return s.postForm("/commitments/", form("token", token, "code", code, "id_tail", tail));
    }

    @Test
    void issueOpenSignUploadCorrected() throws Exception {
        HttpResponse<String> empty = s.postForm("/review/commitments/new",
                form("token", tokenIn(s.get("/review/commitments/new", alice).body()), "party_name", PARTY,
                        "basis", "item", "deadline_days", "x"), alice);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("error-summary") && empty.body().contains("href=\"#facts\"")
                && empty.body().contains("href=\"#deadline_days\""), "an error summary linking the fields");
        assertTrue(empty.body().contains("value=\"" + PARTY + "\""), "what was typed is kept");

        Issued c = issue(5);
        String ticket = open(c.code().toLowerCase().replace("-", " "), " 00100y");
        HttpResponse<String> view = s.get("/commitments/view", ticket);
        assertEquals(200, view.statusCode());
        assertEquals("no-store", view.headers().firstValue("cache-control").orElse(""));
        String body = view.body();
        assertTrue(body.contains("违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚"), "the article's text");
        assertTrue(body.contains("未按规定公示营业执照") && body.contains("/items/scj-01/"), "the item");
        assertTrue(body.contains("2026-11-27 前"), "5 working days from Sunday 2026-11-22");

        String token = tokenIn(body);
        // A forged or stale token: the form comes back with what was typed, nothing is signed.
        HttpResponse<String> forged = s.postForm("/commitments/sign", form("token", "1.x.y", "signed_name", "张三",
                "promise_1", "yes", "promise_2", "yes"), ticket);
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("表单校验未通过") && forged.body().contains("value=\"张三\""), forged.body());
        assertTrue(forged.body().contains("name=\"token\""), "a fresh form to send again");
        assertFalse(s.get("/commitments/view", ticket).body().contains("承诺书已签署"));
        HttpResponse<String> missing = s.postForm("/commitments/sign", form("token", token, "signed_name", "张三",
                "promise_1", "yes", "promise_2", "yes", "promise_3", "yes"), ticket);
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("href=\"#promise_4\"") && missing.body().contains("value=\"张三\""));
        HttpResponse<String> signed = s.postForm("/commitments/sign", form("token", token, "signed_name", "张三",
                "promise_1", "yes", "promise_2", "yes", "promise_3", "yes", "promise_4", "yes"), ticket);
        assertEquals(303, signed.statusCode(), signed.body());
        String receipt = s.get("/commitments/view?done=signed", ticket).body();
        assertTrue(receipt.contains("签署回执") && receipt.contains("张三") && receipt.contains("承诺书已签署"));
        assertEquals(409, s.postForm("/commitments/sign", form("token", tokenIn(receipt), "signed_name", "李四",
                "promise_1", "yes", "promise_2", "yes", "promise_3", "yes", "promise_4", "yes"), ticket).statusCode());

        HttpResponse<String> svg = s.postFile("/commitments/files", ticket, tokenIn(receipt), "photo.jpg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, svg.statusCode());
        HttpResponse<String> nothing = s.postFile("/commitments/files", ticket, tokenIn(receipt), "", new byte[0]);
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.body().contains("请先选择要上传的文件"), "上传 with no file chosen is not an empty file");
        assertTrue(svg.body().contains("只接受 PDF、JPEG 或 PNG"));
        assertEquals(303, s.postFile("/commitments/files", ticket, tokenIn(receipt), "整改后.png",
                FileTypesTest.image("png", 8, 8)).statusCode());
        String evidence = s.get("/commitments/view", ticket).body();
        assertTrue(evidence.contains("整改后.png"));
        assertTrue(evidence.contains(">" + FileTypesTest.image("png", 8, 8).length + " 字节<") && !evidence.contains("0 KB"),
                "a small file's true size: " + evidence);

        // Another department's officer does not see it; the own officer marks it corrected.
        String bob = s.signIn("bob", PASSWORD);
        assertEquals(404, s.get("/review/commitments/" + c.reference(), bob).statusCode());
        HttpResponse<String> queue = s.get("/review/commitments/", alice);
        assertTrue(queue.body().contains(c.reference()) && queue.body().contains("已签署，待纠正"));
        assertTrue(s.get("/review/", alice).body().contains("告知承诺"), "the queue on the start page");
        String officerPage = s.get("/review/commitments/" + c.reference(), alice).body();
        assertTrue(officerPage.contains("整改后.png"));
        HttpResponse<String> early = s.postForm("/review/commitments/" + c.reference() + "/decision",
                form("token", tokenIn(officerPage), "outcome", "overdue", "reason", "未纠正", "follow_up", "转为一般程序"), alice);
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("届满后才能标记"));
        HttpResponse<String> done = s.postForm("/review/commitments/" + c.reference() + "/decision",
                form("token", tokenIn(officerPage), "outcome", "corrected", "reason", "", "follow_up", ""), alice);
        assertEquals(303, done.statusCode(), done.body());
        assertTrue(s.get("/review/commitments/" + c.reference() + "?done=1", alice).body().contains("处理回执"));

        String party = s.get("/commitments/view", ticket).body();
        assertTrue(party.contains("处理结果") && party.contains("已纠正"));
        HttpResponse<String> print = s.get("/commitments/print", ticket);
        assertEquals(200, print.statusCode());
        assertTrue(print.body().contains("张三") && print.body().contains("今后不再发生同类违法行为"));

        String stats = s.get("/statistics/online/").body();
        String statsRow = stats.substring(stats.indexOf("<th scope=\"row\" data-label=\"部门\">测试市市场监督管理局</th>"));
        statsRow = statsRow.substring(0, statsRow.indexOf("</tr>"));
        assertTrue(statsRow.contains("2026 年第 4 季度")
                && statsRow.replaceAll("<[^>]+>", "|").contains("|1||1||1||0||不足 5 份，不公布|"), statsRow);

        List<Map<String, Object>> audit = s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT action, target, detail FROM audit_log WHERE action LIKE '%commitment%' ORDER BY id").mapToMap().list());
        List<String> actions = audit.stream().map(a -> (String) a.get("action")).toList();
        assertTrue(actions.containsAll(List.of("create_commitment", "view_commitment_notice", "view_commitment",
                "commitment_corrected", "view_commitments")), actions.toString());
        for (Map<String, Object> a : audit) {
            String row = a.toString();
            assertFalse(row.contains(PARTY) || row.contains("张三") || row.contains(TAIL)
                    || row.contains(c.code().replace("-", "")), row);
        }
        // Nothing personal in the database in clear text: names and facts are encrypted, code and tail hashed.
        String dump = s.db.jdbi.withHandle(h -> h.createQuery("SELECT row_to_json(c)::text FROM commitments c")
                .mapTo(String.class).one());
        assertFalse(dump.contains(PARTY) || dump.contains("张三") || dump.contains(TAIL), dump);
    }

    @Test
    void aDepartmentWithoutListItemsIsToldSoAndStartsOnTheProvisionBasis() throws Exception {
        String bob = s.signIn("bob", PASSWORD);
        org.jsoup.nodes.Document none = org.jsoup.Jsoup.parse(s.get("/review/commitments/new", bob).body());
        assertTrue(none.select("select#item_id").isEmpty(), "no drop-down that holds only 请选择");
        assertTrue(none.selectFirst("#item_id").text().contains("本部门尚未公布清单事项"), none.select("form").text());
        assertEquals("provision", none.selectFirst("input[name=basis][checked]").val(), "法律条款 preselected");
        org.jsoup.nodes.Document listed = org.jsoup.Jsoup.parse(s.get("/review/commitments/new", alice).body());
        assertNotNull(listed.selectFirst("select#item_id option[value=scj-01]"), "a department with items still picks one");
        assertEquals("item", listed.selectFirst("input[name=basis][checked]").val());
    }

    @Test
    void overdueWithReasonAndWhatFollows() throws Exception {
        Issued c = issue(3);
        String ticket = open(c.code(), TAIL);
        s.advance(Duration.ofDays(10));
        assertEquals(403, s.get("/commitments/view", ticket).statusCode(), "the ticket lasts an hour");
        String party = s.get("/commitments/view", open(c.code(), TAIL)).body();
        assertTrue(party.contains("已过纠正期限") && !party.contains("action=\"/commitments/sign\""), "no signing after the due date");
        alice = s.signIn("alice", PASSWORD);
        String page = s.get("/review/commitments/" + c.reference(), alice).body();
        assertTrue(page.contains("已超期"));
        // The party lost the notice: a new code works, the old one no longer does.
        HttpResponse<String> reissued = s.postForm("/review/commitments/" + c.reference() + "/code",
                form("token", tokenIn(page)), alice);
        assertEquals(303, reissued.statusCode());
        Matcher m = CODE.matcher(s.get(reissued.headers().firstValue("location").orElseThrow(),
                alice + "; " + ServiceHarness.cookie(reissued, "__Host-rxzf_notice")).body());
        assertTrue(m.find());
        assertEquals(404, tryOpen(c.code(), TAIL).statusCode());
        c = new Issued(c.reference(), m.group(1));
        open(c.code(), TAIL);
        HttpResponse<String> noReason = s.postForm("/review/commitments/" + c.reference() + "/decision",
                form("token", tokenIn(page), "outcome", "overdue", "reason", "", "follow_up", ""), alice);
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("href=\"#reason\"") && noReason.body().contains("href=\"#follow_up\""));
        assertEquals(400, s.postForm("/review/commitments/" + c.reference() + "/decision",
                form("token", tokenIn(page), "outcome", "corrected", "reason", "", "follow_up", ""), alice).statusCode(),
                "not signed: cannot be corrected");
        HttpResponse<String> done = s.postForm("/review/commitments/" + c.reference() + "/decision",
                form("token", tokenIn(page), "outcome", "overdue", "reason", "期限届满未签署、未纠正",
                        "follow_up", "转为一般程序，依法立案调查处理"), alice);
        assertEquals(303, done.statusCode(), done.body());
        String after = s.get("/commitments/view", open(c.code(), TAIL)).body();
        assertTrue(after.contains("逾期未纠正") && after.contains("转为一般程序，依法立案调查处理"));
        assertEquals(1L, (long) s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'commitment_overdue'").mapTo(Long.class).one()));

        // The housekeeping job deletes it, with its files, once the retention period has passed.
        s.advance(Duration.ofDays(31));
        new Housekeeping(s.db.jdbi, s.clock, Duration.ofDays(30), java.util.List::of).run();
        assertEquals(0L, (long) s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM commitments")
                .mapTo(Long.class).one()));
    }

    @Test
    void wrongCodeAndWrongTailGetTheSameAnswerAndTheSameThrottle() throws Exception {
        Issued c = issue(5);
        String otherCode = c.code().startsWith("A") ? "BBBBB-BBBBB" : "AAAAA-AAAAA";
        HttpResponse<String> wrongCode = tryOpen(otherCode, TAIL);
        HttpResponse<String> wrongTail = tryOpen(c.code(), "99999X");
        assertEquals(404, wrongCode.statusCode());
        assertEquals(404, wrongTail.statusCode());
        assertEquals(summary(wrongCode.body()), summary(wrongTail.body()));
        assertTrue(summary(wrongCode.body()).contains(CommitmentController.NOT_FOUND));
        assertTrue(wrongCode.headers().allValues("set-cookie").stream().noneMatch(h -> h.startsWith("__Host-rxzf_commitment")));
        for (int i = 0; i < 8; i++) assertEquals(404, tryOpen(i % 2 == 0 ? otherCode : c.code(), i % 2 == 0 ? TAIL : "99999X").statusCode());
        // The eleventh attempt of this client, whichever part is wrong — or none — waits.
        HttpResponse<String> throttled = tryOpen(otherCode, TAIL);
        assertEquals(429, throttled.statusCode());
        assertNotNull(throttled.headers().firstValue("retry-after").orElse(null));
        assertEquals(429, tryOpen(c.code(), "99999X").statusCode());
        assertEquals(429, tryOpen(c.code(), TAIL).statusCode());
        s.advance(Duration.ofMinutes(11));
        open(c.code(), TAIL);
    }

    private static String summary(String html) {
        int a = html.indexOf("<div class=\"error-summary\"");
        return html.substring(a, html.indexOf("</div>", a));
    }

    @Test
    void aWorkingDayDeadlineIntoAYearTheCalendarDoesNotCoverIsMarkedProvisional() throws Exception {
        s.advance(Duration.ofDays(36));                       // 2026-12-28; the test calendar has 2026 only
        alice = s.signIn("alice", PASSWORD);
        Issued c = issue(5);
        String officer = s.get("/review/commitments/" + c.reference(), alice).body();
        assertTrue(officer.contains("2027-01-05（5 个工作日，暂按法定节假日推算）"), "元旦 2027-01-01 skipped");
        String party = s.get("/commitments/view", open(c.code(), TAIL)).body();
        assertTrue(party.contains("暂按法定节假日推算"));
        s.advance(Duration.ofDays(-30));                      // 2026-11-28: the due date stays in 2026
        alice = s.signIn("alice", PASSWORD);
        Issued inYear = issue(5);
        assertFalse(s.get("/review/commitments/" + inYear.reference(), alice).body().contains("暂按法定节假日推算"));
    }
}
