package cn.rxzf.portal.web;

import cn.rxzf.portal.app.WebApp;

import cn.rxzf.portal.app.SiteBuilds;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --date} fixes the build date only: the service, wired as {@code serve} wires it, keeps the real clock
 * for form tokens, rate limits, sessions, receipts and whether a draft's comment window is open now.
 */
class DateFlagRoutesTest {
    static final LocalDate REAL_TODAY = LocalDate.now(Settings.ZONE);
    /** The {@code --date}: a month ago, so that the two clocks cannot be mistaken for each other. */
    static final LocalDate BUILD_DATE = REAL_TODAY.minusDays(30);
    @TempDir
    Path dir;
    Database db;
    Javalin app;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir)
                .write("departments/scj/drafts/open-now.md", draft("现在征求意见的草案", REAL_TODAY.minusDays(40), REAL_TODAY.plusDays(40)))
                .write("departments/scj/drafts/open-at-build-date.md", draft("构建日期时征求意见的草案", BUILD_DATE.minusDays(30), BUILD_DATE.plusDays(5)));
        Settings settings = site.settings().withDate(BUILD_DATE);
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        db = TestDatabase.fresh();
        Keys keys = Keys.random();
        keys.checkAgainst(db.jdbi);
        app = WebApp.create(Services.of(settings, new LiveSite(settings, built.content()), db, keys))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        db.close();
    }

    static String draft(String title, LocalDate opens, LocalDate closes) {
        return "---\n部门: scj\n标题: " + title + "\n征求意见开始: " + opens + "\n征求意见截止: " + closes + "\n---\n正文。\n";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> comment(String draftId, String token) throws Exception {
        String body = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&body="
                + URLEncoder.encode("建议明确“首次”的认定标准。", StandardCharsets.UTF_8) + "&website=";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/drafts/" + draftId + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_comment_can_be_posted_when_the_service_runs_with_a_build_date() throws Exception {
        String token = tokenIn(get("/drafts/open-now/").body());
        long issued = Long.parseLong(token.substring(0, token.indexOf('.')));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - issued) < 60, "the token is stamped with the real time: " + token);
        Thread.sleep(Services.FORM_MIN_AGE.toMillis() + 300);
        HttpResponse<String> r = comment("open-now", token);
        assertEquals(303, r.statusCode(), r.body());
        String receipt = get(r.headers().firstValue("location").orElseThrow()).body();
        String day = REAL_TODAY.getYear() + "年" + REAL_TODAY.getMonthValue() + "月" + REAL_TODAY.getDayOfMonth() + "日";
        assertTrue(receipt.contains(day), "the receipt shows when it really arrived, as people write dates");
    }

    @Test
    void the_live_draft_page_judges_the_window_by_the_real_date() throws Exception {
        HttpResponse<String> page = get("/drafts/open-at-build-date/");
        assertTrue(page.body().contains("征求意见已于 " + BUILD_DATE.plusDays(5) + " 截止"), "closed by now, though open at --date");
        HttpResponse<String> r = comment("open-at-build-date", "1.a.b");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("征求意见已于 " + BUILD_DATE.plusDays(5) + " 截止"), r.body());
    }
}
