import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The client of the credit-repair crash test (bench/credit/crash.sh): from THREADS threads, each application a distinct
 * applicant (its own X-Forwarded-For), runs the whole application without pause — start, the six question pages,
 * two attachments (a real PNG and a real PDF, each with unique content), the commitment, submit — while crash.sh kills
 * the service and its database with -9. The 200 of POST /credit/apply/submit with its reference and query code is the
 * acknowledgement: reference, query code, company name and the sha256 of each uploaded file go to ACKFILE at once
 * (tab-separated, flushed line by line). Any failure before that abandons the application and starts a new one.
 *
 * Usage: java CrashClient.java BASE_URL ACKFILE STOPFILE MAX_SECONDS THREADS
 */
public class CrashClient {
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    /** The token of the application this thread is filling in (bound to its draft cookie). */
    static final ThreadLocal<String> DRAFT_TOKEN = new ThreadLocal<>();
    static final Pattern REF = Pattern.compile("(XF\\d{8}-[2-9A-Z]{6})");
    static final Pattern CODE = Pattern.compile("查询码</p><p class=\"reference\"><strong>([2-9A-Z]{8})</strong>");
    static final Pattern COOKIE = Pattern.compile("__Host-rxzf_apply=([A-Za-z0-9_-]{43})");

    static volatile String token;
    static String base, run;
    static HttpClient http;
    static final AtomicLong seq = new AtomicLong();
    static final AtomicLong started = new AtomicLong(), acked = new AtomicLong(), abandoned = new AtomicLong(),
            inDoubt = new AtomicLong(), filesUploaded = new AtomicLong();
    static final Map<String, Long> outcomes = new TreeMap<>();

    static class Abandon extends Exception {
        Abandon(String why) { super(why, null, false, false); }
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        Path ackFile = Path.of(args[1]), stopFile = Path.of(args[2]);
        long deadline = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        int threads = Integer.parseInt(args[4]);
        run = Long.toString(System.currentTimeMillis(), 36);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).followRedirects(HttpClient.Redirect.NEVER).build();
        fetchToken(deadline, stopFile);
        if (token == null) throw new IllegalStateException("no form token: the service never came up");
        System.err.println("crash client: token obtained, submitting from " + threads + " threads");

