import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The login flood of bench/service/login.sh: signs USER in once (as a browser: the login page, its cookies, the
 * form), then fires N concurrent sign-ins at /review/login, all released at the same moment, each on its own
 * connection, each from another client address (X-Forwarded-For; the service trusts 127.0.0.1 as its proxy) and for
 * another user name (so neither a per-address nor a per-account limit stops them before the password hash: a
 * password spray from many machines); then signs USER in again with the right password, once from the browser that
 * signed in before (its cookies kept) and once from a new browser.
 *
 *   java LoginFlood.java BASE_URL USER PASSWORD N
 *
 * Prints one "key value" line per figure: statuses of the flood, connection errors, p50/p95/max latency, and the
 * statuses of the sign-ins before and after.
 */
public class LoginFlood {
    public static void main(String[] args) throws Exception {
        String base = args[0], user = args[1], password = args[2];
        int n = Integer.parseInt(args[3]);
        Browser known = new Browser(base);
        System.out.println("login_before " + known.signIn(user, password));

        Browser attacker = new Browser(base);
        attacker.open();
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build());
        CountDownLatch go = new CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        List<CompletableFuture<long[]>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpClient c = clients.get(i);
            String body = attacker.form("spray" + i, "wrong password " + i);
            String address = "10." + (i / 250) + "." + (i % 250) + ".7";
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    long t0 = System.nanoTime();
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/review/login"))
                            .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(body));
                    if (!attacker.cookies.isEmpty()) b.header("Cookie", attacker.cookieHeader());
                    int status = c.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    return new long[] {status, System.nanoTime() - t0};
                } catch (Exception e) {
                    return new long[] {-1, 0};
                }
            }, pool));
        }
        long start = System.nanoTime();
        go.countDown();
        Map<Long, Integer> statuses = new TreeMap<>();
        List<Long> latencies = new ArrayList<>();
        for (CompletableFuture<long[]> f : results) {
            long[] r = f.join();
            statuses.merge(r[0], 1, Integer::sum);
            if (r[0] > 0) latencies.add(r[1]);
        }
        long wall = System.nanoTime() - start;
        Collections.sort(latencies);
        int fivexx = 0;
        for (var e : statuses.entrySet()) {
            System.out.println((e.getKey() < 0 ? "connection_errors" : "status_" + e.getKey()) + " " + e.getValue());
            if (e.getKey() >= 500) fivexx += e.getValue();
        }
        System.out.println("5xx " + fivexx);
        System.out.printf("p50_ms %.0f%np95_ms %.0f%nmax_ms %.0f%nwall_s %.1f%n", pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 100), wall / 1e9);
        System.out.println("login_after_known_browser " + known.signIn(user, password));
        System.out.println("login_after_new_browser " + new Browser(base).signIn(user, password));
        pool.shutdown();
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** A browser: keeps the cookies the service sets (whatever the Secure flag says; the bench speaks plain HTTP). */
    static final class Browser {
        final String base;
        final Map<String, String> cookies = new TreeMap<>();
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String token;

        Browser(String base) {
            this.base = base;
        }

        void open() throws Exception {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/review/login")).build());
            var m = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
            if (!m.find()) throw new IllegalStateException("no token on the login page: " + page.statusCode());
            token = m.group(1);
        }

        String form(String user, String password) {
            return "token=" + enc(token) + "&username=" + enc(user) + "&password=" + enc(password);
        }

        /** The status of a sign-in (303 = signed in). */
        int signIn(String user, String password) throws Exception {
            open();
            return send(HttpRequest.newBuilder(URI.create(base + "/review/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(user, password))).build()).statusCode();
        }

        HttpResponse<String> send(HttpRequest r) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(r.uri()).timeout(Duration.ofSeconds(120));
            r.headers().map().forEach((k, vs) -> vs.forEach(v -> b.header(k, v)));
            b.method(r.method(), r.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
            if (!cookies.isEmpty()) b.header("Cookie", cookieHeader());
            HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String c : resp.headers().allValues("set-cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (pair.substring(eq + 1).isEmpty()) cookies.remove(pair.substring(0, eq));
                else cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return resp;
        }

        String cookieHeader() {
            StringBuilder sb = new StringBuilder();
            cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            return sb.toString();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
