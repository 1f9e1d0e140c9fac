package cn.rxzf.portal;


import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The whole service for route tests: a small built site, a fresh database in the shared embedded PostgreSQL, the
 * app on a free port, a clock the test moves, and an HTTP client that does not follow redirects.
 */
public final class ServiceHarness implements AutoCloseable {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    public final TestSite site;
    private final Settings settings;
    public final Database db;
    public final MutableClock clock;
    public final Javalin app;
    /** The services the app runs on (its live site's content, for jobs a test runs itself). */
    public final Services services;
    public final Keys keys = Keys.random();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public ServiceHarness(TestSite site) throws IOException {
        this(site, site.settings());
    }

    public ServiceHarness(TestSite site, Settings settings) throws IOException {
        this.site = site;
        this.settings = settings;
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        db = TestDatabase.fresh();
        clock = new MutableClock(TestSite.TODAY.atTime(10, 0).atZone(Settings.ZONE).toInstant(), Settings.ZONE);
        keys.checkAgainst(db.jdbi);
        services = Services.of(settings, new LiveSite(settings, built.content()), db, keys, clock);
        app = WebApp.create(services).start("127.0.0.1", 0);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    /** GET with a session cookie ({@code name=value}), or none when null. */
    public HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        return postForm(path, form, null);
    }

    public HttpResponse<String> postRaw(String path, String contentType, String body) throws IOException, InterruptedException {
        return postRaw(path, contentType, body, null);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String cookie)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return postRaw(path, "application/x-www-form-urlencoded", body, cookie);
    }

    public HttpResponse<String> postRaw(String path, String contentType, String body, String cookie)
            throws IOException, InterruptedException {
        return postBytes(path, contentType, body.getBytes(StandardCharsets.UTF_8), cookie);
    }

    /** Any request, for headers the helpers above do not set. */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A body sent byte for byte, e.g. with bytes that are not UTF-8. */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form with one file (field {@code file}) and its token, as the upload forms post it. */
    public HttpResponse<String> postFile(String path, String cookie, String token, String name, byte[] data)
            throws IOException, InterruptedException {
        String boundary = "----rxzf" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(data);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), cookie);
    }

    /** A second service instance on the same database (for the shared-state tests). */
    public Javalin secondInstance() throws IOException {
        return WebApp.create(Services.of(settings, new LiveSite(settings, SiteBuilds.of(settings).build().content()),
                db, keys, clock)).start("127.0.0.1", 0);
    }

    /** The sign-in form as a browser gets it: its token and the pre-session cookie it is bound to ({@code name=value}). */
    public record LoginForm(String token, String cookie) {}

    public LoginForm loginForm() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/review/login");
        return new LoginForm(tokenIn(page.body()), cookie(page, "__Host-rxzf_pre"));
    }

    /** Posts the sign-in form with a fresh form and its cookie (plus {@code extraCookie}, e.g. a device cookie, or null). */
    public HttpResponse<String> postLogin(String user, String password, String extraCookie) throws IOException, InterruptedException {
        LoginForm f = loginForm();
        return postForm("/review/login", form("token", f.token(), "username", user, "password", password),
                extraCookie == null ? f.cookie() : f.cookie() + "; " + extraCookie);
    }

    /** Signs in (no second factor) and returns the session cookie as {@code name=value}. */
    public String signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = postLogin(user, password, null);
        if (r.statusCode() != 303) throw new AssertionError("sign-in of " + user + ": " + r.statusCode());
        return cookie(r, "__Host-rxzf_session");
    }

    /** The cookie {@code name} a response sets, as {@code name=value}. */
    public static String cookie(HttpResponse<?> r, String name) {
        for (String h : r.headers().allValues("set-cookie")) {
            if (h.startsWith(name + "=")) return h.substring(0, h.indexOf(';'));
        }
        throw new AssertionError("no cookie " + name + " in " + r.headers().allValues("set-cookie"));
    }

    /** The form token in a page, as a browser would post it back. */
    public static String tokenIn(String html) {
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) throw new AssertionError("no form token in page");
        return m.group(1);
    }

    public static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    public void advance(Duration d) {
        clock.advance(d);
    }

    @Override
    public void close() throws IOException {
        app.stop();
        db.close();
    }

    /**
     * A POST on a connection of its own, read by hand: for bodies the server refuses unread, after which it closes
     * the connection (a pooled client would reuse it and see no answer). The status code of the answer.
     */
    public int postAlone(String path, String contentType, byte[] body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", java.net.URI.create(url("/")).getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (java.io.IOException refusedMidway) {
                // the server answered and closed before reading everything: its answer is still in our buffer
            }
            String status = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
