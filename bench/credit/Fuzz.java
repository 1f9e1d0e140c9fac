import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Malformed-request fuzzer of the credit-repair endpoints (issue 5), over raw sockets, after bench/service/Fuzz.java.
 *
 *   java Fuzz.java setup PORT SETUP_FILE   creates the real material: APPS submitted applications (each with a PNG),
 *                                          four drafts answered up to the files step, a status ticket, and one draft
 *                                          holding a real PNG uploaded under a path-traversal file name
 *   java Fuzz.java run PORT TOTAL THREADS OUTDIR SETUP_FILE SEED
 *
 * TOTAL requests are spread round-robin over the endpoints below; each request is one family of damage:
 *   body      random bytes, bad %-encodings, invalid UTF-8, NULs, thousands of fields, huge values
 *   ctype     missing, wrong, garbage, duplicated content types, unsupported charsets
 *   headers   huge header, many headers, garbage/forged cookies (draft cookie of the right length, forged tickets),
 *             garbage X-Forwarded-For, invalid bytes
 *   line      wrong/garbage methods, bad versions, huge/odd targets, traversal in the path
 *   framing   Content-Length too large/small/negative/garbage/duplicated, CL + chunked, broken chunks, over-size bodies
 *   semantic  a real draft cookie / form token / status ticket with one field surely malformed for that endpoint
 *   multipart (upload endpoints) broken boundaries, truncated, no end, many parts, two files, disguised content named
 *             .pdf/.png/.jpg (HTML, SVG, ZIP, ELF, script, empty), traversal and NUL file names, oversized files
 *   guess     (POST /credit/status guessed) a real reference with a random well-formed query code, or the real code
 *             with one character changed; a 200 showing the application counts as an application read
 * A response is "read" when it shows a setup application's company name or the status page's fields. Every 5xx is
 * written with its request (base64) to OUTDIR/5xx-*.txt.
 */
public class Fuzz {
    static final String HOST = "127.0.0.1";
    static int port;
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    static final String ALPHA = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int APPS = 5;

    // ---------------------------------------------------------------- setup (well-formed, over java.net.http)

    static HttpClient http;

    public static void main(String[] a) throws Exception {
        port = Integer.parseInt(a[1]);
        if (a[0].equals("setup")) setup(Path.of(a[2]));
        else run(Long.parseLong(a[2]), Integer.parseInt(a[3]), Path.of(a[4]), Path.of(a[5]), Long.parseLong(a[6]));
    }

