import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Malformed-request fuzzer for every service endpoint, over raw sockets (HTTP clients refuse to send most of this).
 * For each endpoint it sends N requests, each made by one randomly chosen family of damage:
 *
 *   path       the route's parameter replaced: bad percent-encodings, invalid UTF-8, control bytes, traversal, huge
 *   query      random/bad-encoded/huge/many query parameters
 *   body       random bytes, bad percent-encodings, invalid UTF-8, thousands of fields, huge names, NULs
 *   multipart  broken multipart/form-data: no or wrong boundary, truncated, no end, huge part headers, many parts,
 *              invalid UTF-8 in names, nested, LF-only line ends
 *   ctype      wrong, missing, duplicated, garbage, unsupported-charset content types
 *   headers    one huge header, thousands of headers, invalid bytes in names/values, obs-fold, huge/garbage cookies,
 *              X-Forwarded-For garbage, duplicate Host, Expect
 *   line       wrong methods, lower-case/garbage/huge methods, HTTP/0.9–9.9 versions, absolute-form and * targets,
 *              huge URLs (8–100 KB), tabs and extra spaces
 *   framing    Content-Length too large/small/negative/garbage/duplicated, CL with Transfer-Encoding, broken chunks,
 *              unknown codings, bodies over the 64 KB limit (with CL and chunked), pipelined garbage
 *   semantic   a real form token (and, on reviewer routes, a real session) with one field that is surely malformed:
 *              invalid UTF-8 (raw and %-encoded), over-long text, only control characters, honeypot filled, too many
 *              links, unknown outcome, token given twice — the requests most able to store something
 *
 * Every request carries a unique marker (mk + 10 characters) in the fields it damages, often behind {@code "><}; a
 * response holding the marker is a reflection (counted "escaped" when the {@code <} before it came back as
 * {@code &lt;} or not at all, "raw" when it came back as {@code <}). Every 5xx is written with its request (escaped
 * and base64) to OUTDIR/5xx-*.txt; a sample of reflections to OUTDIR/reflections.txt.
 *
 *   java Fuzz.java PORT N_PER_ENDPOINT THREADS OUTDIR SETUP_FILE [ENDPOINT_FILTER]
 * SETUP_FILE holds key=value lines written by fuzz.sh: draft, trackingNo, cookie, username (a real reviewer), seed.
 */
public class Fuzz {
    static final String HOST = "127.0.0.1";
    static int port;
    static String draft, trackingNo, cookie, reviewerUser;
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    static final String[] FAMILIES = {"path", "query", "body", "multipart", "ctype", "headers", "line", "framing", "semantic"};

    /** One endpoint of the service, with a well-formed request to damage. */
    record Endpoint(String name, String method, String pathBefore, String pathParam, String pathAfter, String query,
                    String[][] form, String tokenKind, boolean review) {
        String path(String param) {
            return pathBefore + param + pathAfter;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /drafts/<id>/comments", "POST", "/drafts/", draft, "/comments", "",
                        new String[][] {{"token", "$T"}, {"body", "$M+%E5%BB%BA%E8%AE%AE"}, {"name", "$M"}, {"contact", "$M"}, {"website", ""}}, "comment", false),
                new Endpoint("GET /drafts/<id>/", "GET", "/drafts/", draft, "/", "", null, null, false),
                new Endpoint("GET /comments/<no>", "GET", "/comments/", trackingNo, "", "", null, null, false),
                new Endpoint("GET /api/drafts/<id>", "GET", "/api/drafts/", draft, "", "", null, null, false),
                new Endpoint("GET /feedback", "GET", "/feedback", "", "", "page=%2F&kind=useful", null, null, false),
                new Endpoint("POST /feedback", "POST", "/feedback", "", "", "",
                        new String[][] {{"token", "$T"}, {"page", "/"}, {"kind", "useful"}, {"body", "$M"}, {"website", ""}}, "feedback", false),
                new Endpoint("GET /feedback/thanks", "GET", "/feedback/thanks", "", "", "page=%2F", null, null, false),
                new Endpoint("GET /review/login", "GET", "/review/login", "", "", "", null, null, false),
                new Endpoint("POST /review/login", "POST", "/review/login", "", "", "",
                        new String[][] {{"token", "$T"}, {"username", "$M"}, {"password", "$M"}}, "login", false),
                new Endpoint("POST /review/logout", "POST", "/review/logout", "", "", "",
                        new String[][] {{"token", "$T"}}, "review", true),
                new Endpoint("GET /review/", "GET", "/review/", "", "", "", null, null, true),
                new Endpoint("POST /review/comments/<no>/decision", "POST", "/review/comments/", trackingNo, "/decision", "",
                        new String[][] {{"token", "$T"}, {"outcome", "adopted"}, {"reason", "$M"}}, "review", true),
                new Endpoint("GET /api/search", "GET", "/api/search", "", "", "q=%E6%B2%A1%E4%BA%AE%E7%85%A7%E7%BB%8F%E8%90%A5", null, null, false),
                new Endpoint("GET /search", "GET", "/search", "", "", "q=%E6%B2%A1%E4%BA%AE%E7%85%A7%E7%BB%8F%E8%90%A5", null, null, false));
    }

    // real tokens, fetched once (they are valid for hours)
    static String commentToken, feedbackToken, loginToken, reviewToken;

    static String token(String kind) {
        return switch (kind) {
            case "comment" -> commentToken;
            case "feedback" -> feedbackToken;
            case "login" -> loginToken;
            case "review" -> reviewToken;
            default -> "";
        };
    }

    // ---- results ----
    static final Map<String, Map<String, AtomicLong>> statusByEndpoint = new ConcurrentHashMap<>();
    static final Map<String, Map<String, AtomicLong>> familyByEndpoint = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> reflections = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> familyNanos = new ConcurrentHashMap<>();
    static final AtomicLong fiveXX = new AtomicLong(), reflectSamples = new AtomicLong();
    static Path outDir;

    public static void main(String[] a) throws Exception {
        if (a[0].equals("replay")) {
            replay(Integer.parseInt(a[1]), Path.of(a[2]));
            return;
        }
        port = Integer.parseInt(a[0]);
        int n = Integer.parseInt(a[1]);
        int threads = Integer.parseInt(a[2]);
        outDir = Path.of(a[3]);
        Map<String, String> setup = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(a[4]))) {
            int eq = line.indexOf('=');
            if (eq > 0) setup.put(line.substring(0, eq), line.substring(eq + 1));
        }
        String filter = a.length > 5 ? a[5] : "";
        draft = setup.get("draft");
        trackingNo = setup.get("trackingNo");
        cookie = setup.get("cookie");
        reviewerUser = setup.get("username");
        long seed = Long.parseLong(setup.getOrDefault("seed", "1"));
        Files.createDirectories(outDir);

        commentToken = fetchToken("/drafts/" + draft + "/", null);
        feedbackToken = fetchToken("/feedback?page=%2F&kind=useful", null);
        loginToken = fetchToken("/review/login", null);
        reviewToken = fetchToken("/review/", cookie);
        Thread.sleep(2_200); // comment and feedback tokens must be 2 s old

        long t0 = System.nanoTime();
        for (Endpoint e : endpoints()) {
            if (!e.name().contains(filter)) continue;
            long te = System.nanoTime();
            AtomicLong next = new AtomicLong();
            Thread[] ws = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + e.name().hashCode() * 31L + t);
                ws[t] = new Thread(() -> {
                    Client c = new Client();
                    for (long i; (i = next.getAndIncrement()) < n; ) {
                        try {
                            c.fuzzOne(e, rnd, i);
                        } catch (RuntimeException ex) { // a fuzzer bug must not end the thread silently
                            count(e.name(), "fuzzer-error:" + ex.getClass().getSimpleName());
                            ex.printStackTrace();
                            c.close();
                        }
                    }
                    c.close();
                });
                ws[t].start();
            }
            for (Thread w : ws) w.join();
            System.err.printf("fuzz: %-40s %d requests in %.0f s; statuses %s%n", e.name(), n,
                    (System.nanoTime() - te) / 1e9, statusByEndpoint.get(e.name()));
        }
        report(n, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * {@code java Fuzz.java replay PORT DIR}: sends every request recorded in DIR/5xx-*.txt once more, alone on a
     * connection of its own, and prints the statuses it gets now: a 5xx that comes back is reproducible by itself.
     */
    static void replay(int p, Path dir) throws IOException {
        port = p;
        List<Path> files;
        try (var st = Files.list(dir)) {
            files = st.filter(f -> f.getFileName().toString().matches("5xx-\\d+\\.txt")).sorted().toList();
        }
        int again = 0;
        Map<String, Long> byEndpoint = new TreeMap<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
            int at = lines.indexOf("base64:");
            byte[] req = Base64.getDecoder().decode(lines.get(at + 1));
            String first = new String(req, 0, Math.min(req.length, 12), StandardCharsets.ISO_8859_1);
            List<String> st = new ArrayList<>();
            for (Resp r : sendFresh(req, first.startsWith("HEAD "))) if (!r.status().startsWith("1")) st.add(r.status());
            boolean five = st.stream().anyMatch(x -> x.startsWith("5"));
            if (five) {
                again++;
                byEndpoint.merge(lines.get(0).replaceAll("\\s+status:.*", ""), 1L, Long::sum);
            }
            System.out.println(f.getFileName() + " replayed: " + st + (five ? "  5xx again" : "") + "   (" + lines.get(0) + ")");
        }
        System.out.println("replayed " + files.size() + " recorded 5xx requests alone: " + again + " gave a 5xx again");
        byEndpoint.forEach((k, v) -> System.out.println("  " + v + "  " + k));
    }

    static void report(int n, double secs) throws IOException {
        StringBuilder sb = new StringBuilder();
        Map<String, Long> all = new TreeMap<>();
        sb.append(String.format("%-40s %8s %6s %s%n", "endpoint", "requests", "5xx", "statuses (none:* = no HTTP answer)"));
        for (Endpoint e : endpoints()) {
            Map<String, AtomicLong> st = statusByEndpoint.get(e.name());
            if (st == null) continue;
            Map<String, Long> sorted = new TreeMap<>();
            long total = 0, five = 0;
            for (var x : st.entrySet()) {
                sorted.put(x.getKey(), x.getValue().get());
                all.merge(x.getKey(), x.getValue().get(), Long::sum);
                if (x.getKey().startsWith("5")) five += x.getValue().get();
            }
            Map<String, AtomicLong> fam = familyByEndpoint.get(e.name());
            for (var x : fam.entrySet()) total += x.getValue().get();
            sb.append(String.format("%-40s %8d %6d %s%n", e.name(), total, five, sorted));
        }
        sb.append(String.format("all endpoints: %s%n", all));
        sb.append(String.format("responses parsed per request may exceed 1 (pipelined leftovers); elapsed %.0f s%n", secs));
        sb.append("requests per family and endpoint:\n");
        for (Endpoint e : endpoints()) {
            Map<String, AtomicLong> fam = familyByEndpoint.get(e.name());
            if (fam != null) sb.append(String.format("  %-40s %s%n", e.name(), new TreeMap<>(fam)));
        }
        Map<String, Long> famTotal = new TreeMap<>();
        familyByEndpoint.values().forEach(m -> m.forEach((k, v) -> famTotal.merge(k, v.get(), Long::sum)));
        sb.append("mean time per request by family (ms): ");
        famTotal.forEach((k, v) -> sb.append(String.format("%s %.1f  ", k, familyNanos.getOrDefault(k, new AtomicLong()).get() / 1e6 / v)));
        sb.append('\n');
        sb.append("reflections of the marker (endpoint | family | where it was put | response that held it; RAW '<' = an unescaped < came back before it): ");
        sb.append(reflections.isEmpty() ? "none\n" : "\n");
        new TreeMap<>(reflections).forEach((k, v) -> sb.append(String.format("  %-90s %d%n", k, v.get())));
        sb.append("5xx responses (and answers that never came): ").append(fiveXX.get()).append(fiveXX.get() > 0 ? " (requests in " + outDir + "/5xx-*.txt)" : "").append('\n');
        System.out.print(sb);
        Files.writeString(outDir.resolve("summary.txt"), sb.toString());
    }

    // ---- one request ----

    /** A request to send: its bytes, whether it needs a connection of its own (then the client half-closes). */
    static final class Req {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String family, placed = "-", marker;
        boolean fresh, head;

        Req text(String s) {
            bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Req raw(byte[] b) {
            bytes.writeBytes(b);
            return this;
        }
    }

    static final class Client {
        Conn conn;

        void fuzzOne(Endpoint e, SplittableRandom r, long i) {
            String marker = "mk" + Long.toString(Math.abs(r.nextLong()) % 3656158440062976L, 36); // up to 10 more chars
            while (marker.length() < 12) marker += "0";
            String family = FAMILIES[r.nextInt(FAMILIES.length)];
            if (family.equals("semantic") && e.form() == null) family = "query"; // GETs: the query is all there is
            if (family.equals("semantic") && e.name().equals("POST /review/login") && r.nextInt(20) != 0) family = "body"; // the KDF is slow
            Req q = build(e, family, r, marker);
            q.family = family;
            q.marker = marker;
            familyByEndpoint.computeIfAbsent(e.name(), k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(family, k -> new AtomicLong()).incrementAndGet();
            long t0 = System.nanoTime();
            List<Resp> rs = send(q);
            familyNanos.computeIfAbsent(family, k -> new AtomicLong()).addAndGet(System.nanoTime() - t0);
            for (Resp resp : rs) {
                if (resp.status.startsWith("1") && !resp.status.equals("101")) continue; // interim (100 Continue)
                count(e.name(), resp.status);
                if (resp.status.startsWith("5") || resp.status.startsWith("none:timeout")) record5xx(e, q, resp);
                checkReflection(e, q, resp);
            }
        }

        List<Resp> send(Req q) {
            byte[] data = q.bytes.toByteArray();
            if (q.fresh) return sendFresh(data, q.head);
            for (int attempt = 0; ; attempt++) {
                try {
                    if (conn == null) conn = new Conn();
                    conn.out.write(data);
                    conn.out.flush();
                    Resp resp = conn.readOne(q.head);
                    if (resp.close) close();
                    return List.of(resp);
                } catch (SocketTimeoutException ex) {
                    close();
                    return List.of(new Resp("none:timeout", true, new byte[0], new byte[0]));
                } catch (IOException ex) {
                    boolean reused = conn != null && conn.used > 0;
                    close();
                    // a kept-alive connection the server had already closed: send once more on a new one
                    if (reused && attempt == 0) continue;
                    return List.of(new Resp("none:" + ex.getClass().getSimpleName(), true, new byte[0], new byte[0]));
                } finally {
                    if (conn != null) conn.used++;
                }
            }
        }

        void close() {
            if (conn != null) conn.close();
            conn = null;
        }
    }

    /** Sends on a connection of its own, half-closes, reads to the end, and parses every response in it. */
    static List<Resp> sendFresh(byte[] data, boolean head) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        String failure = null;
        try (Socket s = new Socket()) {
            s.setSoTimeout(15_000);
            s.connect(new InetSocketAddress(HOST, port), 5_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            try {
                for (int off = 0; off < data.length; off += 16384) out.write(data, off, Math.min(16384, data.length - off));
                out.flush();
                s.shutdownOutput();
            } catch (IOException ex) {
                failure = "write:" + ex.getClass().getSimpleName(); // the server answered and closed early: read it
            }
            byte[] buf = new byte[65536];
            try {
                for (int k; (k = in.read(buf)) > 0 && got.size() < 8_000_000; ) got.write(buf, 0, k);
            } catch (SocketTimeoutException ex) {
                if (got.size() == 0) return List.of(new Resp("none:timeout", true, new byte[0], new byte[0]));
            } catch (IOException ex) {
                if (got.size() == 0) failure = "reset";
            }
        } catch (IOException ex) {
            return List.of(new Resp("none:connect-" + ex.getClass().getSimpleName(), true, new byte[0], new byte[0]));
        }
        byte[] all = got.toByteArray();
        if (all.length == 0) return List.of(new Resp("none:" + (failure == null ? "closed" : failure), true, all, all));
        List<Resp> out = new ArrayList<>();
        int pos = 0;
        while (pos < all.length && out.size() < 50) {
            Resp r = Resp.parse(all, pos, head);
            if (r == null) {
                out.add(new Resp("garbage", true, Arrays.copyOfRange(all, pos, all.length), new byte[0]));
                break;
            }
            out.add(r);
            pos = r.end;
        }
        return out;
    }

    // ---- building damaged requests ----

    static Req build(Endpoint e, String family, SplittableRandom r, String m) {
        Req q = new Req();
        String path = e.path(e.pathParam());
        String query = e.query();
        List<String[]> headers = baseHeaders(e, r, m);
        String method = e.method();
        byte[] body = e.form() == null ? new byte[0] : form(e, r, m, false);
        String ctype = e.form() == null ? null : "application/x-www-form-urlencoded";
        switch (family) {
            case "path" -> {
                q.placed = "path";
                String junk = switch (r.nextInt(9)) {
                    case 0 -> m + badPercent(r);
                    case 1 -> m + "%C0%AF%ED%A0%80%FF%FE";
                    case 2 -> m + "/../../../../etc/passwd";
                    case 3 -> "%2e%2e%2f%2e%2e%2f" + m;
                    case 4 -> m + "%00%0d%0aSet-Cookie:x=" + m;
                    case 5 -> m + "%3Cscript%3E" + "x".repeat(r.nextInt(1, 5000));
                    case 6 -> m + "//" + m + "/./" + m;
                    case 7 -> m + "%25%32%65" + "%E4%B8";
                    default -> m + "%3C%22" + pctEncode(randomBytes(r, r.nextInt(1, 200)));
                };
                if (e.pathParam().isEmpty()) path = path + (path.endsWith("/") ? "" : "/") + junk;
                else path = e.path(junk);
                if (r.nextInt(4) == 0) { // raw bytes that are not allowed in a request target
                    q.fresh = true;
                    byte[] rawBytes = randomBytes(r, r.nextInt(1, 40));
                    return plain(q, method, (path + "/").getBytes(StandardCharsets.ISO_8859_1), rawBytes, query, headers, ctype, body);
                }
            }
            case "query" -> {
                q.placed = "query";
                query = switch (r.nextInt(8)) {
                    case 0 -> query + "&" + m + "=" + m + badPercent(r);
                    case 1 -> "page=" + m + "%FF%FE&kind=%C0%80" + m + "&q=%ED%A0%80" + m;
                    case 2 -> manyParams(r, m, r.nextInt(500, 5000));
                    case 3 -> query + "&q=" + m + "x".repeat(r.nextInt(1000, 12000)) + "&page=/" + m;
                    case 4 -> "%" + m + "&&&==&" + query + "&%3D%3D=" + m + "&page=%2F" + m + "%3C%22&kind=%3Cmk";
                    case 5 -> query + "&q=" + m + pctEncode(randomBytes(r, r.nextInt(1, 300)));
                    case 6 -> "q=%3C" + m + "%3E&page=%2Fdrafts%2F%3C" + m + "&kind=useful&size=-1&from=99999999999999999999&type=%00";
                    default -> query + "&q=" + m + "&q=" + m + "&page=/" + m + "&page=/a&kind=" + m;
                };
                if (r.nextInt(5) == 0) { // raw invalid UTF-8 in the query
                    q.fresh = true;
                    return plain(q, method, path.getBytes(StandardCharsets.ISO_8859_1),
                            concat(("?q=" + m).getBytes(StandardCharsets.ISO_8859_1), randomHighBytes(r, r.nextInt(1, 30))), "", headers, ctype, body);
                }
            }
            case "body" -> {
                q.placed = "body";
                if (ctype == null || r.nextInt(3) == 0) ctype = "application/x-www-form-urlencoded";
                body = switch (r.nextInt(9)) {
                    case 0 -> randomBytes(r, r.nextInt(0, 3000));
                    case 1 -> ("body=" + m + badPercent(r) + "&token=" + badPercent(r) + "&name=" + m).getBytes(StandardCharsets.ISO_8859_1);
                    case 2 -> concat(("body=" + m + "&username=" + m + "&password=").getBytes(StandardCharsets.ISO_8859_1), randomHighBytes(r, r.nextInt(1, 100)));
                    case 3 -> manyParams(r, m, r.nextInt(1000, 6000)).getBytes(StandardCharsets.ISO_8859_1);
                    case 4 -> (m + "x".repeat(r.nextInt(1000, 20000)) + "=" + m).getBytes(StandardCharsets.ISO_8859_1);
                    case 5 -> ("token=" + m + "%00%00&body=%00" + m + "%00&page=%00/&kind=use%00ful&outcome=%00").getBytes(StandardCharsets.ISO_8859_1);
                    case 6 -> ("=&=&&&=" + m + "&body&token&page&kind=&&outcome").getBytes(StandardCharsets.ISO_8859_1);
                    case 7 -> ("{\"body\":\"" + m + "\",\"token\":[1,2,{\"a\":null}]").getBytes(StandardCharsets.UTF_8);
                    default -> form(e, r, m, true);
                };
            }
            case "multipart" -> {
                q.placed = "body";
                String[] ct = new String[1];
                body = multipart(e, r, m, ct, false);
                ctype = ct[0];
                if (r.nextInt(10) == 0) method = "POST";
            }
            case "ctype" -> {
                q.placed = "content-type";
                if (body.length == 0) body = "body=x&q=x".getBytes(StandardCharsets.ISO_8859_1);
                ctype = switch (r.nextInt(12)) {
                    case 0 -> null;
                    case 1 -> "application/json";
                    case 2 -> "text/xml; charset=utf-8";
                    case 3 -> "application/x-www-form-urlencoded; charset=" + m;
                    case 4 -> "application/x-www-form-urlencoded; charset=utf-7";
                    case 5 -> "a/b/c;;;=;" + m + "=\"";
                    case 6 -> "multipart/form-data";
                    case 7 -> "multipart/form-data; boundary=";
                    case 8 -> "application/x-www-form-urlencoded" + ";x=" + "y".repeat(r.nextInt(100, 8000)) + m;
                    case 9 -> "Application/X-WWW-Form-Urlencoded;charset=\"UTF-16\"";
                    case 10 -> "text/plain; charset=gbk";
                    default -> "application/x-www-form-urlencoded; charset=ISO-8859-1; charset=utf-8";
                };
                if (r.nextInt(4) == 0) headers.add(new String[] {"Content-Type", "text/html; charset=" + m});
            }
            case "headers" -> {
                q.placed = "header";
                switch (r.nextInt(11)) {
                    case 0 -> headers.add(new String[] {"X-Big", m + "a".repeat(r.nextInt(12_000, 70_000))});
                    case 1 -> {
                        int k = r.nextInt(100, 3000);
                        for (int j = 0; j < k; j++) headers.add(new String[] {"X-H" + j, m});
                    }
                    case 2 -> headers.add(new String[] {"Cookie", "__Host-rxzf_session=" + m + "x".repeat(r.nextInt(1, 15_000)) + "; a=" + m});
                    case 3 -> headers.add(new String[] {"Cookie", "__Host-rxzf_session=" + cookie + "; __Host-rxzf_session=" + m + "; ;;=;" + m + "=\"\\"});
                    case 4 -> headers.add(new String[] {"X-Forwarded-For", m + ", <" + m + ">, ::::, 999.999.999.999, " + "1,".repeat(r.nextInt(1, 800))});
                    case 5 -> headers.add(new String[] {"Host", m + ".example"});
                    case 6 -> headers.add(new String[] {"Expect", r.nextBoolean() ? "100-continue" : m});
                    case 7 -> headers.add(new String[] {"Accept-Language", m + ";q=x,,,zz-ZZ;q=2," + "en;q=0.".repeat(r.nextInt(1, 500))});
                    case 8 -> headers.add(new String[] {"Range", "bytes=" + m + ",-1,0-0,99999999999999999999-"});
                    case 9 -> headers.add(new String[] {"If-Modified-Since", m + " Thu, 32 Foo 99999 99:99:99 GMT"});
                    default -> { // bytes not allowed in a header: raw, on a connection of its own
                        q.fresh = true;
                        byte[] bad = switch (r.nextInt(5)) {
                            case 0 -> concat(("X-" + m + ": ").getBytes(StandardCharsets.ISO_8859_1), randomHighBytes(r, 40));
                            case 1 -> ("X-Bad\u0000" + m + ": v").getBytes(StandardCharsets.ISO_8859_1);
                            case 2 -> ("X-Folded: a\r\n  " + m).getBytes(StandardCharsets.ISO_8859_1);
                            case 3 -> ("NoColon" + m).getBytes(StandardCharsets.ISO_8859_1);
                            default -> (" Leading: " + m).getBytes(StandardCharsets.ISO_8859_1);
                        };
                        return plainWithRawHeader(q, method, path, query, headers, ctype, body, bad);
                    }
                }
                if (r.nextInt(3) == 0) q.fresh = true;
            }
            case "line" -> {
                q.placed = "request-line";
                q.fresh = true;
                String target = path + (query.isEmpty() ? "" : "?" + query);
                String line = switch (r.nextInt(13)) {
                    case 0 -> pick(r, "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT") + " " + target + " HTTP/1.1";
                    case 1 -> (method.equals("GET") ? "POST" : "GET") + " " + target + "?" + m + "=1 HTTP/1.1";
                    case 2 -> method.toLowerCase() + " " + target + " HTTP/1.1";
                    case 3 -> m.toUpperCase() + "<>" + " " + target + " HTTP/1.1";
                    case 4 -> "G".repeat(r.nextInt(100, 9000)) + " " + target + " HTTP/1.1";
                    case 5 -> method + " " + target + " " + pick(r, "HTTP/0.9", "HTTP/2.0", "HTTP/9.9", "HTTP/1.1x", "HTTP/", "http/1.1", m);
                    case 6 -> method + " " + target;
                    case 7 -> method + " http://" + m + ".example" + target + " HTTP/1.1";
                    case 8 -> method + " * HTTP/1.1";
                    case 9 -> method + " " + target + (target.contains("?") ? "&" : "?") + "q=" + m + "a".repeat(r.nextInt(8_000, 100_000)) + " HTTP/1.1";
                    case 10 -> method + "\t" + target + "\t HTTP/1.1";
                    case 11 -> "HEAD " + target + "?" + m + " HTTP/1.1";
                    default -> method + "  " + target + "  HTTP/1.1 " + m;
                };
                q.head = line.startsWith("HEAD ");
                q.text(line + "\r\n");
                writeHeaders(q, headers, ctype, body, true);
                q.raw(body);
                return q;
            }
            case "framing" -> {
                q.placed = "body";
                q.fresh = true;
                if (body.length == 0) body = ("body=" + m + "&q=" + m).getBytes(StandardCharsets.ISO_8859_1);
                if (ctype == null) ctype = "application/x-www-form-urlencoded";
                String target = path + (query.isEmpty() ? "" : "?" + query);
                String m2 = method.equals("GET") && r.nextBoolean() ? "POST" : method;
                q.text(m2 + " " + target + " HTTP/1.1\r\n");
                writeHeaders(q, headers, ctype, body, false);
                switch (r.nextInt(12)) {
                    case 0 -> q.text("Content-Length: " + (body.length + r.nextInt(1, 10000)) + "\r\n\r\n").raw(body);
                    case 1 -> q.text("Content-Length: " + Math.max(0, body.length - r.nextInt(1, body.length + 1)) + "\r\n\r\n").raw(body);
                    case 2 -> q.text("Content-Length: -" + r.nextInt(1, 100) + "\r\n\r\n").raw(body);
                    case 3 -> q.text("Content-Length: " + m + "\r\n\r\n").raw(body);
                    case 4 -> q.text("Content-Length: " + body.length + "\r\nContent-Length: " + (body.length + 5) + "\r\n\r\n").raw(body);
                    case 5 -> q.text("Content-Length: " + body.length + "\r\nTransfer-Encoding: chunked\r\n\r\n").raw(chunked(body, r, false));
                    case 6 -> q.text("Transfer-Encoding: chunked\r\n\r\n").raw(chunked(body, r, true));
                    case 7 -> q.text("Transfer-Encoding: " + pick(r, "gzip", "gzip, chunked, identity", "x-" + m, "chunked, chunked") + "\r\n\r\n").raw(chunked(body, r, false));
                    case 8 -> { // over the 64 KB limit, declared
                        byte[] big = bigForm(r, m, r.nextInt(66_000, 2_000_000));
                        q.text("Content-Length: " + big.length + "\r\n\r\n").raw(big);
                    }
                    case 9 -> { // over the limit, chunked (no length known in advance)
                        byte[] big = bigForm(r, m, r.nextInt(66_000, 600_000));
                        q.text("Transfer-Encoding: chunked\r\n\r\n").raw(chunked(big, r, false));
                    }
                    case 10 -> q.text("Content-Length: 99999999999999999999999\r\n\r\n").raw(body);
                    default -> q.text("Content-Length: " + body.length + "\r\n\r\n").raw(body) // pipelined garbage after it
                            .raw(concat(("\r\n" + m + " / HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), randomBytes(r, 100)));
                }
                return q;
            }
            default -> { // semantic: real credentials, one surely malformed field
                q.placed = "field";
                String[] ct = new String[] {"application/x-www-form-urlencoded"};
                body = semantic(e, r, m, ct);
                ctype = ct[0];
            }
        }
        q.text(method + " " + path + (query.isEmpty() ? "" : "?" + query) + " HTTP/1.1\r\n");
        writeHeaders(q, headers, ctype, body, true);
        q.raw(body);
        return q;
    }

    static List<String[]> baseHeaders(Endpoint e, SplittableRandom r, String m) {
        List<String[]> h = new ArrayList<>();
        h.add(new String[] {"Host", HOST + ":" + port});
        h.add(new String[] {"User-Agent", "fuzz"});
        h.add(new String[] {"X-Forwarded-For", randomIp(r)});
        if (r.nextInt(3) == 0) h.add(new String[] {"Referer", "http://" + HOST + "/"});
        if (e.review() && r.nextInt(3) != 0) h.add(new String[] {"Cookie", "__Host-rxzf_session=" + cookie});
        return h;
    }

    static void writeHeaders(Req q, List<String[]> headers, String ctype, byte[] body, boolean withLength) {
        for (String[] h : headers) q.text(h[0] + ": " + h[1] + "\r\n");
        if (ctype != null) q.text("Content-Type: " + ctype + "\r\n");
        if (withLength && (body.length > 0 || ctype != null)) q.text("Content-Length: " + body.length + "\r\n");
        if (withLength) q.text("\r\n");
    }

    /** A request whose target has raw bytes appended (path or query). */
    static Req plain(Req q, String method, byte[] target, byte[] rawTail, String query, List<String[]> headers,
                     String ctype, byte[] body) {
        q.text(method + " ").raw(target).raw(rawTail);
        if (!query.isEmpty()) q.text("?" + query);
        q.text(" HTTP/1.1\r\n");
        writeHeaders(q, headers, ctype, body, true);
        q.raw(body);
        return q;
    }

    static Req plainWithRawHeader(Req q, String method, String path, String query, List<String[]> headers, String ctype,
                                  byte[] body, byte[] rawHeader) {
        q.text(method + " " + path + (query.isEmpty() ? "" : "?" + query) + " HTTP/1.1\r\n").raw(rawHeader).text("\r\n");
        writeHeaders(q, headers, ctype, body, true);
        q.raw(body);
        return q;
    }

    /** The endpoint's form, well-formed (values from the template, token junk unless real) or damaged. */
    static byte[] form(Endpoint e, SplittableRandom r, String m, boolean damaged) {
        StringBuilder sb = new StringBuilder();
        String[][] fields = e.form() != null ? e.form()
                : new String[][] {{"q", "$M"}, {"page", "/"}, {"kind", "useful"}, {"body", "$M"}, {"token", "$T"}};
        for (String[] f : fields) {
            if (sb.length() > 0) sb.append('&');
            // the marker goes only where the request is damaged; an intact form carries plain text
            String v = f[1].replace("$M", damaged ? "%22%3C" + m : "%E6%84%8F%E8%A7%81");
            if (v.equals("$T")) v = r.nextBoolean() ? "" : pick(r, "1.2.3", m, "9999999999.abc." + m, "%FF%FE");
            if (damaged) v = v + badPercent(r) + pctEncode(randomBytes(r, r.nextInt(0, 20)));
            sb.append(f[0]).append('=').append(v);
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] semantic(Endpoint e, SplittableRandom r, String m, String[] ct) {
        String tok = URLEncoder.encode(token(e.tokenKind() == null ? "" : e.tokenKind()), StandardCharsets.UTF_8);
        String mm = "%22%3C" + m; // "<marker
        String invalid = pick(r, "%FF", "%C0%AF", "%ED%A0%80", "%E4%B8", "%F8%88%80%80%80", "%80", "%FE%FF");
        switch (e.name()) {
            case "POST /drafts/<id>/comments" -> {
                String base = "token=" + tok + "&website=";
                return switch (r.nextInt(11)) {
                    case 0 -> (base + "&body=" + mm + invalid + "意见").getBytes(StandardCharsets.UTF_8);
                    case 1 -> concat((base + "&body=" + mm).getBytes(StandardCharsets.ISO_8859_1), invalidUtf8(r));
                    case 2 -> (base + "&body=" + mm + "%E6%84%8F".repeat(5001)).getBytes(StandardCharsets.ISO_8859_1);
                    case 3 -> (base + "&body=%00%01%02%1B%7F%0B%0C" + "%20".repeat(r.nextInt(0, 50))).getBytes(StandardCharsets.ISO_8859_1);
                    case 4 -> ("token=" + tok + "&website=" + mm + "&body=" + mm + "+valid").getBytes(StandardCharsets.ISO_8859_1);
                    case 5 -> (base + "&body=" + mm + "+http://a.example+https://b.example+www.c.example+http://d.example").getBytes(StandardCharsets.ISO_8859_1);
                    case 6 -> (base + "&body=" + mm + "+ok&name=" + "%E5%90%8D".repeat(51)).getBytes(StandardCharsets.ISO_8859_1);
                    case 7 -> (base + "&body=" + mm + "+ok&contact=" + "c".repeat(101)).getBytes(StandardCharsets.ISO_8859_1);
                    case 8 -> ("token=" + m + "&token=" + tok + "&body=" + mm + "+ok&website=").getBytes(StandardCharsets.ISO_8859_1);
                    case 9 -> {
                        ct[0] = "application/x-www-form-urlencoded; charset=" + pick(r, "bogus-" + m, "utf-7", "x-unknown");
                        yield (base + "&body=" + mm + "+ok").getBytes(StandardCharsets.ISO_8859_1);
                    }
                    default -> multipart(e, r, m, ct, true);
                };
            }
            case "POST /feedback" -> {
                String base = "token=" + tok + "&page=%2F&website=";
                return switch (r.nextInt(8)) {
                    case 0 -> (base + "&kind=useful&body=" + mm + invalid).getBytes(StandardCharsets.ISO_8859_1);
                    case 1 -> concat((base + "&kind=error_report&body=" + mm).getBytes(StandardCharsets.ISO_8859_1), invalidUtf8(r));
                    case 2 -> (base + "&kind=useful&body=" + mm + "x".repeat(2001)).getBytes(StandardCharsets.ISO_8859_1);
                    case 3 -> (base + "&kind=" + mm + "&body=x").getBytes(StandardCharsets.ISO_8859_1);
                    case 4 -> ("token=" + tok + "&page=%2F" + m + "&kind=useful&body=" + mm + "&website=").getBytes(StandardCharsets.ISO_8859_1);
                    case 5 -> ("token=" + tok + "&page=%2F&kind=useful&body=" + mm + "&website=" + m).getBytes(StandardCharsets.ISO_8859_1);
                    case 6 -> (base + "&kind=error_report&body=").getBytes(StandardCharsets.ISO_8859_1);
                    default -> {
                        ct[0] = "application/x-www-form-urlencoded; charset=bogus-" + m;
                        yield (base + "&kind=useful&body=" + mm).getBytes(StandardCharsets.ISO_8859_1);
                    }
                };
            }
            case "POST /review/login" -> {
                return switch (r.nextInt(4)) {
                    case 0 -> ("token=" + tok + "&username=" + mm + invalid + "&password=" + invalid).getBytes(StandardCharsets.ISO_8859_1);
                    case 1 -> ("token=" + tok + "&username=" + m + "x".repeat(41) + "&password=x").getBytes(StandardCharsets.ISO_8859_1);
                    case 2 -> ("token=" + tok + "&username=" + reviewerUser + "&password=" + "p".repeat(201)).getBytes(StandardCharsets.ISO_8859_1);
                    default -> ("token=" + tok + "&username=" + reviewerUser).getBytes(StandardCharsets.ISO_8859_1);
                };
            }
            case "POST /review/logout" -> { // a real session with a wrong token (a real token would end the session)
                return ("token=" + pick(r, "", m, tok + "x", commentToken, "%FF")).getBytes(StandardCharsets.ISO_8859_1);
            }
            case "POST /review/comments/<no>/decision" -> {
                String base = "token=" + tok;
                return switch (r.nextInt(7)) {
                    case 0 -> (base + "&outcome=" + mm + "&reason=x").getBytes(StandardCharsets.ISO_8859_1);
                    case 1 -> (base + "&outcome=not_adopted&reason=" + mm + invalid).getBytes(StandardCharsets.ISO_8859_1);
                    case 2 -> concat((base + "&outcome=partly_adopted&reason=" + mm).getBytes(StandardCharsets.ISO_8859_1), invalidUtf8(r));
                    case 3 -> (base + "&outcome=not_adopted&reason=" + mm + "x".repeat(2001)).getBytes(StandardCharsets.ISO_8859_1);
                    case 4 -> (base + "&outcome=not_adopted&reason=%20%0A%09").getBytes(StandardCharsets.ISO_8859_1);
                    case 5 -> (base + "&outcome=ADOPTED&reason=" + mm).getBytes(StandardCharsets.ISO_8859_1);
                    default -> (base + "&outcome=adopted%00&reason=" + mm).getBytes(StandardCharsets.ISO_8859_1);
                };
            }
            default -> { // GET /review/ with a session: only the query can be damaged
                return new byte[0];
            }
        }
    }

    /** Broken multipart/form-data (or, with {@code withToken}, a well-formed one with one malformed part). */
    static byte[] multipart(Endpoint e, SplittableRandom r, String m, String[] ct, boolean withToken) {
        String b = "----fz" + m;
        String tok = withToken ? token(e.tokenKind()) : m;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        java.util.function.Consumer<String> w = s -> o.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        int kind = withToken ? 100 + r.nextInt(3) : r.nextInt(11);
        ct[0] = "multipart/form-data; boundary=" + b;
        switch (kind) {
            case 0 -> { ct[0] = "multipart/form-data"; w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n<" + m + "\r\n--" + b + "--\r\n"); }
            case 1 -> { ct[0] = "multipart/form-data; boundary=other"; w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n<" + m + "\r\n--" + b + "--\r\n"); }
            case 2 -> w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n<" + m + "x".repeat(r.nextInt(1, 3000))); // truncated
            case 3 -> w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n<" + m + "\r\n--" + b + "\r\n"); // no end
            case 4 -> w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\nX-Huge: " + "h".repeat(r.nextInt(5_000, 60_000)) + "\r\n\r\n<" + m + "\r\n--" + b + "--\r\n");
            case 5 -> {
                int k = r.nextInt(200, 3000);
                for (int j = 0; j < k; j++) w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"f" + j + "\"\r\n\r\n" + m + "\r\n");
                w.accept("--" + b + "--\r\n");
            }
            case 6 -> {
                w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"");
                o.writeBytes(randomHighBytes(r, 20));
                w.accept("\"\r\n\r\n<" + m + "\r\n--" + b + "--\r\n");
            }
            case 7 -> { ct[0] = "multipart/form-data; boundary=" + "B".repeat(r.nextInt(71, 5000)); w.accept("--" + b + "\r\n\r\n" + m + "\r\n--" + b + "--\r\n"); }
            case 8 -> w.accept("--" + b + "\nContent-Disposition: form-data; name=\"body\"\n\n<" + m + "\n--" + b + "--\n"); // LF only
            case 9 -> w.accept("--" + b + "\r\nContent-Type: multipart/mixed; boundary=inner\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n--inner\r\nContent-Disposition: file; filename=\"" + m + ".txt\"\r\n\r\n<" + m + "\r\n--inner--\r\n--" + b + "--\r\n");
            case 10 -> {
                w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../" + m + ".exe\"\r\nContent-Type: application/octet-stream\r\n\r\n");
                o.writeBytes(randomBytes(r, r.nextInt(1, 60_000)));
                w.accept("\r\n--" + b + "--\r\n");
            }
            default -> { // well-formed, real token, one malformed field
                w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + tok + "\r\n");
                w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"website\"\r\n\r\n\r\n");
                w.accept("--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\n");
                switch (kind) {
                    case 100 -> { w.accept("\r\n<" + m); o.writeBytes(invalidUtf8(r)); }
                    case 101 -> { // valid body, invalid UTF-8 in the name part
                        w.accept("\r\n<" + m + " 姓名无效\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n<" + m);
                        o.writeBytes(invalidUtf8(r));
                    }
                    default -> { w.accept("\r\n<" + m); o.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80}); } // overlong, surrogate
                }
                w.accept("\r\n--" + b + "--\r\n");
            }
        }
        return o.toByteArray();
    }

    static byte[] chunked(byte[] body, SplittableRandom r, boolean broken) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int n = Math.min(body.length - pos, r.nextInt(1, 70_000));
            if (broken && r.nextInt(3) == 0) {
                o.writeBytes(pick(r, "zz\r\n", "ffffffffffffffff\r\n", "-1\r\n", "5;" + "x".repeat(9000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            } else {
                o.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            o.write(body, pos, n);
            o.writeBytes(broken && r.nextBoolean() ? new byte[] {'X'} : new byte[] {'\r', '\n'});
            pos += n;
        }
        if (!broken || r.nextBoolean()) o.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return o.toByteArray();
    }

    static byte[] bigForm(SplittableRandom r, String m, int size) {
        byte[] b = new byte[size];
        byte[] head = ("body=" + m).getBytes(StandardCharsets.ISO_8859_1);
        Arrays.fill(b, (byte) 'a');
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    static String manyParams(SplittableRandom r, String m, int k) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < k; j++) sb.append(j == 0 ? "" : "&").append(j % 2 == 0 ? "q" : "a" + j).append('=').append(j % 97 == 0 ? m : "v");
        return sb.toString();
    }

    static String badPercent(SplittableRandom r) {
        return pick(r, "%", "%G1", "%zz", "%C0%AF", "%FF%FE", "%ED%A0%80", "%E4%B8", "%%%", "%2", "%u4E2D", "%0", "%C3%28", "%F0%28%8C%BC");
    }

    static String pctEncode(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append('%').append(String.format("%02X", x & 0xff));
        return sb.toString();
    }

    static byte[] randomBytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) r.nextInt(256);
        return b;
    }

    static byte[] randomHighBytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) r.nextInt(0x80, 0x100);
        return b;
    }

    /**
     * Bytes that are invalid UTF-8 whatever follows them (random high bytes are not: they form a valid sequence now
     * and then): a lone continuation byte, C0/C1 or F5–FF leads, an overlong form, an encoded surrogate, or a lead
     * byte cut short by an ASCII byte.
     */
    static byte[] invalidUtf8(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> new byte[] {(byte) r.nextInt(0x80, 0xC0)};
            case 1 -> new byte[] {(byte) (0xC0 + r.nextInt(2)), (byte) 0xAF};
            case 2 -> new byte[] {(byte) r.nextInt(0xF5, 0x100)};
            case 3 -> new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF};
            case 4 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
            default -> new byte[] {(byte) r.nextInt(0xC2, 0xF5), 'x'};
        };
    }

    static String randomIp(SplittableRandom r) {
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom r, T... xs) {
        return xs[r.nextInt(xs.length)];
    }

    // ---- accounting ----

    static void count(String endpoint, String status) {
        statusByEndpoint.computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
    }

    static final Map<String, AtomicLong> fiveXXKinds = new ConcurrentHashMap<>();

    /** Writes a request that got a 5xx (or no answer in 15 s) to OUTDIR, up to 10 per endpoint, family and status. */
    static void record5xx(Endpoint e, Req q, Resp resp) {
        long k = fiveXX.incrementAndGet();
        if (fiveXXKinds.computeIfAbsent(e.name() + q.family + resp.status, x -> new AtomicLong()).incrementAndGet() > 10) return;
        byte[] req = q.bytes.toByteArray();
        String file = (resp.status.startsWith("5") ? "5xx-" : "timeout-") + k + ".txt";
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(outDir.resolve(file)))) {
            w.println("endpoint: " + e.name() + "   family: " + q.family + "   status: " + resp.status);
            w.println("request (" + req.length + " bytes, first 4000 shown escaped; full request base64 below):");
            w.println(escape(Arrays.copyOf(req, Math.min(req.length, 4000))));
            w.println("response head:");
            w.println(escape(resp.head));
            w.println("response body (first 2000 bytes):");
            w.println(escape(Arrays.copyOf(resp.body, Math.min(resp.body.length, 2000))));
            w.println("base64:");
            w.println(Base64.getEncoder().encodeToString(req));
        } catch (IOException ex) {
            System.err.println("cannot write 5xx record: " + ex);
        }
    }

    static void checkReflection(Endpoint e, Req q, Resp resp) {
        byte[] mk = q.marker.getBytes(StandardCharsets.ISO_8859_1);
        boolean inHead = indexOf(resp.head, mk, 0) >= 0;
        int at = indexOf(resp.body, mk, 0);
        if (at < 0 && !inHead) return;
        boolean raw = false;
        for (int i = at; i >= 0; i = indexOf(resp.body, mk, i + 1)) {
            if (i > 0 && resp.body[i - 1] == '<') raw = true;
        }
        String where = (at >= 0 ? "body" : "") + (inHead ? (at >= 0 ? "+" : "") + "headers" : "");
        String text = new String(resp.body, StandardCharsets.ISO_8859_1);
        String origin = text.contains("<h2>HTTP ERROR ") ? "Jetty's error page"
                : new String(resp.head, StandardCharsets.ISO_8859_1).contains("application/json")
                || new String(resp.head, StandardCharsets.ISO_8859_1).contains("problem+json") ? "service JSON" : "service page";
        String key = String.format("%s | %s | marker in %s | %s %s, in its %s%s", e.name(), q.family, q.placed,
                resp.status, origin, where, raw ? " | RAW '<'" : "");
        reflections.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        boolean firstOfKind = reflections.get(key).get() <= 2;
        if (firstOfKind || raw && reflectSamples.incrementAndGet() <= 100) {
            byte[] req = q.bytes.toByteArray();
            String ctx = at >= 0 ? new String(Arrays.copyOfRange(resp.body, Math.max(0, at - 120), Math.min(resp.body.length, at + 60)), StandardCharsets.UTF_8) : "";
            String sample = "=== " + key + "\nrequest: " + escape(Arrays.copyOf(req, Math.min(req.length, 600)))
                    + "\nresponse around the marker: " + ctx.replace("\n", "\\n") + (inHead ? "\nresponse head: " + escape(resp.head) : "") + "\n";
            synchronized (Fuzz.class) {
                try {
                    Files.writeString(outDir.resolve("reflections.txt"), sample, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } catch (IOException ignored) {
                }
            }
        }
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static String escape(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\r') sb.append("\\r");
            else if (c == '\n') sb.append("\\n\n");
            else if (c == '\\') sb.append("\\\\");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.toString();
    }

    // ---- minimal HTTP response handling ----

    record Resp(String status, boolean close, byte[] head, byte[] body, int end) {
        Resp(String status, boolean close, byte[] head, byte[] body) {
            this(status, close, head, body, 0);
        }

        /** Parses one response starting at {@code pos} of a complete byte stream; null when it is not one. */
        static Resp parse(byte[] all, int pos, boolean head) {
            int eoh = indexOf(all, new byte[] {'\r', '\n', '\r', '\n'}, pos);
            if (eoh < 0 || !startsWith(all, pos, "HTTP/1.")) return null;
            String h = new String(all, pos, eoh - pos, StandardCharsets.ISO_8859_1);
            String status = h.length() >= 12 ? h.substring(9, 12) : "garbage";
            long length = -1;
            boolean chunked = false, close = false;
            for (String line : h.split("\r\n")) {
                String l = line.toLowerCase();
                if (l.startsWith("content-length:")) length = Long.parseLong(l.substring(15).trim());
                if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
                if (l.startsWith("connection:") && l.contains("close")) close = true;
            }
            int start = eoh + 4;
            byte[] headBytes = Arrays.copyOfRange(all, pos, eoh);
            boolean noBody = head || status.startsWith("1") || status.equals("204") || status.equals("304");
            if (noBody) return new Resp(status, close, headBytes, new byte[0], start);
            if (chunked) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                int p = start;
                while (true) {
                    int eol = indexOf(all, new byte[] {'\r', '\n'}, p);
                    if (eol < 0) return new Resp(status, true, headBytes, body.toByteArray(), all.length);
                    String size = new String(all, p, eol - p, StandardCharsets.ISO_8859_1);
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    p = eol + 2;
                    if (n == 0) {
                        int end = indexOf(all, new byte[] {'\r', '\n'}, p);
                        return new Resp(status, close, headBytes, body.toByteArray(), end < 0 ? all.length : end + 2);
                    }
                    body.write(all, p, Math.min(n, all.length - p));
                    p += n + 2;
                    if (p > all.length) return new Resp(status, true, headBytes, body.toByteArray(), all.length);
                }
            }
            int end = length >= 0 ? (int) Math.min(all.length, start + length) : all.length;
            return new Resp(status, close || length < 0, headBytes, Arrays.copyOfRange(all, start, end), end);
        }
    }

    static boolean startsWith(byte[] b, int pos, String s) {
        if (b.length - pos < s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (b[pos + i] != s.charAt(i)) return false;
        return true;
    }

    static final class Conn implements AutoCloseable {
        final Socket s;
        final OutputStream out;
        final InputStream in;
        final byte[] buf = new byte[65536];
        int pos, lim, used;

        Conn() throws IOException {
            s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(15_000);
            s.connect(new InetSocketAddress(HOST, port), 5_000);
            out = s.getOutputStream();
            in = s.getInputStream();
        }

        /** The final response: interim 1xx responses (100 Continue) are read past. */
        Resp readOne(boolean head) throws IOException {
            while (true) {
                Resp r = readAny(head);
                if (!r.status().startsWith("1") || r.status().equals("101")) return r;
            }
        }

        Resp readAny(boolean head) throws IOException {
            ByteArrayOutputStream h = new ByteArrayOutputStream();
            int state = 0;
            while (state < 4) {
                int b = next();
                if (b < 0) throw new IOException("closed before a response");
                h.write(b);
                state = (b == (state % 2 == 0 ? '\r' : '\n')) ? state + 1 : (b == '\r' ? 1 : 0);
            }
            byte[] hb = h.toByteArray();
            String text = new String(hb, StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.")) throw new IOException("not HTTP");
            String status = text.substring(9, 12);
            long length = -1;
            boolean chunked = false, close = false;
            for (String line : text.split("\r\n")) {
                String l = line.toLowerCase();
                if (l.startsWith("content-length:")) length = Long.parseLong(l.substring(15).trim());
                if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
                if (l.startsWith("connection:") && l.contains("close")) close = true;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            boolean noBody = head || status.startsWith("1") || status.equals("204") || status.equals("304");
            if (noBody) {
                // nothing
            } else if (chunked) {
                while (true) {
                    String size = line();
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        while (!line().isEmpty()) { }
                        break;
                    }
                    for (int i = 0; i < n; i++) body.write(must());
                    line();
                }
            } else if (length >= 0) {
                for (long i = 0; i < length; i++) body.write(must());
            } else {
                close = true;
                for (int b; (b = next()) >= 0; ) body.write(b);
            }
            return new Resp(status, close, Arrays.copyOf(hb, hb.length - 4), body.toByteArray());
        }

        int must() throws IOException {
            int b = next();
            if (b < 0) throw new IOException("closed in a body");
            return b;
        }

        int next() throws IOException {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    return -1;
                }
            }
            return buf[pos++] & 0xff;
        }

        String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int b; (b = must()) != '\n'; ) if (b != '\r') sb.append((char) b);
            return sb.toString();
        }

        @Override
        public void close() {
            try {
                s.close();
            } catch (IOException ignored) {
            }
        }
    }

    static String fetchToken(String target, String sessionCookie) throws IOException {
        try (Conn c = new Conn()) {
            c.out.write(("GET " + target + " HTTP/1.1\r\nHost: " + HOST + ":" + port + "\r\n"
                    + (sessionCookie == null ? "" : "Cookie: __Host-rxzf_session=" + sessionCookie + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Resp r = c.readOne(false);
            Matcher m = TOKEN.matcher(new String(r.body(), StandardCharsets.UTF_8));
            if (!r.status().equals("200") || !m.find()) throw new IOException("no form token at " + target + " (status " + r.status() + ")");
            return m.group(1);
        }
    }
}
