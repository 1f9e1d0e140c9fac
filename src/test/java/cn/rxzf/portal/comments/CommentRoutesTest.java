package cn.rxzf.portal.comments;

import cn.rxzf.portal.web.FormTokens;

import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comment routes against the real service and a real PostgreSQL: the happy path and every refusal. */
class CommentRoutesTest {
    static final String DRAFT = "/drafts/yijian/";
    @TempDir
    Path dir;
    TestSite site;
    ServiceHarness s;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.minimal(dir).write("departments/scj/drafts/yijian.md", """
                ---
                部门: scj
                标题: 关于轻微违法行为不予处罚清单的征求意见稿
                征求意见开始: 2026-11-01
                征求意见截止: 2026-12-15
                ---
                正文。
                """);
        s = new ServiceHarness(site);
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    private int storedComments() {
        return s.db.jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM comments").mapTo(Integer.class).one());
    }

    /** Loads the draft page, waits as a person would, posts the form. */
    private HttpResponse<String> comment(String body, String... extra) throws Exception {
        String token = tokenIn(s.get(DRAFT).body());
        s.advance(Duration.ofSeconds(30));
        var f = form("token", token, "body", body, "name", "", "contact", "", "website", "");
        for (int i = 0; i < extra.length; i += 2) f.put(extra[i], extra[i + 1]);
        return s.postForm(DRAFT + "comments", f);
    }

    @Test
    void a_comment_gets_a_tracking_number_and_is_counted() throws Exception {
        HttpResponse<String> page = s.get(DRAFT);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("已收到意见</dt><dd>0 条"));
        assertEquals("no-store", page.headers().firstValue("cache-control").orElse(""));

        HttpResponse<String> r = comment("建议第三条增加“首次”的认定标准。", "name", "张三", "contact", "13800000000");
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("location").orElseThrow();
        assertTrue(location.matches("/comments/YJ20261122-[2-9A-Z]{6}"), location);

