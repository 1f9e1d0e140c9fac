package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on a database it cannot reach (as with an external server that goes away): pages that need it answer
 * 503 "暂时无法提交，请稍后再试" with Retry-After, never 500; a posted form comes back with what was typed; /healthz
 * says why; when the database is back, the pool reconnects and everything answers again.
 */
class DatabaseOutageRoutesTest {
    static final String DRAFT = "/drafts/yijian/";
    @TempDir
    Path dir;
    ServiceHarness s;
    String database;

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir).write("departments/scj/drafts/yijian.md", """
                ---
                部门: scj
                标题: 关于轻微违法行为不予处罚清单的征求意见稿
                征求意见开始: 2026-11-01
                征求意见截止: 2026-12-15
                ---
                正文。
                """);
        s = new ServiceHarness(site);
        database = s.db.jdbi.withHandle(h -> h.createQuery("SELECT current_database()").mapTo(String.class).one());
    }

    @AfterEach
    void stop() throws Exception {
        TestDatabase.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        s.close();
    }

    @Test
    void anUnreachableDatabaseGives503sWithTheTypedTextThenThePoolReconnects() throws Exception {
        String token = ServiceHarness.tokenIn(s.get(DRAFT).body());
        s.advance(Duration.ofSeconds(3));
        TestDatabase.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        TestDatabase.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

        HttpResponse<String> page = s.get(DRAFT);
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("暂时无法提交，请稍后再试"), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());

        HttpResponse<String> posted = s.postForm("/drafts/yijian/comments", ServiceHarness.form(
                "token", token, "body", "停电期间写下的意见：请公开裁量基准。", "name", "", "contact", "", "website", ""));
        assertEquals(503, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("停电期间写下的意见：请公开裁量基准。"), "the typed text was lost: " + posted.body());
        assertTrue(posted.body().contains("action=\"/drafts/yijian/comments\""), posted.body());

        HttpResponse<String> health = s.get("/healthz");
        assertEquals(503, health.statusCode());
        assertTrue(health.body().contains("reason"), health.body());

        TestDatabase.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        long back = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - back < 15_000_000_000L) {
            Thread.sleep(500); // the pool reconnects by itself; the health answer is cached for up to a second
            status = s.get("/healthz").statusCode();
        }
        assertEquals(200, status, "not healthy within 15 s of the database coming back");
        assertEquals(200, s.get(DRAFT).statusCode());
        HttpResponse<String> again = s.postForm("/drafts/yijian/comments", ServiceHarness.form(
                "token", token, "body", "停电期间写下的意见：请公开裁量基准。", "name", "", "contact", "", "website", ""));
        assertEquals(303, again.statusCode(), again.body());
    }
}
