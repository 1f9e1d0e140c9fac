package cn.rxzf.portal.review;

import static cn.rxzf.portal.ServiceHarness.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in against the real service and PostgreSQL: login CSRF, the Origin check, throttling that never locks a
 * reviewer out, idle sessions, sessions ended by a password change, and the TOTP second factor.
 */
class SignInTest {
    static final String PASSWORD = "correct horse battery";
    @TempDir
    Path dir;
    ServiceHarness s;
    ReviewerStore store;

    @BeforeEach
    void start() throws Exception {
        s = new ServiceHarness(TestSite.minimal(dir));
        store = new ReviewerStore(s.db.jdbi);
        store.add("alice", "scj", "reviewer", Passwords.hash(PASSWORD));
        store.add("root", "*", "admin", Passwords.hash(PASSWORD));
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    private HttpResponse<String> post(String path, String body, String cookie, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) b.header("Cookie", cookie);
        if (origin != null) b.header("Origin", origin);
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_login_token_is_bound_to_the_browser_that_got_the_form() throws Exception {
        ServiceHarness.LoginForm mine = s.loginForm();
        ServiceHarness.LoginForm other = s.loginForm();
        String body = "token=" + enc(mine.token()) + "&username=alice&password=" + enc(PASSWORD);
        assertEquals(403, post("/review/login", body, null, null).statusCode(), "no pre-session cookie");
        assertEquals(403, post("/review/login", body, other.cookie(), null).statusCode(), "another browser's cookie");
        assertEquals(303, post("/review/login", body, mine.cookie(), null).statusCode());
    }

    @Test
    void a_post_from_another_sites_page_is_refused_before_any_handler() throws Exception {
        ServiceHarness.LoginForm f = s.loginForm();
        String body = "token=" + enc(f.token()) + "&username=alice&password=" + enc(PASSWORD);
        assertEquals(403, post("/review/login", body, f.cookie(), "https://evil.example").statusCode());
        assertEquals(403, post("/review/login", body, f.cookie(), "null").statusCode());
        assertEquals(403, post("/feedback", "page=/&kind=useful", null, "http://127.0.0.1.evil.example").statusCode());
        assertEquals(0, count("SELECT count(*) FROM audit_log"), "nothing reached the handler");
        String own = "http://127.0.0.1:" + s.app.port();
        assertEquals(303, post("/review/login", body, f.cookie(), own).statusCode(), "the service's own origin");
    }

    /** Read as an officer on a first visit: which account, who gives it, what to do when it is forgotten or slowed. */
    @Test
    void the_login_page_says_which_account_who_gives_it_and_what_to_do_when_stuck() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(s.get("/review/login").body());
        assertEquals("登录审核工作台", page.selectFirst("h1").text(), "named as the workspace it opens (审核工作台)");
        String text = page.select("main").text();
        for (String said : List.of("系统管理员为每人开通", "不是政务服务网", "还没有账号", "忘记密码", "最长 15 分钟",
                "信用修复申请", "告知承诺", "行政回访")) {
            assertTrue(text.contains(said), said + " in: " + text);
        }
        assertFalse(text.contains("仅供各部门审核人员处理征求意见和页面反馈"), "the old, too narrow wording");
    }