        HttpResponse<String> receipt = s.get(location);
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().contains(location.substring("/comments/".length())));
        assertFalse(receipt.body().contains("张三"), "the receipt shows no personal data");
        assertTrue(s.get(DRAFT).body().contains("已收到意见</dt><dd>1 条"));
        assertTrue(s.get("/api/drafts/yijian").body().contains("\"commentCount\":1"));
    }

    @Test
    void the_form_is_one_tap_from_the_top_and_its_post_address_opened_again_leads_back_to_it() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(s.get(DRAFT).body());
        assertNotNull(page.selectFirst("p.jump a[href=#h-comment]"), "a link to the form near the top of an open draft");
        assertNotNull(page.getElementById("h-comment"));
        HttpResponse<String> again = s.get("/drafts/yijian/comments");
        assertEquals(303, again.statusCode());
        assertEquals("/drafts/yijian/#h-comment", again.headers().firstValue("location").orElse(""));
        assertEquals(404, s.get("/drafts/nope/comments").statusCode());
    }

    @Test
    void a_comment_is_looked_up_by_its_number_as_a_person_types_it() throws Exception {
        String location = comment("建议明确“轻微”的标准。", "name", "张三", "contact", "13800000000")
                .headers().firstValue("location").orElseThrow();
        String no = location.substring("/comments/".length());
        assertTrue(s.get("/drafts/").body().contains("action=\"/comments/\""), "the lookup is on /drafts/");
        assertTrue(s.get(DRAFT).body().contains("action=\"/comments/\""), "and on the draft page");
        assertEquals(200, s.get("/comments/").statusCode());

        HttpResponse<String> typed = s.get("/comments/?no=" + java.net.URLEncoder.encode(
                " " + no.toLowerCase().replace("-", "－") + " ", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(303, typed.statusCode());
        assertEquals(location, typed.headers().firstValue("location").orElse(""));
        String page = s.get(location).body();
        assertTrue(page.contains("建议明确“轻微”的标准。") && page.contains("待处理"), page);
        assertTrue(page.matches("(?s).*\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}.*"), "a local time");
        assertFalse(page.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), "no ISO timestamp");
        assertFalse(page.contains("张三") || page.contains("13800000000"), "no personal data");

        HttpResponse<String> unknown = s.get("/comments/?no=YJ20260101-ZZZZZZ");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("error-summary") && unknown.body().contains("没有找到编号为 YJ20260101-ZZZZZZ"));
        HttpResponse<String> garbage = s.get("/comments/?no=%3Cscript%3E");
        assertEquals(400, garbage.statusCode());
        assertFalse(garbage.body().contains("<script>"), "what was typed is not echoed");
        // The home page offers one look-up for comments and credit applications (the new-user trial typed an XF
        // number here): a credit reference is pointed to the credit look-up on the same page.
        HttpResponse<String> credit = s.get("/comments/?no=xf20261205-AB3CDE");
        assertEquals(400, credit.statusCode());
        assertTrue(credit.body().contains("信用修复申请编号") && credit.body().contains("href=\"#h-credit-status\""), credit.body());
        HttpResponse<String> receipt = s.get("/comments/?no=WJ20261207-YQ4N2F");
        assertEquals(400, receipt.statusCode());
        assertTrue(receipt.body().contains("问卷回执编号"), "a questionnaire receipt number is explained, not called a bad comment number");
    }

    @Test
    void look_ups_are_limited_per_client() throws Exception {
        int refused = 0;
        for (int i = 0; i < CommentService.LOOKUPS_PER_10_MINUTES + 1; i++) {
            if (s.get("/comments/?no=YJ20260101-ZZZZZ" + "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(i)).statusCode() == 429) refused++;
        }
        assertEquals(1, refused, "the look-up after the limit is refused");
    }

    @Test
    void name_and_contact_are_encrypted_at_rest() throws Exception {
        assertEquals(303, comment("意见一", "name", "张三", "contact", "13800000000").statusCode());
        byte[] stored = s.db.jdbi.withHandle(h -> h.createQuery("SELECT author_contact FROM comments")
                .mapTo(byte[].class).one());
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("13800000000"));
        assertEquals("13800000000", s.keys.decrypt(stored));
    }

    @Test
    void before_the_window_opens_the_page_says_so_and_posts_are_refused() throws Exception {
        s.clock.set(java.time.LocalDate.of(2026, 10, 20).atTime(9, 0).atZone(cn.rxzf.portal.config.Settings.ZONE).toInstant());
        HttpResponse<String> page = s.get(DRAFT);
        assertTrue(page.body().contains("征求意见将于 2026-11-01 开始"));
        assertFalse(page.body().contains("action=\"/drafts/yijian/comments\""), "no comment form before the window");
        String token = new cn.rxzf.portal.web.FormTokens(s.keys, s.clock, Duration.ofSeconds(2), Duration.ofHours(4))
                .issue(CommentService.purpose("yijian"));
        s.advance(Duration.ofSeconds(30));
        HttpResponse<String> r = s.postForm(DRAFT + "comments", form("token", token, "body", "太早了"));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("征求意见尚未开始"));
        assertEquals(0, storedComments());
    }

    @Test
    void after_the_window_closes_the_page_says_so_and_posts_are_refused() throws Exception {
        String token = tokenIn(s.get(DRAFT).body());
        s.clock.set(java.time.LocalDate.of(2026, 12, 16).atTime(0, 0, 5).atZone(cn.rxzf.portal.config.Settings.ZONE).toInstant());
        assertTrue(s.get(DRAFT).body().contains("征求意见已于 2026-12-15 截止"));
        HttpResponse<String> r = s.postForm(DRAFT + "comments", form("token", token, "body", "迟到的意见"));
        assertEquals(403, r.statusCode());
        assertEquals(0, storedComments());
    }

    @Test
    void too_long_a_comment_is_refused_with_the_text_kept_in_the_form() throws Exception {
        HttpResponse<String> r = comment("长".repeat(5001));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<title>错误："));
        assertTrue(r.body().contains("意见内容不能超过 5000 字"));
        assertTrue(r.body().contains("长长长长"), "what was typed is kept");
        assertEquals(0, storedComments());
        assertEquals(303, comment("长".repeat(5000)).statusCode(), "exactly 5,000 characters is fine");
    }

    @Test
    void a_filled_honeypot_is_refused() throws Exception {
        assertEquals(400, comment("广告", "website", "http://spam.example").statusCode());
        assertEquals(0, storedComments());
    }

    @Test
    void a_form_posted_within_two_seconds_of_being_served_is_refused() throws Exception {
        String token = tokenIn(s.get(DRAFT).body());
        HttpResponse<String> r = s.postForm(DRAFT + "comments", form("token", token, "body", "机器人"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("提交过快"));
        assertEquals(0, storedComments());
    }

    @Test
    void a_forged_or_foreign_token_is_refused() throws Exception {
        assertEquals(403, s.postForm(DRAFT + "comments", form("token", "1.abc.def", "body", "伪造")).statusCode());
        assertEquals(403, s.postForm(DRAFT + "comments", form("body", "没有令牌")).statusCode());
        assertEquals(0, storedComments());
    }

    @Test
    void more_than_three_links_are_refused() throws Exception {
        HttpResponse<String> r = comment("见 http://a.cn http://b.cn http://c.cn www.d.cn");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("网址不能超过 3 个"));
    }

    @Test
    void the_same_text_twice_leads_to_the_receipt_of_the_first() throws Exception {
        HttpResponse<String> first = comment("同一条意见");
        assertEquals(303, first.statusCode());
        s.advance(Duration.ofMinutes(11));
        HttpResponse<String> again = comment("  同一条\n意见 ".replace("\n", ""));
        assertEquals(303, again.statusCode());
        assertEquals(first.headers().firstValue("location"), again.headers().firstValue("location"));
        assertEquals(1, storedComments());
    }

    /** Back after the receipt and the same form sent again, as often as a person may: always the first receipt. */
    @Test
    void the_form_sent_again_after_going_back_lands_on_the_first_receipt_not_an_error() throws Exception {
        String token = tokenIn(s.get(DRAFT).body());
        s.advance(Duration.ofSeconds(30));
        var f = form("token", token, "body", "返回后再次提交的意见", "name", "李四", "contact", "", "website", "");
        String location = s.postForm(DRAFT + "comments", f).headers().firstValue("location").orElseThrow();
        for (int i = 0; i < 7; i++) {
            HttpResponse<String> again = s.postForm(DRAFT + "comments", f);
            assertEquals(303, again.statusCode(), "resubmission " + i + ": " + again.body());
            assertEquals(location, again.headers().firstValue("location").orElse(""), "the same 编号");
        }
        assertEquals(1, storedComments());
        assertTrue(s.get(location).body().contains("返回后再次提交的意见"));
    }

    /** The resubmissions cost no limit: the client's next, different comment is still taken (5 per 10 minutes). */
    @Test
    void resubmissions_leave_the_clients_limit_for_its_next_comments() throws Exception {
        String token = tokenIn(s.get(DRAFT).body());
        s.advance(Duration.ofSeconds(30));
        var f = form("token", token, "body", "只算一次的意见", "name", "", "contact", "", "website", "");
        assertEquals(303, s.postForm(DRAFT + "comments", f).statusCode());
        for (int i = 0; i < 6; i++) assertEquals(303, s.postForm(DRAFT + "comments", f).statusCode(), "resubmission " + i);
        for (int i = 0; i < 4; i++) {
            var other = form("token", token, "body", "另一条意见 " + i, "name", "", "contact", "", "website", "");
            HttpResponse<String> r = s.postForm(DRAFT + "comments", other);
            assertEquals(303, r.statusCode(), "different comment " + i + " after the resubmissions: " + r.body());
        }
        assertEquals(5, storedComments());
    }

    /** As many citizens at once (each behind the trusted proxy with its own address): one request each. */
    private List<HttpResponse<String>> concurrently(List<String> bodies) throws Exception {
        return concurrently(bodies, 1);
    }

    /** As {@link #concurrently(List)}, each address sending {@code perAddress} requests one after the other in the list. */
    private List<HttpResponse<String>> concurrently(List<String> bodies, int perAddress) throws Exception {
        s.close();
        s = new ServiceHarness(site, site.settings("--trusted-proxies", "127.0.0.1"));
        String token = tokenIn(s.get(DRAFT).body());
        s.advance(Duration.ofSeconds(30));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&body="
                    + URLEncoder.encode(bodies.get(i), StandardCharsets.UTF_8) + "&name=&contact=&website=";
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(s.url(DRAFT + "comments")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", "198.51.100." + (i / perAddress + 1))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : sent) responses.add(f.get(60, TimeUnit.SECONDS));
        return responses;
    }

    private String storedBody(HttpResponse<String> acknowledged) {
        String no = acknowledged.headers().firstValue("location").orElseThrow().substring("/comments/".length());
        return s.db.jdbi.withHandle(h -> h.createQuery("SELECT body FROM comments WHERE tracking_no = :no")
                .bind("no", no).mapTo(String.class).one());
    }

    @Test
    void sixty_four_citizens_at_once_are_all_acknowledged_and_stored() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) bodies.add("同时提交的第 " + i + " 条意见");
        List<HttpResponse<String>> responses = concurrently(bodies);
        for (int i = 0; i < 64; i++) {
            assertEquals(303, responses.get(i).statusCode(), "comment " + i);
            assertEquals(bodies.get(i), storedBody(responses.get(i)), "comment " + i + " under its own number");
        }
        assertEquals(64, storedComments());
    }

    @Test
    void the_same_text_sent_twice_at_once_is_stored_once_and_both_get_its_number() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) bodies.add("重复提交的第 " + i / 2 + " 条意见");
        List<HttpResponse<String>> responses = concurrently(bodies, 2);
        for (int i = 0; i < 64; i += 2) {
            HttpResponse<String> a = responses.get(i), b = responses.get(i + 1);
            assertEquals(303, a.statusCode(), "text " + i / 2);
            assertEquals(303, b.statusCode(), "text " + i / 2 + ": the second lands on the first's receipt");
            assertEquals(a.headers().firstValue("location"), b.headers().firstValue("location"));
            assertEquals(bodies.get(i), storedBody(a));
        }
        assertEquals(32, storedComments());
    }

    @Test
    void the_same_text_from_someone_else_is_their_own_comment_so_the_answer_reveals_nothing() throws Exception {
        List<HttpResponse<String>> responses = concurrently(List.of("大家都会写的同一句意见", "大家都会写的同一句意见"));
        assertEquals(303, responses.get(0).statusCode());
        assertEquals(303, responses.get(1).statusCode(), "another citizen learns nothing about what others sent");
        assertEquals(2, storedComments());
    }

    @Test
    void stopping_the_service_stops_its_comment_writer() throws Exception {
        assertEquals(303, comment("停止前的意见").statusCode());
        long writers = writerThreads();
        s.app.stop();
        assertEquals(writers - 1, writerThreads(), "the writer has stored what was queued and ended when stop returns");
        assertEquals(1, storedComments());
    }

    private static long writerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("comment-writer")).count();
    }

    @Test
    void a_sixth_comment_from_one_address_within_ten_minutes_is_rate_limited() throws Exception {
        for (int i = 1; i <= 5; i++) assertEquals(303, comment("意见 " + i).statusCode(), "comment " + i);
        HttpResponse<String> r = comment("意见 6");
        assertEquals(429, r.statusCode());
        assertEquals(5, storedComments());
        s.advance(Duration.ofMinutes(10));
        assertEquals(303, comment("意见 7").statusCode(), "the next window allows again");
    }

    @Test
    void an_oversized_body_gets_413_not_500() throws Exception {
        HttpResponse<String> r = s.postRaw(DRAFT + "comments", "application/x-www-form-urlencoded",
                "body=" + "x".repeat(200_000));
        assertEquals(413, r.statusCode());
        assertEquals(0, storedComments());
    }

    @Test
    void malformed_input_gets_400_without_echo() throws Exception {
        HttpResponse<String> bad = s.postRaw(DRAFT + "comments", "application/x-www-form-urlencoded", "body=%ZZ%E4<script>");
        assertTrue(bad.statusCode() == 400 || bad.statusCode() == 403, "status " + bad.statusCode());
        assertFalse(bad.body().contains("<script>"));
        HttpResponse<String> json = s.postRaw(DRAFT + "comments", "application/json", "{\"body\":\"x\"}");
        assertEquals(400, json.statusCode());
        assertEquals(0, storedComments());
    }

    @Test
    void invalid_utf8_in_any_field_is_refused_and_nothing_is_stored() throws Exception {
        String escaped = "body=%E6%84%8F%E8%A7%81%FF%FEmkzq&name=&contact=&website=&token=";
        byte[] raw = concat("body=意见".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE},
                "mkzq&website=&token=".getBytes(StandardCharsets.UTF_8));
        for (byte[] body : new byte[][] {escaped.getBytes(StandardCharsets.US_ASCII), raw}) {
            String token = tokenIn(s.get(DRAFT).body());
            s.advance(Duration.ofSeconds(30));
            HttpResponse<String> r = s.postBytes(DRAFT + "comments", "application/x-www-form-urlencoded",
                    concat(body, java.net.URLEncoder.encode(token, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII)), null);
            assertRefusedAsNotUtf8(r);
        }
        String token = tokenIn(s.get(DRAFT).body());
        s.advance(Duration.ofSeconds(30));
        String boundary = "----rxzf" + System.nanoTime();
        byte[] multipart = concat(part(boundary, "token", token), part(boundary, "body", "意见"),
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n张").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF}, ("mkzq\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertRefusedAsNotUtf8(s.postBytes(DRAFT + "comments", "multipart/form-data; boundary=" + boundary, multipart, null));
        assertEquals(0, storedComments());
    }

    private static void assertRefusedAsNotUtf8(HttpResponse<String> r) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("无法识别的字符"), r.body());
        assertFalse(r.body().contains("mkzq"), "the value is not echoed");
    }

    private static byte[] part(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void unknown_drafts_and_receipts_are_404() throws Exception {
        assertEquals(404, s.get("/drafts/nope/").statusCode());
        assertEquals(404, s.get("/comments/YJ20261122-AAAAAA").statusCode());
        int traversal = s.get("/comments/../../etc/passwd").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "status " + traversal);
        assertEquals(404, s.get("/api/drafts/nope").statusCode());
        assertTrue(s.get("/api/drafts/nope").headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
    }
}