        try (BufferedWriter out = Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8)) {
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    while (System.nanoTime() < deadline && !Files.exists(stopFile)) {
                        try {
                            String line = apply();
                            synchronized (out) {
                                out.write(line + "\n");
                                out.flush();
                            }
                            acked.incrementAndGet();
                            count("acked");
                        } catch (Abandon e) {
                            abandoned.incrementAndGet();
                            count(e.getMessage());
                            if (e.getMessage().startsWith("conn")) pause(50);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }, "client-" + t);
                workers[t].start();
            }
            for (Thread w : workers) w.join();
        }
        System.out.printf("started=%d acked=%d abandoned=%d submit_in_doubt=%d files_uploaded=%d outcomes=%s%n",
                started.get(), acked.get(), abandoned.get(), inDoubt.get(), filesUploaded.get(), outcomes);
    }

    static void fetchToken(long deadline, Path stopFile) throws InterruptedException {
        String t = null;
        while (t == null && System.nanoTime() < deadline && !Files.exists(stopFile)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/credit/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = TOKEN.matcher(r.body());
                if (r.statusCode() == 200 && m.find()) t = m.group(1);
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        if (t != null) Thread.sleep(2_200); // form tokens must be a little old
        token = t;
    }

    /** One whole application; returns its acknowledgement line. */
    static String apply() throws Abandon, IOException {
        long n = seq.incrementAndGet();
        String xff = "fd00:" + run + "::" + Long.toHexString(n);
        String company = "崩溃测试企业" + run + "-" + n + "有限公司";
        HttpResponse<String> r = post("/credit/apply", null, xff, form("token", token), "start");
        if (r.statusCode() != 303) throw new Abandon("start-" + r.statusCode());
        Matcher cm = COOKIE.matcher(String.join(";", r.headers().allValues("Set-Cookie")));
        if (!cm.find()) throw new IllegalStateException("303 without a draft cookie");
        String cookie = "__Host-rxzf_apply=" + cm.group(1);
        started.incrementAndGet();
        // every form of the application carries a token bound to the draft cookie: take it from the first page
        HttpResponse<String> first = send(request("/credit/apply/company", cookie, xff).build(), "company-page");
        Matcher tm = TOKEN.matcher(first.body());
        if (first.statusCode() != 200 || !tm.find()) throw new Abandon("company-page-" + first.statusCode());
        String draftToken = tm.group(1);
        DRAFT_TOKEN.set(draftToken);
        step(cookie, xff, "company", form("company_name", company));
        step(cookie, xff, "code", form("credit_code", "91350100M000100Y43"));
        step(cookie, xff, "decision", form("decision_number", "示市监处罚〔2026〕" + n + "号",
                "decision_date", LocalDate.now().minusMonths(6).toString()));
        step(cookie, xff, "department", form("department", "scjgj"));
        step(cookie, xff, "record", form("record_class", "一般", "corrected", "yes", "obligations_performed", "yes"));
        step(cookie, xff, "contact", form("contact_name", "测试联系人", "contact_phone", "0591-12345678"));
        byte[] png = png(n), pdf = pdf(n);
        upload(cookie, xff, "营业执照-" + n + ".png", "image/png", png);
        upload(cookie, xff, "缴款凭证-" + n + ".pdf", "application/pdf", pdf);
        step(cookie, xff, "commitment", form("commit", "yes"));
        HttpResponse<String> s;
        try {
            s = http.send(request("/credit/apply/submit", cookie, xff).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("token", draftToken))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Abandon("conn-submit");
        } catch (IOException | InterruptedException e) {
            inDoubt.incrementAndGet(); // sent, no answer: may or may not be submitted; not acknowledged
            throw new Abandon("nocomplete-submit");
        }
        if (s.statusCode() != 200) throw new Abandon("submit-" + s.statusCode());
        Matcher rm = REF.matcher(s.body()), qm = CODE.matcher(s.body());
        if (!rm.find() || !qm.find()) throw new IllegalStateException("200 without reference or query code");
        return rm.group(1) + "\t" + qm.group(1) + "\t" + company + "\t" + sha256(png) + "," + sha256(pdf);
    }

    static void step(String cookie, String xff, String step, String body) throws Abandon {
        HttpResponse<String> r = post("/credit/apply/" + step, cookie, xff, body + "&" + form("token", DRAFT_TOKEN.get()), step);
        if (r.statusCode() != 303) throw new Abandon(step + "-" + r.statusCode());
    }

    static void upload(String cookie, String xff, String name, String type, byte[] data) throws Abandon {
        String boundary = "----crash" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + DRAFT_TOKEN.get() + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(data);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(request("/credit/apply/files", cookie, xff)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build(), "files");
        if (r.statusCode() != 303) throw new Abandon("files-" + r.statusCode());
        filesUploaded.incrementAndGet();
    }

    static HttpResponse<String> post(String path, String cookie, String xff, String body, String what) throws Abandon {
        return send(request(path, cookie, xff).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), what);
    }

    static HttpRequest.Builder request(String path, String cookie, String xff) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", xff);
        if (cookie != null) b.header("Cookie", cookie);
        return b;
    }

    static HttpResponse<String> send(HttpRequest req, String what) throws Abandon {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Abandon("conn-" + what);
        } catch (HttpTimeoutException e) {
            throw new Abandon("timeout-" + what);
        } catch (IOException e) {
            throw new Abandon("io-" + what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandon("interrupted");
        }
    }

    static String form(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) sb.append('&');
            sb.append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** A real 8×8 PNG whose pixels encode the application number and random noise: unique content. */
    static byte[] png(long n) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int y = 0; y < 8; y++) for (int x = 0; x < 8; x++) img.setRGB(x, y, rnd.nextInt(0x1000000));
        img.setRGB(0, 0, (int) (n & 0xFFFFFF));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }

    /** A small valid PDF with one page of text naming the run and application number. */
    static byte[] pdf(long n) {
        String text = "BT /F1 12 Tf 72 720 Td (crash test " + run + " application " + n + " "
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ") Tj ET";
        String[] objs = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objs.length];
        for (int i = 0; i < objs.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) sb.append(String.format("%010d 00000 n \n", o));
        sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256(byte[] d) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(d));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized void count(String what) {
        outcomes.merge(what, 1L, Long::sum);
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