    @Test
    void a_slowed_sign_in_says_how_long_and_leads_back_to_the_login_page() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE; i++) assertEquals(401, s.postLogin("alice", "guess " + i, null).statusCode());
        HttpResponse<String> slowed = s.postLogin("alice", "guess", null);
        assertEquals(429, slowed.statusCode());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(slowed.body());
        assertTrue(page.text().contains("请 1 秒后再登录") && page.text().contains("忘记密码的，请联系本站系统管理员重置"),
                page.text());
        assertTrue(page.select("main a[href=/review/login]").size() > 0, "a way back, not a dead end");
    }

    @Test
    void failed_sign_ins_slow_down_the_guesser_but_never_lock_the_reviewer_out() throws Exception {
        String device = deviceCookie(s.postLogin("alice", PASSWORD, null));
        for (int i = 0; i < LoginThrottle.FREE; i++) assertEquals(401, s.postLogin("alice", "guess " + i, null).statusCode());
        HttpResponse<String> slowed = s.postLogin("alice", "guess", null);
        assertEquals(429, slowed.statusCode());
        assertEquals("2", slowed.headers().firstValue("retry-after").orElse(""), "1 s left, rounded up");
        assertEquals(429, s.postLogin("alice", PASSWORD, null).statusCode(), "while slowed, even the right password waits");
        assertEquals(303, s.postLogin("alice", PASSWORD, device).statusCode(), "the reviewer's own browser is not slowed");

        s.advance(Duration.ofSeconds(2));
        assertEquals(401, s.postLogin("alice", "guess again", null).statusCode(), "after the delay, one more try");
        assertEquals(429, s.postLogin("alice", "guess", null).statusCode());
        for (int i = 0; i < 20; i++) {
            s.advance(LoginThrottle.MAX_DELAY);
            s.postLogin("alice", "guess " + i, null);
        }
        assertEquals(303, s.postLogin("alice", PASSWORD, device).statusCode(), "still not locked out");
        s.advance(LoginThrottle.MAX_DELAY);
        assertEquals(303, s.postLogin("alice", PASSWORD, null).statusCode(), "the longest wait is 15 minutes, never a lock");
    }

    @Test
    void delays_double_from_the_sixth_failure_up_to_fifteen_minutes() {
        assertEquals(Duration.ZERO, LoginThrottle.delay(4));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delay(5));
        assertEquals(Duration.ofSeconds(8), LoginThrottle.delay(8));
        assertEquals(Duration.ofSeconds(512), LoginThrottle.delay(14));
        assertEquals(LoginThrottle.MAX_DELAY, LoginThrottle.delay(15));
        assertEquals(LoginThrottle.MAX_DELAY, LoginThrottle.delay(Integer.MAX_VALUE));
    }

    @Test
    void a_session_ends_after_thirty_idle_minutes_and_on_a_password_change() throws Exception {
        String session = s.signIn("alice", PASSWORD);
        s.advance(Duration.ofMinutes(29));
        assertEquals(200, s.get("/review/", session).statusCode());
        s.advance(Duration.ofMinutes(29));
        assertEquals(200, s.get("/review/", session).statusCode(), "activity keeps it alive");
        s.advance(Duration.ofMinutes(31));
        assertEquals(303, s.get("/review/", session).statusCode(), "30 minutes idle");

        String again = s.signIn("alice", PASSWORD);
        assertEquals(200, s.get("/review/", again).statusCode());
        store.setPassword("alice", Passwords.hash("another long password"));
        assertEquals(303, s.get("/review/", again).statusCode(), "ended by the password change");
    }

    @Test
    void logging_out_ends_the_session_on_the_server() throws Exception {
        String session = s.signIn("alice", PASSWORD);
        String token = ServiceHarness.tokenIn(s.get("/review/", session).body());
        assertEquals(303, s.postForm("/review/logout", form("token", token), session).statusCode());
        assertEquals(303, s.get("/review/", session).statusCode(), "the old cookie is no session any more");
        assertEquals(0, count("SELECT count(*) FROM sessions"));
    }

    @Test
    void an_enrolled_second_factor_is_asked_for_and_each_code_works_once() throws Exception {
        String other = s.signIn("alice", PASSWORD);
        String session = s.signIn("alice", PASSWORD);
        String secret = enrol(session);
        assertEquals(303, s.get("/review/", other).statusCode(), "enrolling ends the other sessions");
        assertEquals(200, s.get("/review/", session).statusCode(), "but not the one that enrolled");

        HttpResponse<String> step = s.postLogin("alice", PASSWORD, null);
        assertEquals(200, step.statusCode());
        assertTrue(step.body().contains("action=\"/review/login/code\""));
        assertTrue(step.headers().allValues("set-cookie").stream().noneMatch(c -> c.startsWith("__Host-rxzf_session")));
        String pre = step.request().headers().firstValue("cookie").orElseThrow();
        s.advance(Duration.ofSeconds(60));
        String code = Totp.code(Totp.decodeBase32(secret), Totp.step(s.clock.instant()), 6);
        HttpResponse<String> ok = codeStep(step, pre, code);
        assertEquals(303, ok.statusCode());
        assertEquals(200, s.get("/review/", ServiceHarness.cookie(ok, "__Host-rxzf_session")).statusCode());

        HttpResponse<String> again = s.postLogin("alice", PASSWORD, null);
        assertEquals(401, codeStep(again, again.request().headers().firstValue("cookie").orElseThrow(), code).statusCode(),
                "a code works once");
    }

    @Test
    void recovery_codes_work_once_and_the_operator_can_reset_the_second_factor() throws Exception {
        String session = s.signIn("alice", PASSWORD);
        HttpResponse<String> page = s.get("/review/account", session);
        String secret = secretIn(page.body());
        String token = ServiceHarness.tokenIn(page.body());
        HttpResponse<String> enrolled = s.postForm("/review/account/second-factor", form("token", token, "secret", secret,
                "code", Totp.code(Totp.decodeBase32(secret), Totp.step(s.clock.instant()), 6)), session);
        Matcher m = Pattern.compile("<code>([2-9A-Z]{5}-[2-9A-Z]{5})</code>").matcher(enrolled.body());
        assertTrue(m.find(), enrolled.body());
        String recovery = m.group(1);
        assertEquals(AccountController.RECOVERY_CODES, count("SELECT count(*) FROM recovery_codes"));

        HttpResponse<String> step = s.postLogin("alice", PASSWORD, null);
        assertEquals(303, codeStep(step, step.request().headers().firstValue("cookie").orElseThrow(), recovery.toLowerCase()).statusCode());
        HttpResponse<String> again = s.postLogin("alice", PASSWORD, null);
        assertEquals(401, codeStep(again, again.request().headers().firstValue("cookie").orElseThrow(), recovery).statusCode());

        assertTrue(store.resetSecondFactor("alice"));
        assertEquals(303, s.postLogin("alice", PASSWORD, null).statusCode(), "after the reset, the password alone");
        assertEquals(0, count("SELECT count(*) FROM recovery_codes"));
    }

    @Test
    void an_administrator_without_a_second_factor_reaches_only_the_enrolment_page() throws Exception {
        String root = s.signIn("root", PASSWORD);
        HttpResponse<String> queue = s.get("/review/", root);
        assertEquals(303, queue.statusCode());
        assertEquals("/review/account", queue.headers().firstValue("location").orElse(""));
        assertEquals(303, s.get("/review/feedback", root).statusCode());
        assertEquals(403, s.postForm("/review/comments/YJ20261201-ABCDEF/decision", form("outcome", "adopted"), root).statusCode());
        enrol(root);
        String again = codeLogin("root");
        assertEquals(200, s.get("/review/", again).statusCode());
    }

    @Test
    void a_wrong_enrolment_code_or_a_secret_the_service_did_not_issue_is_refused() throws Exception {
        String session = s.signIn("alice", PASSWORD);
        HttpResponse<String> page = s.get("/review/account", session);
        String secret = secretIn(page.body());
        String token = ServiceHarness.tokenIn(page.body());
        assertEquals(400, s.postForm("/review/account/second-factor", form("token", token, "secret", secret, "code", "000000"), session).statusCode());
        String mine = Totp.base32(Totp.newSecret());
        assertEquals(403, s.postForm("/review/account/second-factor", form("token", token, "secret", mine,
                "code", Totp.code(Totp.decodeBase32(mine), Totp.step(s.clock.instant()), 6)), session).statusCode());
        assertEquals(0, count("SELECT count(*) FROM reviewers WHERE totp_secret IS NOT NULL"));
    }

    private String codeLogin(String user) throws Exception {
        HttpResponse<String> step = s.postLogin(user, PASSWORD, null);
        String secret = enrolledSecret;
        s.advance(Duration.ofSeconds(30));
        HttpResponse<String> ok = codeStep(step, step.request().headers().firstValue("cookie").orElseThrow(),
                Totp.code(Totp.decodeBase32(secret), Totp.step(s.clock.instant()), 6));
        assertEquals(303, ok.statusCode());
        return ServiceHarness.cookie(ok, "__Host-rxzf_session");
    }

    private String enrolledSecret;

    /** Enrols a second factor from the account page, as a person with an authenticator app would. */
    private String enrol(String session) throws Exception {
        HttpResponse<String> page = s.get("/review/account", session);
        assertEquals(200, page.statusCode());
        String secret = secretIn(page.body());
        assertTrue(page.body().contains("otpauth://totp/"));
        HttpResponse<String> r = s.postForm("/review/account/second-factor", form("token", ServiceHarness.tokenIn(page.body()),
                "secret", secret, "code", Totp.code(Totp.decodeBase32(secret), Totp.step(s.clock.instant()), 6)), session);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("恢复码"));
        byte[] stored = s.db.jdbi.withHandle(h -> h.createQuery("SELECT totp_secret FROM reviewers WHERE totp_secret IS NOT NULL LIMIT 1")
                .mapTo(byte[].class).one());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(secret), "stored encrypted");
        enrolledSecret = secret;
        return secret;
    }

    private HttpResponse<String> codeStep(HttpResponse<String> step, String preCookie, String code) throws Exception {
        Matcher user = Pattern.compile("name=\"username\" value=\"([^\"]+)\"").matcher(step.body());
        assertTrue(user.find());
        return s.postForm("/review/login/code", form("token", ServiceHarness.tokenIn(step.body()), "username", user.group(1),
                "code", code), preCookie);
    }

    private static String secretIn(String html) {
        Matcher m = Pattern.compile("name=\"secret\" value=\"([A-Z2-7]+)\"").matcher(html);
        assertTrue(m.find(), "no secret on the page");
        return m.group(1);
    }

    private static String deviceCookie(HttpResponse<String> r) {
        assertEquals(303, r.statusCode());
        String device = ServiceHarness.cookie(r, SignInController.DEVICE_COOKIE);
        assertNotEquals(SignInController.DEVICE_COOKIE + "=", device);
        return device;
    }

    private int count(String sql) {
        return s.db.jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
