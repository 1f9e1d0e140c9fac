package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.RawHttp;
import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.publish.NetlifyFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed requests against the whole service (database included), written to the socket as a fuzzer would: each
 * gets a 4xx — never a 5xx — with the security headers, and nothing of the request (the marker {@code mkzq}) comes
 * back, whether the service or Jetty's parser refused it.
 */
class MalformedRequestRoutesTest {
    static final String MARK = "mkzq";
    @TempDir
    static Path dir;
    static ServiceHarness s;

    @BeforeAll
    static void start() throws Exception {
        s = new ServiceHarness(TestSite.minimal(dir));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static RawHttp.Response send(String request) throws Exception {
        return RawHttp.send(s.app.port(), request);
    }

    private static void assertRefusedSafely(RawHttp.Response r, int status, String what) {
        assertEquals(status, r.status(), what + ": " + r.body());
        assertFalse(r.body().contains(MARK), what + " echoed the request: " + r.body());
        assertEquals(NetlifyFiles.CSP, r.header("content-security-policy"), what);
        assertEquals("nosniff", r.header("x-content-type-options"), what);
        assertEquals("DENY", r.header("x-frame-options"), what);
        assertTrue(r.header("cache-control").contains("no-store"), what + ": " + r.header("cache-control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/drafts/" + MARK + "%u4E2D", "GET /drafts/" + MARK + "%u4E2D/",
            "GET /comments/" + MARK + "%u4E2D", "POST /review/comments/" + MARK + "%u4E2D/decision",
            "GET /credit/apply/" + MARK + "%u4E2D", "POST /credit/apply/files/" + MARK + "%zz/delete",
            "GET /review/credit/" + MARK + "%u4E2D", "GET /check/" + MARK + "%"})
    void a_percent_escape_that_is_not_hex_in_a_path_parameter_is_400(String line) throws Exception {
        RawHttp.Response r = send(line + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertRefusedSafely(r, 400, line);
    }

    @Test
    void a_json_route_answers_a_bad_escape_with_problem_details() throws Exception {
        RawHttp.Response r = send("GET /api/drafts/x%u4E2D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(400, r.status());
        assertTrue(r.header("content-type").startsWith("application/problem+json"), r.header("content-type"));
    }

    @Test
    void errors_are_problem_json_for_clients_that_accept_only_json() throws Exception {
        for (String line : new String[] {"GET /drafts/nope/", "GET /comments/x%u4E2D"}) {
            RawHttp.Response r = send(line + " HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
            assertTrue(r.header("content-type").startsWith("application/problem+json"), line + ": " + r.header("content-type"));
            assertTrue(r.body().contains("\"status\":" + r.status()), r.body());
        }
        RawHttp.Response browser = send("GET /drafts/nope/ HTTP/1.1\r\nHost: x\r\nAccept: text/html,application/json;q=0.9\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(browser.header("content-type").startsWith("text/html"), browser.header("content-type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /search?q=a mkabc\r\n", "GET /search?q=a HTTP/9.9\r\n", "GET /search?q=a HTTP/1.1x\r\n",
            "GET /search?q=a HTTP/\r\n", "GET /feedback HTTP/0.9\r\n"})
    void a_garbage_or_unknown_http_version_is_400_not_505(String line) throws Exception {
        RawHttp.Response r = send(line + "Host: x\r\nConnection: close\r\n\r\n");
        assertRefusedSafely(r, 400, line.strip());
    }

    @Test
    void every_route_has_one_body_limit_and_multipart_bodies_keep_to_it() throws Exception {
        String boundary = "zz" + System.nanoTime();
        byte[] big = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + "x".repeat(100_000)
                + "\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // The server closes a connection whose body it refused unread, so each request goes on a connection of its own.
        for (String path : java.util.List.of("/feedback", "/review/login", "/credit/status", "/credit/apply/company")) {
            assertEquals(413, s.postAlone(path, "multipart/form-data; boundary=" + boundary, big), path);
            assertEquals(413, s.postAlone(path, "application/x-www-form-urlencoded",
                    ("body=" + "x".repeat(100_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII)), path);
        }
        assertEquals(65_536, cn.rxzf.portal.app.WebApp.BODY_LIMITS.limit("/feedback"));
        assertTrue(cn.rxzf.portal.app.WebApp.BODY_LIMITS.limit("/credit/apply/files") > 10_000_000, "uploads take a file");
        RawHttp.Response chunked = send("POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nbody=\r\n0\r\n\r\n");
        assertEquals(411, chunked.status(), "no declared length, no way past the limit");
    }

    /**
     * A body far over its route's limit, written to its end before the client reads, as the simplest client does
     * (issue 13): the server must not close on unread bytes — a reset that can lose the answer on the way — but
     * answer 413, then read and discard the body (up to RefusedBodies.DRAIN_BYTES) and
     * close cleanly. Several rounds, as a lost answer depends on timing.
     */
    @Test
    void a_refused_large_body_is_read_to_its_end_so_the_413_answer_arrives() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (var c : java.util.Map.of("/feedback", 4L << 20, "/credit/apply/files", 12L << 20).entrySet()) {
                RawHttp.Sent sent = RawHttp.sendWithBody(s.app.port(), "POST " + c.getKey() + " HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + c.getValue() + "\r\n\r\n",
                        c.getValue());
                String what = c.getKey() + ", round " + round;
                assertEquals(c.getValue(), sent.bodyWritten(), what + ": the server took the whole body");
                assertFalse(sent.reset(), what + ": closed without a reset");
                assertEquals(413, sent.response().status(), what);
                assertEquals("close", sent.response().header("connection"));
                assertTrue(sent.response().body().contains("过大"), sent.response().body());
            }
        }
    }

    @Test
    void a_body_that_cannot_be_read_closes_the_connection_and_says_so() throws Exception {
        String body = "--zz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nabc";
        RawHttp.Response r = send("POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        assertEquals(400, r.status());
        assertEquals("close", r.header("connection"), "a client must not send another request on this connection");
    }

    @Test
    void bad_utf8_in_the_path_is_refused_by_jetty_with_our_headers_and_without_echo() throws Exception {
        RawHttp.Response r = send("GET /drafts/" + MARK + "%FF%FE/?x=%3C" + MARK + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertRefusedSafely(r, 400, "bad UTF-8 in the path");
        assertTrue(r.body().contains("请求格式不正确"), r.body());
        assertTrue(r.header("content-type").contains("utf-8"), r.header("content-type"));
    }

    @Test
    void too_large_headers_and_uri_are_refused_with_our_headers_and_without_echo() throws Exception {
        String huge = MARK.repeat(5_000);
        assertRefusedSafely(send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + huge + "\r\nConnection: close\r\n\r\n"), 431, "431");
        assertRefusedSafely(send("GET /" + huge + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 414, "414");
    }

    @Test
    void an_authority_that_is_not_the_host_is_refused_with_our_headers_and_without_echo() throws Exception {
        RawHttp.Response r = send("GET http://" + MARK + ".example/ HTTP/1.1\r\nHost: other.example\r\nConnection: close\r\n\r\n");
        assertRefusedSafely(r, 400, "Authority!=Host");
    }

    @Test
    void error_pages_have_no_canonical_link_and_no_trace_of_the_path() throws Exception {
        RawHttp.Response r = send("GET /drafts/" + MARK + "/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(404, r.status());
        assertFalse(r.body().contains("rel=\"canonical\""), r.body());
        assertFalse(r.body().contains(MARK), r.body());
        assertTrue(r.body().contains("页面不存在"));
    }
}
