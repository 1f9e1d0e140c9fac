package cn.rxzf.portal.creditrepair;


import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.web.FileTypesTest;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole credit-repair flow against the real service and PostgreSQL, and the refusals along the way. */
class CreditRoutesTest {
    static final byte[] PNG = FileTypesTest.image("png", 8, 8);
    static final String PASSWORD = "correct horse battery";
    @TempDir
    Path dir;
    ServiceHarness s;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir);
        for (String f : new String[] {"rules.yaml", "calendar-2026.yaml"}) {
            site.write("credit/" + f, Files.readString(Path.of("content/credit").resolve(f)));
        }
        site.write("departments/swj/department.md", "---\n部门: swj\n名称: 测试市税务局\n职责: 税务\n联系电话: 0000-2\n---\n");
        s = new ServiceHarness(site);
        ReviewerStore reviewers = new ReviewerStore(s.db.jdbi);
        reviewers.add("alice", "scj", "reviewer", Passwords.hash(PASSWORD));
        reviewers.add("bob", "swj", "reviewer", Passwords.hash(PASSWORD));
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    private CreditApplicant applicant() {
        return new CreditApplicant(s, null);
    }

    private String begin() throws Exception {
        return applicant().begin();
    }

    private HttpResponse<String> answer(String cookie, String step, String... kv) throws Exception {
        return applicant().answer(cookie, step, kv);
    }

    private String draftToken(String cookie) throws Exception {
        return applicant().draftToken(cookie);
    }

    /** The status lookup form's token, posted a few seconds later as a person would. */
    private String lookupToken() throws Exception {
        String token = tokenIn(s.get("/credit/status").body());
        s.advance(Duration.ofSeconds(3));
        return token;
    }

    private HttpResponse<String> lookup(String reference, String code) throws Exception {
        return s.postForm("/credit/status", form("token", lookupToken(), "reference", reference, "code", code));
    }

    private HttpResponse<String> upload(String path, String cookie, String name, byte[] data) throws Exception {
        return applicant().upload(path, cookie, name, data);
    }

    private HttpResponse<String> upload(String path, String cookie, String token, String name, byte[] data) throws Exception {
        return applicant().upload(path, cookie, token, name, data);
    }

    /** The receipt cookie of the last {@link #completeApplication}. */
    private String receiptCookie;

    /** Answers every question for department scj, an eligible 一般 record decided 2026-01-10, and submits. */
    private String completeApplication(String cookie) throws Exception {
        answerEverything(cookie);
        HttpResponse<String> check = s.get("/credit/apply/check", cookie);
        assertEquals(200, check.statusCode());
        assertTrue(check.body().contains("91350100M000100Y43") && check.body().contains("罚款缴纳凭证.png"));
        HttpResponse<String> submitted = s.postForm("/credit/apply/submit", form("token", draftToken(cookie)), cookie);
        assertEquals(303, submitted.statusCode(), submitted.body());
        assertEquals("/credit/receipt", submitted.headers().firstValue("location").orElse(""));
        String receipt = submitted.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("__Host-rxzf_receipt="))
                .findFirst().orElseThrow().split(";")[0];
        receiptCookie = receipt;
        HttpResponse<String> done = s.get("/credit/receipt", receipt);
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("no-store", done.headers().firstValue("cache-control").orElse(""));
        return done.body();
    }

    /** Answers every page in the order the application asks them, up to the check-your-answers page. */
    private void answerEverything(String cookie) throws Exception {
        assertEquals(303, answer(cookie, "record", "record_class", "一般", "corrected", "yes", "obligations_performed", "yes").statusCode());
        assertEquals(303, answer(cookie, "decision", "decision_number", "示市监处罚〔2026〕3号", "decision_date", "2026-01-10").statusCode());
        assertEquals(303, answer(cookie, "company", "company_name", "示例市某某商贸有限公司").statusCode());
        assertEquals(303, answer(cookie, "code", "credit_code", "91350100M000100Y43").statusCode());
        assertEquals(303, answer(cookie, "department", "department", "scj").statusCode());
        assertEquals(303, answer(cookie, "contact", "contact_name", "王五", "contact_phone", "0591-12345678", "contact_email", "").statusCode());
        assertEquals(303, upload("/credit/apply/files", cookie, "罚款缴纳凭证.png", PNG).statusCode());
        String files = s.get("/credit/apply/files", cookie).body();
        assertTrue(files.contains(">" + PNG.length + " 字节<") && !files.contains("0 KB"), "a small file's true size: " + files);
        Document filesPage = Jsoup.parse(files);
        assertEquals("继续", filesPage.selectFirst("main a.button.primary").text(), "继续 is the page's main action");
        Element delete = filesPage.selectFirst("form[action$=/delete] button");
        assertTrue(delete.hasClass("warning") && !delete.hasClass("primary"), "删除 looks like a warning, not the way on: " + delete);
        String css = s.get("/css/site.css").body();
        assertTrue(css.contains("a.button.primary { background: var(--ok)") && css.contains("button.warning { background: #fff; color: #b3261e"),
                "the styles those classes name");
        assertEquals(303, answer(cookie, "commitment", "commit", "yes").statusCode());
    }

    /**
     * The check-your-answers page lists the answers in the order they were given (the eligibility questions first),
     * one row per question with its own label, each with a 修改 link back to its page, which returns here.
     */
    @Test
    void the_check_page_lists_the_answers_in_the_order_they_were_given() throws Exception {
        String cookie = begin();
        answerEverything(cookie);
        Document check = Jsoup.parse(s.get("/credit/apply/check", cookie).body());
        List<Element> rows = check.select("dl.summary > div");
        List<String> labels = rows.stream().map(r -> r.selectFirst("dt").text()).toList();
        assertEquals(List.of("失信信息类别", "是否已纠正失信行为（完成整改）？", "是否已履行处罚决定规定的义务（如缴清罚款）？",
                "处罚决定书文号", "处罚决定日期", "企业（单位）名称", "统一社会信用代码", "作出决定的部门", "联系人姓名", "联系电话",
                "电子邮箱（选填）", "证明材料", "信用承诺"), labels);
        assertEquals(List.of("一般失信信息", "是", "是", "示市监处罚〔2026〕3号", "2026-01-10", "示例市某某商贸有限公司",
                "91350100M000100Y43", "测试市市场监督管理局", "王五", "0591-12345678", "未填写", "罚款缴纳凭证.png", "已同意"),
                rows.stream().map(r -> r.selectFirst("dd").text()).toList());
        List<String> steps = new ArrayList<>();
        for (Element r : rows) {
            Element change = r.selectFirst("a");
            assertNotNull(change, r.text());
            assertEquals("修改" + r.selectFirst("dt").text(), change.text(), "修改 names its question to a screen reader");
            String href = change.attr("href");
            assertTrue(href.startsWith("/credit/apply/") && href.endsWith("?from=check"), href);
            String step = href.substring("/credit/apply/".length(), href.indexOf('?'));
            if (!steps.contains(step)) steps.add(step);
            assertEquals(200, s.get(href, cookie).statusCode(), href);
        }
        assertEquals(ApplicationForm.ORDER.subList(0, ApplicationForm.ORDER.indexOf("check")), steps,
                "the rows follow the order of the pages, eligibility first");

        // A 修改 link's page goes back to the check page: a question, the files and the commitment.
        HttpResponse<String> changed = s.postForm("/credit/apply/company?from=check",
                form("token", draftToken(cookie), "company_name", "示例市另一商贸有限公司"), cookie);
        assertEquals("/credit/apply/check", changed.headers().firstValue("location").orElse(""));
        Document step = Jsoup.parse(s.get("/credit/apply/company?from=check", cookie).body());
        assertEquals("/credit/apply/check", step.selectFirst("a.back-link").attr("href"));
        Document files = Jsoup.parse(s.get("/credit/apply/files?from=check", cookie).body());
        assertEquals("/credit/apply/check", files.selectFirst("main a.button").attr("href"), "继续 returns to the check page");
        assertEquals("/credit/apply/files?from=check", files.selectFirst("form[enctype]").attr("action"));
        assertEquals("/credit/apply/files?from=check",
                upload("/credit/apply/files?from=check", cookie, "整改完成证明.png", PNG).headers().firstValue("location").orElse(""));
        Document commitment = Jsoup.parse(s.get("/credit/apply/commitment?from=check", cookie).body());
        assertEquals("/credit/apply/commitment?from=check", commitment.selectFirst("main form").attr("action"));
        assertEquals("/credit/apply/check", answer(cookie, "commitment?from=check", "commit", "yes").headers()
                .firstValue("location").orElse(""));
        String after = s.get("/credit/apply/check", cookie).body();
        assertTrue(after.contains("示例市另一商贸有限公司") && after.contains("整改完成证明.png"), "the changes are shown");
    }

    private static String group(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertTrue(m.find(), pattern);
        return m.group(1);
    }

    private String login(String user) throws Exception {
        return s.signIn(user, PASSWORD);
    }

    @Test
    void every_applicant_post_needs_the_token_of_the_applicants_own_pages() throws Exception {
        String cookie = begin();
        String other = begin();
        assertEquals(403, s.postForm("/credit/apply/company", form("company_name", "甲"), cookie).statusCode(), "no token");
        assertEquals(403, s.postForm("/credit/apply/company", form("token", draftToken(other), "company_name", "甲"), cookie)
                .statusCode(), "another application's token");
        assertEquals(403, upload("/credit/apply/files", cookie, draftToken(other), "a.png", PNG).statusCode());
        assertEquals(403, s.postForm("/credit/apply/files/1/delete", form(), cookie).statusCode());
        assertEquals(403, s.postForm("/credit/apply/submit", form(), cookie).statusCode());
        assertEquals(403, s.postForm("/credit/status", form("reference", "XF20261122-ABCDEF", "code", "ABCDEFGH")).statusCode());
        assertEquals(303, answer(cookie, "company", "company_name", "甲").statusCode(), "with its own token");
    }

    @Test
    void invalid_utf8_in_an_answer_is_refused_and_not_saved() throws Exception {
        String cookie = begin();
        HttpResponse<String> r = s.postRaw("/credit/apply/company", "application/x-www-form-urlencoded",
                "company_name=%E7%A4%BA%E4%BE%8B%FF%FEmkzq", cookie);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("无法识别的字符") && !r.body().contains("mkzq"), r.body());
        HttpResponse<String> page = s.get("/credit/apply/company", cookie);
        assertFalse(page.body().contains("示例") || page.body().contains("\uFFFD"), "nothing of it was kept");
        HttpResponse<String> status = s.postRaw("/credit/status", "application/x-www-form-urlencoded",
                "reference=XF%FF&code=mkzq");
        assertEquals(400, status.statusCode());
        assertFalse(status.body().contains("mkzq"));
    }

    @Test
    void the_eligibility_check_says_why_and_when() throws Exception {
        HttpResponse<String> early = s.get("/credit/eligibility?class=%E4%B8%A5%E9%87%8D&decided=2026-06-01&corrected=yes&performed=yes");
        assertEquals(200, early.statusCode());
        assertTrue(early.body().contains("暂时不能申请") && early.body().contains("2027-06-01"), "first possible date");
        HttpResponse<String> bad = s.get("/credit/eligibility?class=x&decided=tomorrow&corrected=maybe&performed=");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("错误：") && bad.body().contains("请选择失信信息类别"));
    }

    @Test
    void an_application_goes_from_the_first_question_to_a_reference_and_query_code() throws Exception {
        String cookie = begin();
        String page = completeApplication(cookie);
        String reference = group(page, "(XF20261122-[2-9A-Z]{6})");
        String code = group(page, "查询码</p><p class=\"reference\"><strong>([2-9A-Z]{8})<");
        assertEquals(303, s.get("/credit/apply/check", cookie).statusCode(), "the draft cookie no longer opens it");

        byte[] phone = s.db.jdbi.withHandle(h -> h.createQuery("SELECT contact_phone FROM repair_applications")
                .mapTo(byte[].class).one());
        assertFalse(new String(phone, StandardCharsets.ISO_8859_1).contains("0591"), "contact encrypted at rest");

        HttpResponse<String> status = lookup(reference, code);
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("已提交") && status.body().contains("受理期限"));
        assertTrue(status.body().contains("2026-11-25"), "3 working days after Sunday 22 Nov is Wed 25 Nov");

        HttpResponse<String> reloaded = s.get("/credit/receipt", receiptCookie);
        assertEquals(200, reloaded.statusCode(), "a reload of the receipt shows it again");
        assertEquals("no-store", reloaded.headers().firstValue("cache-control").orElse(""));
        assertTrue(reloaded.body().contains(reference) && reloaded.body().contains(code), reloaded.body());
        assertFalse(receiptCookie.contains(code), "the code is in the cookie only encrypted");
        String forged = receiptCookie.substring(0, receiptCookie.length() - 2) + (receiptCookie.endsWith("AA") ? "BB" : "AA");
        HttpResponse<String> refused = s.get("/credit/receipt", forged);
        assertEquals(404, refused.statusCode());
        assertTrue(refused.body().contains("href=\"/credit/status\"") && !refused.body().contains(code), "a way on, no code");
        s.advance(java.time.Duration.ofHours(25));
        assertEquals(404, s.get("/credit/receipt", receiptCookie).statusCode(), "after 24 hours the code is not shown");
        String form = s.get("/credit/status").body();
        assertTrue(form.contains("以 XF 开头") && form.contains("8 位字母和数字"), "the status form says what to enter");
    }

    /** Eligibility is asked first and told at once, with the reason and what to do instead: not at step 7 of 9. */
    @Test
    void an_applicant_who_cannot_apply_hears_it_before_giving_personal_details() throws Exception {
        String cookie = begin();
        Document first = Jsoup.parse(s.get("/credit/apply/record", cookie).body());
        assertTrue(first.text().contains("第 1 步，共 9 步"), "失信信息的情况 is the first question");

        HttpResponse<String> unpaid = answer(cookie, "record", "record_class", "一般", "corrected", "yes", "obligations_performed", "no");
        assertEquals(303, unpaid.statusCode());
        assertEquals("/credit/apply/verdict", unpaid.headers().firstValue("location").orElse(""), "told at once");
        Document told = Jsoup.parse(s.get("/credit/apply/verdict", cookie).body());
        assertEquals("目前不能申请信用修复", told.selectFirst("main h1").text());
        assertTrue(told.text().contains("须先履行行政处罚决定规定的义务（如缴清罚款）"), "the reason");
        assertTrue(told.select(".credit-instead li").text().contains("缴清罚款"), "what to do instead");
        assertNotNull(told.selectFirst("a[href=/credit/apply/record]"), "a way to change the answer");
        assertTrue(told.text().contains("您还没有填写企业信息"), "nothing personal was asked");

        assertEquals(303, answer(cookie, "record", "record_class", "严重", "corrected", "yes", "obligations_performed", "yes").statusCode());
        HttpResponse<String> early = answer(cookie, "decision", "decision_number", "X〔2026〕2号", "decision_date", "2026-06-01");
        assertEquals("/credit/apply/verdict", early.headers().firstValue("location").orElse(""), "too early: told at once");
        Document wait = Jsoup.parse(s.get("/credit/apply/verdict", cookie).body());
        assertEquals("暂时不能申请信用修复", wait.selectFirst("main h1").text());
        assertTrue(wait.select(".credit-instead").text().contains("自 2027-06-02 起再来申请"), wait.select(".credit-instead").text());
        assertEquals(Long.valueOf(0), s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM repair_applications WHERE company_name IS NOT NULL OR credit_code IS NOT NULL")
                .mapTo(Long.class).one()), "no company details asked before that");

        HttpResponse<String> fine = answer(cookie, "record", "record_class", "一般", "corrected", "yes", "obligations_performed", "yes");
        assertEquals("/credit/apply/decision", fine.headers().firstValue("location").orElse(""), "eligible: on to the next question");
        HttpResponse<String> none = s.get("/credit/apply/verdict", cookie);
        assertEquals(303, none.statusCode(), "nothing stands in the way: no verdict page");
    }

    @Test
    void an_applicant_who_does_not_know_the_class_is_told_where_to_find_it() throws Exception {
        String cookie = begin();
        Document page = Jsoup.parse(s.get("/credit/apply/record", cookie).body());
        assertNotNull(page.selectFirst("input[name=record_class][value=unknown]"), "a 不知道 option");
        assertTrue(page.selectFirst("#record_class-hint").text().contains("行政处罚决定书"), "where the class is, before choosing");
        HttpResponse<String> r = answer(cookie, "record", "record_class", "unknown", "corrected", "yes", "obligations_performed", "no");
        assertEquals(200, r.statusCode(), "an honest answer, not a mistake");
        Document d = Jsoup.parse(r.body());
        assertFalse(d.title().startsWith("错误："), d.title());
        assertTrue(d.select(".error-summary, .field-error").isEmpty(), "no error styling");
        String guidance = d.select(".guidance").text();
        assertTrue(guidance.contains("行政处罚决定书") && guidance.contains("信用中国") && guidance.contains("作出处罚决定的部门"), guidance);
        assertEquals("unknown", d.selectFirst("input[name=record_class][checked]").val());
        assertEquals("yes", d.selectFirst("input[name=corrected][checked]").val(), "the other answers stay");
        assertEquals("no", d.selectFirst("input[name=obligations_performed][checked]").val());
        Document back = Jsoup.parse(s.get("/credit/apply/record", cookie).body());
        assertEquals("yes", back.selectFirst("input[name=corrected][checked]").val(), "kept when they come back");
        assertTrue(back.select(".guidance").isEmpty());
        assertEquals(303, answer(cookie, "record", "record_class", "一般", "corrected", "yes", "obligations_performed", "yes").statusCode(),
                "once found, they choose and go on");
        HttpResponse<String> check = s.get("/credit/eligibility?class=unknown&decided=2026-01-10&corrected=yes&performed=yes");
        assertEquals(400, check.statusCode());
        assertTrue(check.body().contains("信用中国") && check.body().contains("value=\"unknown\""), "the same on the eligibility page");
    }

    @Test
    void departments_are_offered_by_region_under_their_full_names() throws Exception {
        String cookie = begin();
        Document d = Jsoup.parse(s.get("/credit/apply/department", cookie).body());
        assertFalse(d.select("select#department optgroup").isEmpty(), "grouped");
        assertEquals(d.select("select#department option[value~=.]").size(), d.select("select#department optgroup option").size(),
                "every department under a heading");
        assertTrue(d.select("select#department option").eachText().contains("测试市税务局"), "the full name");
    }

    @Test
    void the_unified_code_is_checked_and_errors_show_at_the_top_and_at_the_field() throws Exception {
        String cookie = begin();
        HttpResponse<String> r = answer(cookie, "code", "credit_code", "91350100M000100Y4Z");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<title>错误：") && r.body().contains("error-summary") && r.body().contains("校验位不符"));
        assertTrue(r.body().contains("href=\"#credit_code\"") && r.body().contains("class=\"field-error\""));
    }

    @Test
    void an_ineligible_record_cannot_be_submitted() throws Exception {
        String cookie = begin();
        completeApplicationUntilCommitment(cookie);
        assertEquals(303, answer(cookie, "record", "record_class", "严重", "corrected", "yes", "obligations_performed", "yes").statusCode());
        HttpResponse<String> r = s.postForm("/credit/apply/submit", form("token", draftToken(cookie)), cookie);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("最早可于 2027-01-11 申请修复"), "the decision day is not counted (民法典第二百零一条)");
        assertEquals(Integer.valueOf(0), s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM repair_applications WHERE reference IS NOT NULL").mapTo(Integer.class).one()));
    }

    private void answerEligibleRecord(String cookie) throws Exception {
        applicant().answerEligibleRecord(cookie);
    }

    private void completeApplicationUntilCommitment(String cookie) throws Exception {
        answer(cookie, "company", "company_name", "某公司");
        answer(cookie, "code", "credit_code", "91350100M000100Y43");
        answer(cookie, "decision", "decision_number", "X〔2026〕1号", "decision_date", "2026-01-10");
        answer(cookie, "department", "department", "scj");
        answer(cookie, "record", "record_class", "一般", "corrected", "yes", "obligations_performed", "yes");
        answer(cookie, "contact", "contact_name", "王五", "contact_phone", "12345678");
        upload("/credit/apply/files", cookie, "a.png", PNG);
        answer(cookie, "commitment", "commit", "yes");
    }

    @Test
    void uploads_are_checked_by_content_size_and_count() throws Exception {
        String cookie = begin();
        answerEligibleRecord(cookie);
        HttpResponse<String> disguised = upload("/credit/apply/files", cookie, "receipt.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, disguised.statusCode());
        byte[] zip = new byte[64];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        assertEquals(415, upload("/credit/apply/files", cookie, "receipt.pdf", zip).statusCode(), "a ZIP named .pdf");
        assertEquals(415, upload("/credit/apply/files", cookie, "photo.jpg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)).statusCode(), "an SVG named .jpg");
        assertEquals(415, upload("/credit/apply/files", cookie, "photo.png",
                java.util.Arrays.copyOf(PNG, 16)).statusCode(), "a PNG signature alone");
        assertEquals(303, upload("/credit/apply/files", cookie, "receipt.pdf", FileTypesTest.pdf()).statusCode());
        assertEquals(303, upload("/credit/apply/files", cookie, "photo.jpg", FileTypesTest.image("jpg", 16, 16)).statusCode());
        s.db.jdbi.useHandle(h -> h.execute("DELETE FROM repair_files"));
        HttpResponse<String> big = upload("/credit/apply/files", cookie, "big.pdf", new byte[11 * 1024 * 1024]);
        assertEquals(413, big.statusCode());
        for (int i = 0; i < CreditService.MAX_FILES; i++) {
            assertEquals(303, upload("/credit/apply/files", cookie, "f" + i + ".png", PNG).statusCode());
        }
        assertEquals(400, upload("/credit/apply/files", cookie, "eleventh.png", PNG).statusCode());
        assertEquals(Integer.valueOf(CreditService.MAX_FILES), s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM repair_files").mapTo(Integer.class).one()));
    }

    @Test
    void a_wrong_query_code_reads_nothing_and_guessing_is_rate_limited() throws Exception {
        String page = completeApplication(begin());
        String reference = group(page, "(XF20261122-[2-9A-Z]{6})");
        int refused = 0;
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> r = lookup(reference, "AAAAAAA" + (char) ('A' + i));
            assertFalse(r.body().contains("示例市某某商贸有限公司"));
            if (r.statusCode() == 404) refused++;
            if (r.statusCode() == 429) limited++;
        }
        assertEquals(10, refused);
        assertEquals(2, limited);
    }

    @Test
    void a_guesser_elsewhere_cannot_lock_the_owner_out_of_the_status_page() throws Exception {
        s.close();
        TestSite site = TestSite.minimal(dir.resolve("proxied"));
        for (String f : new String[] {"rules.yaml", "calendar-2026.yaml"}) {
            site.write("credit/" + f, Files.readString(Path.of("content/credit").resolve(f)));
        }
        s = new ServiceHarness(site, site.settings("--trusted-proxies", "127.0.0.1"));
        String page = completeApplication(begin());
        String reference = group(page, "(XF20261122-[2-9A-Z]{6})");
        String code = group(page, "查询码</p><p class=\"reference\"><strong>([2-9A-Z]{8})<");
        String token = lookupToken();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url("/credit/status")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113." + (i % 3))
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8)
                            + "&reference=" + reference + "&code=AAAAAAAA")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 429, String.valueOf(r.statusCode()));
        }
        HttpResponse<String> owner = lookup(reference, code);
        assertEquals(200, owner.statusCode(), "the owner, from their own address, still gets in");
        assertTrue(owner.body().contains("示例市某某商贸有限公司"));
    }

    @Test
    void only_the_deciding_department_reviews_and_every_view_is_logged() throws Exception {
        String page = completeApplication(begin());
        String reference = group(page, "(XF20261122-[2-9A-Z]{6})");
        String code = group(page, "查询码</p><p class=\"reference\"><strong>([2-9A-Z]{8})<");
        String bob = login("bob");
        assertFalse(s.get("/review/credit/", bob).body().contains(reference));
        assertEquals(404, s.get("/review/credit/" + reference, bob).statusCode());

        String alice = login("alice");
        assertTrue(s.get("/review/credit/", alice).body().contains(reference));
        HttpResponse<String> app = s.get("/review/credit/" + reference, alice);
        assertEquals(200, app.statusCode());
        String fileLink = group(app.body(), "href=\"(/review/credit/" + reference + "/files/\\d+)\"");
        HttpResponse<String> file = s.get(fileLink, alice);
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("content-type").orElse(""));
        byte[] downloaded = http.send(HttpRequest.newBuilder(URI.create(s.url(fileLink))).header("Cookie", alice).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertTrue(java.util.Arrays.equals(PNG, downloaded), "the reviewer gets the bytes the applicant sent");
        byte[] stored = s.db.jdbi.withHandle(h -> h.createQuery("SELECT data FROM repair_files WHERE encrypted")
                .mapTo(byte[].class).one());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("IHDR"), "encrypted at rest, like contact details");
        assertEquals(404, s.get(fileLink, bob).statusCode());

        String token = tokenIn(app.body());
        assertEquals(400, s.postForm("/review/credit/" + reference + "/action", form("token", token, "action", "return"), alice).statusCode());
        assertEquals(303, s.postForm("/review/credit/" + reference + "/action",
                form("token", token, "action", "return", "reason", "请补充罚款缴纳凭证原件照片"), alice).statusCode());
        String bobToken = tokenIn(s.get("/review/", bob).body());
        assertEquals(404, s.postForm("/review/credit/" + reference + "/action",
                form("token", bobToken, "action", "approve"), bob).statusCode(), "another department cannot act");
        assertEquals(403, s.postForm("/review/credit/" + reference + "/action",
                form("token", token, "action", "approve"), bob).statusCode(), "nor with someone else's form token");

        HttpResponse<String> status = lookup(reference, code);
        assertTrue(status.body().contains("退回补正") && status.body().contains("请补充罚款缴纳凭证原件照片"));
        String ticket = status.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        assertEquals(403, upload("/credit/status/files", ticket, "1.abc.def", "原件.png", PNG).statusCode(),
                "without the status page's own token");
        HttpResponse<String> uploaded = upload("/credit/status/files", ticket, tokenIn(status.body()), "原件.png", PNG);
        assertEquals(200, uploaded.statusCode());
        assertEquals(403, s.postForm("/credit/status/resubmit", form(), ticket).statusCode(), "no token");
        assertEquals(200, s.postForm("/credit/status/resubmit", form("token", tokenIn(uploaded.body())), ticket).statusCode());

        assertEquals(303, s.postForm("/review/credit/" + reference + "/action", form("token", token, "action", "accept"), alice).statusCode());
        assertEquals(303, s.postForm("/review/credit/" + reference + "/action", form("token", token, "action", "approve"), alice).statusCode());
        assertEquals(409, s.postForm("/review/credit/" + reference + "/action", form("token", token, "action", "approve"), alice).statusCode());
        assertTrue(lookup(reference, code).body().contains("已修复"));

        Map<String, Object> counts = s.db.jdbi.withHandle(h -> h.createQuery("""
                SELECT count(*) FILTER (WHERE action = 'view_application') AS views,
                       count(*) FILTER (WHERE action = 'view_file') AS files,
                       count(*) FILTER (WHERE action LIKE 'credit_%') AS actions FROM audit_log""").mapToMap().one());
        assertEquals(1L, counts.get("views"));
        assertEquals(2L, counts.get("files"), "both downloads of the file");
        assertEquals(3L, counts.get("actions"));
    }

    @Test
    void housekeeping_purges_decided_applications_after_the_retention_period_and_abandoned_drafts() throws Exception {
        String decided = group(completeApplication(begin()), "(XF20261122-[2-9A-Z]{6})");
        String open = group(completeApplication(begin()), "(XF20261122-[2-9A-Z]{6})");
        begin();
        s.db.jdbi.useHandle(h -> {
            h.execute("UPDATE repair_applications SET status = 'repaired', decided_at = ? WHERE reference = ?",
                    java.sql.Timestamp.from(s.clock.instant().minus(Duration.ofDays(1096))), decided);
        });
        s.advance(Duration.ofHours(23).plusMinutes(1));
        int purged = new cn.rxzf.portal.app.Housekeeping(s.db.jdbi, s.clock, Duration.ofDays(1095), java.util.List::of).run();
        assertEquals(2, purged);
        var left = s.db.jdbi.withHandle(h -> h.createQuery("SELECT reference FROM repair_applications").mapTo(String.class).list());
        assertEquals(List.of(open), left);
        assertEquals(Integer.valueOf(1), s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM repair_files").mapTo(Integer.class).one()),
                "the purged application's files went with it");
    }

    /** Reproductions of what the 112,000-request fuzz run (bench/credit) found: each once gave a 500. */
    @Test
    void malformed_requests_found_by_the_fuzzer_get_4xx_not_5xx() throws Exception {
        assertEquals(200, s.get("/credit/eligibility").statusCode(), "the first, empty visit");
        String cookie = begin();
        int noBoundary = s.postRaw("/credit/apply/company", "multipart/form-data", "company_name=x", cookie).statusCode();
        assertTrue(noBoundary >= 400 && noBoundary < 500, "multipart without a boundary: " + noBoundary);
        int broken = s.postRaw("/credit/apply/files", "multipart/form-data; boundary=zz",
                "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc", cookie).statusCode();
        assertTrue(broken >= 400 && broken < 500, "a multipart body cut short: " + broken);
        int charset = s.postRaw("/credit/apply/company", "application/x-www-form-urlencoded; charset=mkzz1mz0fwpf",
                "company_name=x", cookie).statusCode();
        assertEquals(400, charset, "a charset that does not exist");
        int nul = s.postRaw("/credit/status", "application/x-www-form-urlencoded", "reference=%00&code=%00").statusCode();
        assertTrue(nul >= 400 && nul < 500, "a NUL in the reference: " + nul);
        int login = s.postLogin("a\0b", "x", null).statusCode();
        assertEquals(401, login, "a NUL in the user name is just a wrong user name");
        assertEquals(Integer.valueOf(0), s.db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM repair_files").mapTo(Integer.class).one()));
    }
}
