import java.io.BufferedWriter;
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
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of the crash test: submits comments without pause from THREADS threads, each as a distinct citizen
 * (its own X-Forwarded-For) with a unique body, while crash.sh kills the service and its database. Every 303 it
 * receives is an acknowledged comment: its tracking number and body go to ACKFILE (tab-separated, flushed line by
 * line) at once. Connection failures while the service is down are retried after a short pause.
 *
 * Usage: java CrashClient.java BASE_URL DRAFT_ID ACKFILE STOPFILE MAX_SECONDS THREADS
 * Stops when STOPFILE exists or after MAX_SECONDS, then prints a summary.
 */
public class CrashClient {
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    static final Pattern LOCATION = Pattern.compile("^/comments/(YJ\\d{8}-[2-9A-Z]{6})$");

    static volatile String token;
    static final AtomicLong seq = new AtomicLong();
    static final AtomicLong acked = new AtomicLong(), notSent = new AtomicLong(), inDoubt = new AtomicLong();
    static final Map<Integer, Long> statuses = new TreeMap<>();

    public static void main(String[] args) throws Exception {
        String base = args[0], draft = args[1];
        Path ackFile = Path.of(args[2]), stopFile = Path.of(args[3]);
        long deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        int threads = Integer.parseInt(args[5]);
        String run = Long.toString(System.currentTimeMillis(), 36);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).followRedirects(HttpClient.Redirect.NEVER).build();
        URI page = URI.create(base + "/drafts/" + draft + "/");
        URI post = URI.create(base + "/drafts/" + draft + "/comments");

        // One token serves the whole test: it is signed with the key in the data folder, which survives restarts.
        while (token == null && System.nanoTime() < deadline && !Files.exists(stopFile)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher m = TOKEN.matcher(r.body());
                if (r.statusCode() == 200 && m.find()) token = m.group(1);
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        if (token == null) throw new IllegalStateException("no form token: the service never came up");
        Thread.sleep(2_200); // tokens must be at least 2 s old
        System.err.println("crash client: token obtained, submitting from " + threads + " threads");

        try (BufferedWriter out = Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8)) {
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    while (System.nanoTime() < deadline && !Files.exists(stopFile)) {
                        long n = seq.incrementAndGet();
                        String body = "崩溃测试意见 " + run + "-" + n + "：建议对首次轻微违法行为依法不予处罚，并加强说理。";
                        String form = "token=" + enc(token) + "&body=" + enc(body) + "&name=&contact=&website=";
                        HttpRequest req = HttpRequest.newBuilder(post).timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Forwarded-For", "fd00:" + run + "::" + Long.toHexString(n))
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                        try {
                            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                            count(r.statusCode());
                            if (r.statusCode() == 303) {
                                Matcher m = LOCATION.matcher(r.headers().firstValue("Location").orElse(""));
                                if (!m.matches()) throw new IllegalStateException("303 without a receipt location");
                                synchronized (out) {
                                    out.write(m.group(1) + "\t" + body + "\n");
                                    out.flush();
                                }
                                acked.incrementAndGet();
                            }
                        } catch (ConnectException e) {
                            notSent.incrementAndGet();
                            pause(50);
                        } catch (HttpTimeoutException | InterruptedException e) {
                            inDoubt.incrementAndGet();
                        } catch (IOException e) {
                            // sent (at least partly), no answer: the comment may or may not be stored; not acknowledged
                            inDoubt.incrementAndGet();
                            pause(50);
                        } catch (RuntimeException e) {
                            throw e;
                        }
                    }
                }, "client-" + t);
                workers[t].start();
            }
            for (Thread w : workers) w.join();
        }
        System.out.printf("attempts=%d acked=%d not_sent=%d in_doubt=%d statuses=%s%n",
                seq.get(), acked.get(), notSent.get(), inDoubt.get(), statuses);
    }

    static synchronized void count(int status) {
        statuses.merge(status, 1L, Long::sum);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