    static void setup(Path setupFile) throws Exception {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String token = token();
        Thread.sleep(2200);
        Properties p = new Properties();
        p.setProperty("token", token);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> refs = new ArrayList<>(), codes = new ArrayList<>(), companies = new ArrayList<>();
        for (int i = 0; i < APPS; i++) {
            String xff = "192.0.2." + (10 + i), company = "模糊测试真实企业" + run + "-" + i + "有限公司";
            String cookie = begin(token, xff);
            answerAll(cookie, xff, company);
            expect(upload(cookie, xff, "营业执照.png", png()), 303, "setup upload");
            expect(post("/credit/apply/commitment", cookie, xff, "commit=yes"), 303, "commitment");
            HttpResponse<String> s = post("/credit/apply/submit", cookie, xff, "");
            expect(s, 200, "submit");
            Matcher rm = Pattern.compile("(XF\\d{8}-[2-9A-Z]{6})").matcher(s.body());
            Matcher qm = Pattern.compile("查询码</p><p class=\"reference\"><strong>([2-9A-Z]{8})<").matcher(s.body());
            if (!rm.find() || !qm.find()) throw new IllegalStateException("no reference in the confirmation");
            refs.add(rm.group(1));
            codes.add(qm.group(1));
            companies.add(company);
        }
        p.setProperty("refs", String.join(",", refs));
        p.setProperty("codes", String.join(",", codes));
        p.setProperty("companies", String.join(",", companies));
        // a status ticket of the first application (one real lookup)
        HttpResponse<String> st = post("/credit/status", null, "192.0.2.99",
                "reference=" + refs.get(0) + "&code=" + codes.get(0));
        expect(st, 200, "status");
        Matcher tm = Pattern.compile("__Host-rxzf_status=([^;]+)").matcher(String.join(";", st.headers().allValues("Set-Cookie")));
        if (!tm.find()) throw new IllegalStateException("no status ticket");
        p.setProperty("ticket", tm.group(1));
        // drafts answered up to the files step (fuzzed with): never given the commitment, never given a valid file
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String xff = "192.0.2." + (40 + i), cookie = begin(token, xff);
            answerAll(cookie, xff, "模糊测试草稿企业" + run + "-" + i);
            drafts.add(cookie);
        }
        p.setProperty("drafts", String.join(",", drafts));
        // the traversal probe: a real PNG under a file name that climbs out of any directory
        String probeName = "../../../../../../tmp/rxzf-traversal-" + run + ".png";
        String probe = begin(token, "192.0.2.60");
        answerAll(probe, "192.0.2.60", "模糊测试路径探测" + run);
        expect(upload(probe, "192.0.2.60", probeName, png()), 303, "probe upload");
        p.setProperty("probeName", probeName);
        p.setProperty("probeFile", "/tmp/rxzf-traversal-" + run + ".png");
        try (var w = Files.newBufferedWriter(setupFile)) {
            p.store(w, "credit fuzz setup");
        }
        System.out.println("setup: " + APPS + " applications " + refs + ", 4 drafts, ticket, traversal probe");
    }

    static String token() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/credit/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no token on /credit/");
        return m.group(1);
    }

    static String begin(String token, String xff) throws Exception {
        HttpResponse<String> r = post("/credit/apply", null, xff, "token=" + enc(token));
        expect(r, 303, "begin");
        Matcher m = Pattern.compile("__Host-rxzf_apply=([A-Za-z0-9_-]{43})").matcher(String.join(";", r.headers().allValues("Set-Cookie")));
        if (!m.find()) throw new IllegalStateException("no draft cookie");
        return m.group(1);
    }

    static void answerAll(String cookie, String xff, String company) throws Exception {
        String[][] steps = {
                {"company", "company_name=" + enc(company)},
                {"code", "credit_code=91350100M000100Y43"},
                {"decision", "decision_number=" + enc("示市监处罚〔2026〕1号") + "&decision_date=" + LocalDate.now().minusMonths(6)},
                {"department", "department=scjgj"},
                {"record", "record_class=" + enc("一般") + "&corrected=yes&obligations_performed=yes"},
                {"contact", "contact_name=" + enc("测试联系人") + "&contact_phone=0591-12345678"}};
        for (String[] s : steps) expect(post("/credit/apply/" + s[0], cookie, xff, s[1]), 303, s[0]);
    }

    static HttpResponse<String> post(String path, String cookie, String xff, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("X-Forwarded-For", xff)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) b.header("Cookie", "__Host-rxzf_apply=" + cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> upload(String cookie, String xff, String name, byte[] data) throws Exception {
        byte[] body = multipart("b0undary", name, "image/png", data);
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/credit/apply/files")).header("X-Forwarded-For", xff)
                .header("Cookie", "__Host-rxzf_apply=" + cookie).header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length())));
    }

    static String base() {
        return "http://" + HOST + ":" + port;
    }

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, (int) System.nanoTime() & 0xFFFFFF);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }

    static byte[] multipart(String boundary, String name, String type, byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(data);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- fuzzing (raw sockets)

    /** An endpoint: its well-formed request's method, path and form (value "$M" = the field to damage). */
    record Endpoint(String name, String method, String path, String[][] form, String cookieKind, List<String> families) {}

    static String token, ticket, probeName;
    static String[] refs, codes, companies, drafts;
    static Path outDir;
    static final Map<String, Map<String, AtomicLong>> statusByEndpoint = new ConcurrentHashMap<>();
    static final Map<String, Map<String, AtomicLong>> familyByEndpoint = new ConcurrentHashMap<>();
    static final AtomicLong fiveXX = new AtomicLong(), reads = new AtomicLong(), guesses = new AtomicLong(),
            guessEvaluated = new AtomicLong(), guessLimited = new AtomicLong(), noAnswer = new AtomicLong();
    static final List<String> STD = List.of("body", "ctype", "headers", "line", "framing", "semantic", "semantic");

    static List<Endpoint> endpoints() {
        List<String> up = List.of("multipart", "multipart", "multipart", "multipart", "headers", "ctype", "framing", "line", "semantic");
        return List.of(
                new Endpoint("POST /credit/apply", "POST", "/credit/apply", new String[][] {{"token", "$M"}}, null, STD),
                new Endpoint("POST /credit/apply/company", "POST", "/credit/apply/company", new String[][] {{"company_name", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/code", "POST", "/credit/apply/code", new String[][] {{"credit_code", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/decision", "POST", "/credit/apply/decision",
                        new String[][] {{"decision_number", "x"}, {"decision_date", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/department", "POST", "/credit/apply/department", new String[][] {{"department", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/record", "POST", "/credit/apply/record",
                        new String[][] {{"record_class", "$M"}, {"corrected", "$M"}, {"obligations_performed", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/contact", "POST", "/credit/apply/contact",
                        new String[][] {{"contact_name", "$M"}, {"contact_phone", "$M"}, {"contact_email", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/commitment", "POST", "/credit/apply/commitment", new String[][] {{"commit", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/<unknown step>", "POST", "/credit/apply/$STEP", new String[][] {{"x", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/apply/files", "POST", "/credit/apply/files", null, "draft", up),
                new Endpoint("POST /credit/apply/submit", "POST", "/credit/apply/submit", new String[][] {{"x", "$M"}}, "draft", STD),
                new Endpoint("POST /credit/status", "POST", "/credit/status", new String[][] {{"reference", "$M"}, {"code", "$M"}}, null, STD),
                new Endpoint("POST /credit/status (guessed codes)", "POST", "/credit/status", null, null, List.of("guess")),
                new Endpoint("POST /credit/status/files", "POST", "/credit/status/files", null, "ticket", up),
                new Endpoint("POST /credit/status/resubmit", "POST", "/credit/status/resubmit", new String[][] {{"x", "$M"}}, "ticket", STD),
                new Endpoint("GET /credit/eligibility", "GET", "/credit/eligibility", null, null,
                        List.of("query", "query", "query", "headers", "line", "framing")));
    }

    static void run(long total, int threads, Path out, Path setupFile, long seed) throws Exception {
        outDir = out;
        Files.createDirectories(out);
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(setupFile)) {
            p.load(r);
        }
        token = p.getProperty("token");
        ticket = p.getProperty("ticket");
        probeName = p.getProperty("probeName");
        refs = p.getProperty("refs").split(",");
        codes = p.getProperty("codes").split(",");
        companies = p.getProperty("companies").split(",");
        drafts = p.getProperty("drafts").split(",");
        List<Endpoint> eps = endpoints();
        AtomicLong next = new AtomicLong();
        long t0 = System.nanoTime();
        long maxSecs = Long.parseLong(System.getenv().getOrDefault("MAX_SECONDS", "0"));
        long stopAt = maxSecs > 0 ? t0 + maxSecs * 1_000_000_000L : Long.MAX_VALUE;
        Thread[] ws = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            ws[t] = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < total && System.nanoTime() < stopAt) {
                    Endpoint e = eps.get((int) (i % eps.size()));
                    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
                    String family = e.families().get(r.nextInt(e.families().size()));
                    try {
                        one(e, family, r, i);
                    } catch (Exception ex) {
                        count(statusByEndpoint, e.name(), "client-error " + ex.getClass().getSimpleName());
                    }
                    if (i > 0 && i % 20000 == 0) System.err.printf("%d requests, %.0f s%n", i, (System.nanoTime() - t0) / 1e9);
                }
            });
            ws[t].start();
        }
        for (Thread w : ws) w.join();
        double secs = (System.nanoTime() - t0) / 1e9;
        StringBuilder s = new StringBuilder();
        long sent = statusByEndpoint.values().stream().flatMap(m -> m.values().stream()).mapToLong(AtomicLong::get).sum();
        s.append(String.format("requests: %d of %d planned%s in %.0f s (%d threads, seed %d); 5xx: %d; no answer (closed/timeout): %d%n",
                sent, total, sent < total ? " (stopped by MAX_SECONDS)" : "", secs, threads, seed, fiveXX.get(), noAnswer.get()));
        s.append(String.format("guessed query codes against real references: %d sent, %d evaluated (404), %d refused by the rate limit (429); applications read without their code: %d%n",
                guesses.get(), guessEvaluated.get(), guessLimited.get(), reads.get()));
        for (Endpoint e : eps) {
            Map<String, AtomicLong> st = statusByEndpoint.getOrDefault(e.name(), Map.of());
            long n = st.values().stream().mapToLong(AtomicLong::get).sum();
            s.append(String.format("%-40s %7d  %s%n", e.name(), n, new TreeMap<>(st)));
            s.append(String.format("%-40s          families %s%n", "", new TreeMap<>(familyByEndpoint.getOrDefault(e.name(), Map.of()))));
        }
        System.out.print(s);
        Files.writeString(out.resolve("summary.txt"), s.toString());
    }

    static void one(Endpoint e, String family, SplittableRandom r, long i) throws IOException {
        String mk = "mk" + Long.toString(Math.abs(r.nextLong()) % 3656158440062976L, 36);
        String xff = r.nextInt(10) == 0 ? garbageXff(r) : "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
        String path = e.path().replace("$STEP", unknownStep(r, mk));
        String method = e.method();
        List<String> headers = new ArrayList<>();
        headers.add("Host: 127.0.0.1:" + port);
        headers.add("X-Forwarded-For: " + xff);
        headers.add("Connection: close");
        String cookie = realCookie(e, r);
        byte[] body = new byte[0];
        String ctype = "application/x-www-form-urlencoded";
        boolean guess = false, withRealCookie = cookie != null;
        switch (family) {
            case "guess" -> {
                guess = true;
                int k = r.nextInt(refs.length);
                String code = r.nextInt(4) == 0 ? oneOff(codes[k], r) : randomCode(r);
                if (code.equals(codes[k])) code = oneOff(code, r);
                String ref = switch (r.nextInt(4)) {
                    case 0 -> refs[k].toLowerCase();
                    case 1 -> " " + refs[k] + " ";
                    default -> refs[k];
                };
                body = ("reference=" + enc(ref) + "&code=" + (r.nextBoolean() ? code : code.toLowerCase())).getBytes(StandardCharsets.US_ASCII);
                guesses.incrementAndGet();
            }
            case "query" -> path = path + "?" + badQuery(r, mk);
            case "body" -> body = badBody(r, mk);
            case "ctype" -> {
                body = form(e, r, mk, false);
                ctype = switch (r.nextInt(8)) {
                    case 0 -> null;
                    case 1 -> "text/plain";
                    case 2 -> "application/x-www-form-urlencoded; charset=" + mk;
                    case 3 -> "multipart/form-data";
                    case 4 -> "multipart/form-data; boundary=";
                    case 5 -> "application/json";
                    case 6 -> "\u0001\u0002garbage/" + mk;
                    default -> "application/x-www-form-urlencoded, multipart/form-data; boundary=x";
                };
            }
            case "headers" -> {
                body = e.form() == null ? new byte[0] : form(e, r, mk, false);
                switch (r.nextInt(7)) {
                    case 0 -> headers.add("X-" + mk + ": " + "A".repeat(8_000 + r.nextInt(60_000)));
                    case 1 -> { for (int h = 0; h < 200 + r.nextInt(2000); h++) headers.add("X-H" + h + ": " + mk); }
                    case 2 -> cookie = forgedCookie(e, r, mk);
                    case 3 -> { cookie = forgedCookie(e, r, mk); withRealCookie = false; }
                    case 4 -> headers.add("Bad\u0000Header" + mk + ": \u00ff\u00fe");
                    case 5 -> headers.add("X-Forwarded-For: " + garbageXff(r) + ", " + "9".repeat(r.nextInt(5000)));
                    default -> headers.add("Cookie: " + "x".repeat(r.nextInt(20_000)) + "=" + mk);
                }
                if (r.nextInt(3) == 0) { cookie = forgedCookie(e, r, mk); withRealCookie = false; }
            }
            case "line" -> {
                body = e.form() == null ? new byte[0] : form(e, r, mk, false);
                switch (r.nextInt(8)) {
                    case 0 -> method = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "post", "P\u0000ST", "CONNECT").get(r.nextInt(8));
                    case 1 -> method = "X".repeat(1 + r.nextInt(3000));
                    case 2 -> path = path + "/" + "a".repeat(8_000 + r.nextInt(90_000));
                    case 3 -> path = path + "/../../../../etc/passwd";
                    case 4 -> path = path.replace("/credit/", "/credit/%2e%2e/%2e%2e/" + mk + "/");
                    case 5 -> path = "http://127.0.0.1:" + port + path;
                    case 6 -> path = path + "%" + mk + "%zz%c0%af\u0000";
                    default -> path = path + ";jsessionid=" + mk;
                }
            }
            case "framing" -> body = e.form() == null ? randomBytes(r, 100) : form(e, r, mk, false);
            case "semantic" -> body = form(e, r, mk, true);
            case "multipart" -> {
                Object[] m = badMultipart(r, mk);
                ctype = (String) m[0];
                body = (byte[]) m[1];
            }
            default -> throw new IllegalStateException(family);
        }
        if (cookie != null) headers.add("Cookie: " + cookie);
        if (ctype != null && !method.equals("GET")) headers.add("Content-Type: " + ctype);
        ByteArrayOutputStream req = new ByteArrayOutputStream(body.length + 512);
        req.writeBytes((method + " " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
        boolean framed = false;
        if (family.equals("framing")) {
            framed = true;
            switch (r.nextInt(8)) {
                case 0 -> headers.add("Content-Length: " + (body.length + 1 + r.nextInt(100)));
                case 1 -> headers.add("Content-Length: " + Math.max(0, body.length - 1 - r.nextInt(5)));
                case 2 -> headers.add("Content-Length: -" + r.nextInt(1000));
                case 3 -> headers.add("Content-Length: " + mk);
                case 4 -> { headers.add("Content-Length: " + body.length); headers.add("Content-Length: " + (body.length + 7)); }
                case 5 -> { headers.add("Content-Length: " + body.length); headers.add("Transfer-Encoding: chunked"); }
                case 6 -> { headers.add("Transfer-Encoding: chunked");
                            body = ("zz\r\n" + new String(body, StandardCharsets.ISO_8859_1) + "\r\n").getBytes(StandardCharsets.ISO_8859_1); }
                default -> { byte[] big = randomBytes(r, 70_000 + r.nextInt(200_000)); body = big;
                             headers.add("Content-Length: " + (r.nextBoolean() ? big.length : 11_000_000)); }
            }
        }
        for (String h : headers) req.writeBytes((h + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (!framed) req.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        req.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        req.writeBytes(body);
        byte[] bytes = req.toByteArray();
        String[] resp = exchange(bytes, !family.equals("multipart") || r.nextInt(50) != 0);
        String status = resp[0];
        count(statusByEndpoint, e.name(), status);
        count(familyByEndpoint, e.name(), family);
        if (status.startsWith("5")) {
            long n = fiveXX.incrementAndGet();
            if (n <= 200) Files.writeString(outDir.resolve("5xx-" + n + ".txt"), e.name() + " family " + family + " status " + status
                    + "\n" + Base64.getEncoder().encodeToString(bytes) + "\n--- response\n" + resp[1]);
        }
        if (status.equals("-")) noAnswer.incrementAndGet();
        if (guess) {
            if (status.equals("404")) guessEvaluated.incrementAndGet();
            if (status.equals("429")) guessLimited.incrementAndGet();
        }
        // an application shown: its company name, or the status page's own field labels
        boolean shows = false;
        for (String c : companies) if (resp[1].contains(c)) shows = true;
        if (resp[1].contains("<dt>企业（单位）名称</dt>")) shows = true;
        boolean legit = !guess && withRealCookie && e.cookieKind() != null && e.cookieKind().equals("ticket");
        if (shows && !legit) {
            reads.incrementAndGet();
            Files.writeString(outDir.resolve("read-" + i + ".txt"), e.name() + " family " + family + " status " + status
                    + "\n" + Base64.getEncoder().encodeToString(bytes) + "\n--- response\n" + resp[1]);
        }
    }

    /** Sends the request; returns the status ("-" when no answer) and up to 64 KB of the response. */
    static String[] exchange(byte[] req, boolean sendAll) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 3000);
            s.setSoTimeout(8_000);
            OutputStream o = s.getOutputStream();
            try {
                o.write(req, 0, sendAll ? req.length : req.length / 2);
                o.flush();
                if (!sendAll) s.shutdownOutput();
            } catch (IOException writeFailed) {
                // the server may answer (413, 400) and close before reading everything: read what it said
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            try {
                while (b.size() < 65536 && (n = in.read(buf)) > 0) b.write(buf, 0, n);
            } catch (IOException readFailed) {
                // reset after an answer
            }
            String text = b.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/")) return new String[] {"-", text};
            return new String[] {text.substring(9, Math.min(12, text.length())), text};
        } catch (SocketTimeoutException e) {
            return new String[] {"-", ""};
        } catch (IOException e) {
            return new String[] {"-", ""};
        }
    }

    static String realCookie(Endpoint e, SplittableRandom r) {
        if (e.cookieKind() == null || r.nextInt(10) == 0) return null;
        return switch (e.cookieKind()) {
            case "draft" -> "__Host-rxzf_apply=" + drafts[r.nextInt(drafts.length)];
            case "ticket" -> "__Host-rxzf_status=" + ticket;
            default -> null;
        };
    }

    static String forgedCookie(Endpoint e, SplittableRandom r, String mk) {
        if (e.cookieKind() != null && e.cookieKind().equals("ticket")) {
            String[] p = ticket.split("\\.");
            int k = 1 + r.nextInt(refs.length - 1);
            String t = switch (r.nextInt(7)) {
                case 0 -> refs[k] + "." + p[1] + "." + p[2];                       // another application, same signature
                case 1 -> p[0] + "." + (Long.parseLong(p[1]) + 86400) + "." + p[2]; // longer life, same signature
                case 2 -> p[0] + "." + p[1] + "." + "0".repeat(32);
                case 3 -> p[0] + "." + mk + "." + p[2];
                case 4 -> p[0] + "." + p[1];
                case 5 -> p[0] + ".." + p[1] + "." + p[2];
                default -> refs[k] + "." + "9".repeat(30) + "." + p[2];
            };
            return "__Host-rxzf_status=" + t;
        }
        String c = switch (r.nextInt(5)) {
            case 0 -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(r, 32)); // right length, unknown
            case 1 -> drafts[0].substring(0, 42) + "A";
            case 2 -> mk + "\u00ff\u0000";
            case 3 -> "x".repeat(43 + r.nextInt(5000));
            default -> drafts[0] + "; __Host-rxzf_apply=" + mk;
        };
        return "__Host-rxzf_apply=" + c;
    }

    static byte[] form(Endpoint e, SplittableRandom r, String mk, boolean semantic) {
        StringBuilder sb = new StringBuilder();
        String[][] f = e.form() == null ? new String[][] {{"x", "$M"}} : e.form();
        for (String[] kv : f) {
            if (sb.length() > 0) sb.append('&');
            sb.append(kv[0]).append('=');
            sb.append(kv[1].equals("$M") ? (semantic ? malformedValue(kv[0], r, mk) : enc(mk)) : enc(kv[1]));
        }
        if (e.name().equals("POST /credit/apply") && semantic && r.nextBoolean()) sb.append("&token=").append(enc(token));
        if (semantic && r.nextInt(8) == 0) sb.append("&").append(sb); // every field twice
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A value surely wrong for the named field (already %-encoded or raw bytes as Latin-1 chars). */
    static String malformedValue(String field, SplittableRandom r, String mk) {
        switch (r.nextInt(6)) {
            case 0: return "%FF%FE%C0%AF" + mk;                      // invalid UTF-8 %-encoded
            case 1: return "\u00ff\u00fe\u00c0" + mk;                // invalid UTF-8 raw
            case 2: return "%" + mk.substring(0, 1) + "Z%%%";       // bad %-encoding
            case 3: return enc("\"><script>" + mk + "</script>").repeat(1 + r.nextInt(300));
            case 4: return "%00%01%02%1B%7F" + mk;
            default: break;
        }
        return switch (field) {
            case "token" -> List.of(token + "x", token.substring(0, token.length() - 2), "", "1.2.3", token.replace('.', '!'),
                    "9".repeat(19) + ".x." + mk).get(r.nextInt(6));
            case "company_name" -> List.of("", "   ", "%E2%80%AE%E2%80%AE", "a".repeat(10_000)).get(r.nextInt(4));
            case "credit_code" -> List.of("91350100M000100Y4Z", "91350100M000100Y4", "91350100M000100Y433", "91350100m000100y43",
                    "9135010OM000100Y43", "%EF%BC%99%EF%BC%91350100M000100Y43", mk).get(r.nextInt(7));
            case "decision_date" -> List.of("2026-02-30", "2026-13-01", "0000-00-00", "99999-01-01", "2030-01-01", "26-5-1",
                    "2026/05/01", "-2026-05-01", "2026-05-01T00:00", "%2B2026-05-01", mk).get(r.nextInt(11));
            case "department" -> List.of("../scjgj", "SCJGJ", "scjgj%00", "", "nonexistent", "scjgj%2F..", mk).get(r.nextInt(7));
            case "record_class", "corrected", "obligations_performed" -> List.of("", "YES", "是", "一般%00", "轻微 ", "true",
                    "%E4%B8%80%E8%88%AC%E2%80%8B", mk).get(r.nextInt(8));
            case "contact_name", "contact_phone", "contact_email" -> List.of("", "1".repeat(25), "abc", "%EF%BC%90591",
                    "a@b", "@@", "0591-1234%0A5678", mk).get(r.nextInt(8));
            case "commit" -> List.of("", "YES", "Yes", "y", "1", "true", "on", "yes%00", "yes%20", "%20yes", "no", mk).get(r.nextInt(12));
            case "reference" -> List.of("XF20260101-ABCDE", "XF2026-ABCDEF", "XF20260101-ABCDE1", "' OR 1=1 --", "%",
                    refs[0] + "%00", refs[0] + "%0A" + mk, "x".repeat(500)).get(r.nextInt(8));
            case "code" -> List.of("", "1234567", "OOOOOOOO", "ABCDEFG1", "%2A%2A%2A%2A%2A%2A%2A%2A", "' OR ''='",
                    "ABCDEFGHI", mk).get(r.nextInt(8));
            default -> enc(mk);
        };
    }

    static String unknownStep(SplittableRandom r, String mk) {
        return List.of("check", "files", "submitx", "COMPANY", "company%00", "%2e%2e", "..%2f..%2fetc", mk, "x".repeat(3000),
                "%FF%FE", "commitment%2F..", "company;x").get(r.nextInt(12));
    }

    static String badQuery(SplittableRandom r, String mk) {
        return switch (r.nextInt(9)) {
            case 0 -> "class=" + mk + "&decided=2026-01-01&corrected=yes&performed=yes";
            case 1 -> "class=%E4%B8%80%E8%88%AC&decided=" + List.of("2026-02-30", "99999-12-31", "-1", "", mk, "2026-1-1").get(r.nextInt(6))
                    + "&corrected=yes&performed=yes";
            case 2 -> "class=%E4%B8%80%E8%88%AC&decided=2026-01-01&corrected=" + mk + "&performed=%FF";
            case 3 -> "class=%ZZ&decided=%&corrected=%E4";
            case 4 -> "class=" + "%E4%B8%80".repeat(2000);
            case 5 -> "class&decided&corrected&performed";
            case 6 -> { StringBuilder b = new StringBuilder(); for (int k = 0; k < 3000; k++) b.append("class=").append(k).append('&'); yield b.toString(); }
            case 7 -> "class=%E4%B8%80%E8%88%AC&decided=" + LocalDate.now().plusDays(1 + r.nextInt(9999)) + "&corrected=no&performed=yes";
            default -> "class=%00%01&decided=%C0%AF&" + mk + "=" + "\u00ff";
        };
    }

    static byte[] badBody(SplittableRandom r, String mk) {
        return switch (r.nextInt(6)) {
            case 0 -> randomBytes(r, 1 + r.nextInt(4000));
            case 1 -> ("a=%" + mk + "%G&b=%&c=%%%&=" + mk).getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> { byte[] b = ("x=" + mk + "\u00ff\u00c0\u00af").getBytes(StandardCharsets.ISO_8859_1); yield b; }
            case 3 -> { StringBuilder b = new StringBuilder(); for (int k = 0; k < 5000; k++) b.append('f').append(k).append("=1&"); yield b.toString().getBytes(StandardCharsets.US_ASCII); }
            case 4 -> ("x=" + "A".repeat(30_000 + r.nextInt(30_000))).getBytes(StandardCharsets.US_ASCII);
            default -> ("x\u0000=\u0000" + mk).getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** [content type, body] of a broken, disguised or oversized upload; the file content is never a real PDF/JPEG/PNG,
     * except in the two-files and oversized cases, which must be refused for their count and size. */
    static Object[] badMultipart(SplittableRandom r, String mk) {
        String bd = "bd" + mk;
        String ct = "multipart/form-data; boundary=" + bd;
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        String name = List.of("营业执照.pdf", "scan.png", "photo.jpg", "../../../../tmp/" + mk + ".pdf", "/etc/" + mk + ".png",
                "..\\..\\" + mk + ".pdf", mk + "\u0000.pdf", ".htaccess.pdf", "a".repeat(5000) + ".pdf").get(r.nextInt(9));
        int kind = r.nextInt(16);
        byte[] content = switch (kind % 7) {
            case 0 -> ("<html><script>alert('" + mk + "')</script></html>").getBytes(StandardCharsets.UTF_8);
            case 1 -> ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>" + mk + "</script></svg>").getBytes(StandardCharsets.UTF_8);
            case 2 -> concat(new byte[] {'P', 'K', 3, 4}, randomBytes(r, 200));
            case 3 -> concat(new byte[] {0x7F, 'E', 'L', 'F'}, randomBytes(r, 200));
            case 4 -> ("#!/bin/sh\necho " + mk + "\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8);
            case 5 -> new byte[0];
            default -> concat((" %PDF-1.4 " + mk).getBytes(StandardCharsets.US_ASCII), randomBytes(r, 100)); // PDF magic not at 0
        };
        String disp = "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        switch (r.nextInt(12)) {
            case 0 -> { ct = "multipart/form-data"; write(b, "--" + bd + "\r\n" + disp); b.writeBytes(content); write(b, "\r\n--" + bd + "--\r\n"); }
            case 1 -> { ct = "multipart/form-data; boundary=other"; write(b, "--" + bd + "\r\n" + disp); b.writeBytes(content); write(b, "\r\n--" + bd + "--\r\n"); }
            case 2 -> { write(b, "--" + bd + "\r\n" + disp); b.writeBytes(content); } // truncated, no end
            case 3 -> { write(b, "--" + bd + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "x".repeat(70_000) + "\"\r\n\r\n"); b.writeBytes(content); write(b, "\r\n--" + bd + "--\r\n"); }
            case 4 -> { for (int k = 0; k < 1000 + r.nextInt(4000); k++) write(b, "--" + bd + "\r\nContent-Disposition: form-data; name=\"f" + k + "\"\r\n\r\n" + mk + "\r\n"); write(b, "--" + bd + "--\r\n"); }
            case 5 -> { // two real-looking PNGs in one request: must be refused (one file per upload)
                for (int k = 0; k < 2; k++) { write(b, "--" + bd + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a" + k + ".png\"\r\n\r\n"); b.writeBytes(png); write(b, "\r\n"); }
                write(b, "--" + bd + "--\r\n"); }
            case 6 -> { // oversized: a real PNG header followed by 10 MB + 1 byte of data (sent rarely, it is large)
                if (r.nextInt(20) == 0) {
                    write(b, "--" + bd + "\r\n" + disp); b.writeBytes(png); b.writeBytes(new byte[10 * 1024 * 1024]); write(b, "\r\n--" + bd + "--\r\n");
                } else { write(b, "--" + bd + "\r\n" + disp.replace("\r\n\r\n", "\r\nContent-Length: 99999999999\r\n\r\n")); b.writeBytes(content); write(b, "\r\n--" + bd + "--\r\n"); }
            }
            case 7 -> { write(b, "--" + bd + "\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\n\n"); b.writeBytes(content); write(b, "\n--" + bd + "--\n"); } // LF only
            case 8 -> { write(b, "--" + bd + "\r\nContent-Disposition: form-data; name=\"\u00ff\u00fe" + mk + "\"; filename*=UTF-8''%FF%2E%2E%2F" + mk + "\r\n\r\n"); b.writeBytes(content); write(b, "\r\n--" + bd + "--\r\n"); }
            case 9 -> { write(b, "--" + bd + "\r\nContent-Type: multipart/mixed; boundary=inner\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n--inner\r\n" + disp); b.writeBytes(content); write(b, "\r\n--inner--\r\n--" + bd + "--\r\n"); }
            case 10 -> { write(b, "--" + bd + "\r\n" + disp); b.writeBytes(content); write(b, "\r\n--" + bd + "--\r\n"); } // well-formed, disguised content
            default -> { b.writeBytes(randomBytes(r, 1 + r.nextInt(3000))); }
        }
        return new Object[] {ct, b.toByteArray()};
    }

    static void write(ByteArrayOutputStream b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[] a, byte[] c) {
        byte[] x = new byte[a.length + c.length];
        System.arraycopy(a, 0, x, 0, a.length);
        System.arraycopy(c, 0, x, a.length, c.length);
        return x;
    }

    static byte[] randomBytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) b[k] = (byte) r.nextInt(256);
        if (n > 0 && (b[0] == '%' || b[0] == (byte) 0x89 || b[0] == (byte) 0xFF)) b[0] = 'x'; // never a real magic
        return b;
    }

    static String garbageXff(SplittableRandom r) {
        return List.of("", "unknown", "999.1.1.1", "::::", "1.2.3.4, 5.6.7.8", "\u00ff\u00fe", "a".repeat(300), "-1", "[::1]:80").get(r.nextInt(9));
    }

    static String randomCode(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 8; k++) sb.append(ALPHA.charAt(r.nextInt(ALPHA.length())));
        return sb.toString();
    }

    static String oneOff(String code, SplittableRandom r) {
        char[] c = code.toCharArray();
        int k = r.nextInt(8);
        char n;
        do n = ALPHA.charAt(r.nextInt(ALPHA.length())); while (n == c[k]);
        c[k] = n;
        return new String(c);
    }

    static void count(Map<String, Map<String, AtomicLong>> m, String ep, String key) {
        m.computeIfAbsent(ep, k -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }
}
