import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for comment POSTs over raw keep-alive HTTP/1.1 sockets (cheaper on the shared 2 cores than
 * java.net.http). Every request is a distinct citizen (own X-Forwarded-For) with a unique body; success is a 303 to a
 * receipt; anything else, and any I/O failure or timeout, is an error.
 *
 * With TARGET=questionnaire in the environment, DRAFT is a questionnaire's id and each request is an answer to it: a
 * form token is spent by the answer it brings, so every answer first GETs the questionnaire's page for a fresh token
 * on the same connection, and POSTs the oldest token the worker holds that is past the 2 s minimum age (a worker
 * first gathers 2 s worth of tokens, in the warm-up). Answers/s, errors and latency count the POST's outcome; the
 * GET is part of each answer's cost (CPU, latency).
 *
 *   java Load.java closed PORT DRAFT CONNECTIONS WARMUP_S SECONDS [SERVER_PID POSTMASTER_PID]
 *       closed loop: CONNECTIONS connections each send the next request as soon as the last is answered;
 *       reports the rate per second of the measured window (after the warm-up).
 *   java Load.java open PORT DRAFT RATE WARMUP_S SECONDS WORKERS [SERVER_PID POSTMASTER_PID]
 *       open loop at a constant RATE per second: request i is due at start + i/RATE, whether or not earlier ones
 *       have been answered; latency is measured from the moment a request was due (so a stalled server is not hidden
 *       by a waiting client: no coordinated omission). WORKERS connections send the due requests.
 *
 * With the pids, CPU time used in the measured window is read from /proc: this JVM, the service JVM, the postmaster
 * and all its children, and the whole machine (so that other users of the cores show).
 */
public class Load {
    static final String FIXED = "：建议在清单中明确“首次违法”的认定期间和计算方式，对当事人主动消除或者减轻违法行为危害后果的，"
            + "执法人员应当当场说明不予处罚的理由和依据，并通过教育、劝导、提示等方式督促整改；同时建议公开典型案例，"
            + "便于经营主体对照执行，减少同案不同罚。";
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    static final long SECOND = 1_000_000_000L;

    static String host = "127.0.0.1";
    static int port;
    static String draft, run, token, fixedEncoded;
    static final boolean QUESTIONNAIRE = "questionnaire".equals(System.getenv("TARGET"));
    static final long TOKEN_MIN_AGE = 2_200_000_000L; // a token must be 2 s old before it is accepted
    static final AtomicLong seq = new AtomicLong();

    public static void main(String[] a) throws Exception {
        String mode = a[0];
        port = Integer.parseInt(a[1]);
        draft = a[2];
        run = Long.toString(System.currentTimeMillis() % 0xFFFFFFL, 16);
        fixedEncoded = URLEncoder.encode(FIXED, StandardCharsets.UTF_8);
        boolean open = mode.equals("open");
        int arg = Integer.parseInt(a[3]);
        long warmup = Long.parseLong(a[4]) * SECOND, seconds = Long.parseLong(a[5]);
        int workers = open ? Integer.parseInt(a[6]) : arg;
        int pidAt = open ? 7 : 6;
        long serverPid = a.length > pidAt ? Long.parseLong(a[pidAt]) : -1;
        long pmPid = a.length > pidAt + 1 ? Long.parseLong(a[pidAt + 1]) : -1;

        if (!QUESTIONNAIRE) { // one token for every comment; the questionnaire's workers fetch one per answer
            try (Conn c = new Conn()) {
                token = fetchToken(c, pagePath(), 0);
            }
            Thread.sleep(TOKEN_MIN_AGE / 1_000_000);
        }

        long start = System.nanoTime() + 100_000_000L;
        long measureFrom = start + warmup, end = measureFrom + seconds * SECOND;
        long measureFromEpochMs = System.currentTimeMillis() + (measureFrom - System.nanoTime()) / 1_000_000;
        AtomicLongArray perSecond = new AtomicLongArray((int) seconds + 2);
        Worker[] ws = new Worker[workers];
        double interval = open ? (double) SECOND / arg : 0;
        AtomicLong slot = new AtomicLong();
        for (int i = 0; i < workers; i++) {
            ws[i] = new Worker(open, start, measureFrom, end, interval, slot, perSecond);
            ws[i].setName("load-" + i);
            ws[i].start();
        }
        // CPU snapshots at the edges of the measured window
        LockSupport.parkNanos(measureFrom - System.nanoTime());
        long[] cpu0 = cpu(serverPid, pmPid);
        LockSupport.parkNanos(end - System.nanoTime());
        long[] cpu1 = cpu(serverPid, pmPid);
        for (Worker w : ws) w.join();

        long ok = 0, errors = 0, measured = 0;
        Map<String, Long> statuses = new TreeMap<>();
        long total = 0;
        for (Worker w : ws) {
            total += w.sent;
            for (var e : w.statuses.entrySet()) statuses.merge(e.getKey(), e.getValue(), Long::sum);
        }
        long[] lat = Arrays.stream(ws).flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).sorted().toArray();
        for (Worker w : ws) {
            ok += w.measuredOk;
            errors += w.measuredErrors;
        }
        measured = lat.length;
        long[] ps = new long[(int) seconds];
        for (int i = 0; i < seconds; i++) ps[i] = perSecond.get(i);
        long[] sortedPs = ps.clone();
        Arrays.sort(sortedPs);

        StringBuilder out = new StringBuilder();
        out.append(String.format("mode=%s %s=%d workers=%d warmup_s=%d seconds=%d%n", mode, open ? "rate" : "connections",
                arg, workers, warmup / SECOND, seconds));
        out.append(String.format("measured=%d ok_303=%d errors=%d rate_per_s=%.1f per_second_min=%d per_second_median=%d per_second_max=%d%n",
                measured, ok, errors, measured / (double) seconds, sortedPs[0], sortedPs[sortedPs.length / 2],
                sortedPs[sortedPs.length - 1]));
        out.append(String.format("latency_ms p50=%.2f p95=%.2f p99=%.2f p999=%.2f max=%.2f%n", pct(lat, 50), pct(lat, 95),
                pct(lat, 99), pct(lat, 99.9), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6));
        out.append("statuses_all_requests=" + statuses + " sent_all=" + total + "\n");
        out.append("per_second=" + Arrays.toString(ps).replace(" ", "") + "\n");
        out.append("measure_start_epoch_ms=" + measureFromEpochMs + "\n");
        if (serverPid > 0) {
            double hz = 100.0; // USER_HZ on Linux
            double client = (cpu1[0] - cpu0[0]) / hz, jvm = (cpu1[1] - cpu0[1]) / hz, pg = (cpu1[2] - cpu0[2]) / hz;
            double machine = (cpu1[3] - cpu0[3]) / hz;
            double other = machine - client - jvm - pg;
            out.append(String.format("cpu_s client=%.1f service_jvm=%.1f postgres=%.1f other_processes=%.1f machine_busy=%.1f of %.0f; "
                            + "client/(service+postgres)=%.2f%n", client, jvm, pg, other, machine,
                    seconds * (double) Runtime.getRuntime().availableProcessors(), client / (jvm + pg)));
        }
        System.out.print(out);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static final class Worker extends Thread {
        final boolean open;
        final long start, measureFrom, end;
        final double interval;
        final AtomicLong slot;
        final AtomicLongArray perSecond;
        final Map<String, Long> statuses = new TreeMap<>();
        long[] latencies = new long[1 << 14];
        int count;
        long sent, measuredOk, measuredErrors;
        Conn conn;
        /** Questionnaire: the form tokens fetched and not yet spent, oldest first, each with when it was fetched. */
        final java.util.ArrayDeque<Object[]> tokens = new java.util.ArrayDeque<>();

        Worker(boolean open, long start, long measureFrom, long end, double interval, AtomicLong slot,
               AtomicLongArray perSecond) {
            this.open = open;
            this.start = start;
            this.measureFrom = measureFrom;
            this.end = end;
            this.interval = interval;
            this.slot = slot;
            this.perSecond = perSecond;
        }

        @Override
        public void run() {
            LockSupport.parkNanos(start - System.nanoTime());
            while (true) {
                long due;
                if (open) {
                    due = start + (long) (slot.getAndIncrement() * interval);
                    if (due >= end) break;
                    long wait = due - System.nanoTime();
                    if (wait > 0) LockSupport.parkNanos(wait);
                } else {
                    due = System.nanoTime();
                    if (due >= end) break;
                }
                String status;
                try {
                    if (conn == null) conn = new Conn();
                    long n = seq.incrementAndGet();
                    Response r = conn.exchange(QUESTIONNAIRE ? answerRequest(n, freshToken(n)) : commentRequest(n));
                    status = Integer.toString(r.status);
                    if (r.close) closeConn();
                } catch (IOException e) {
                    status = "io:" + e.getClass().getSimpleName();
                    closeConn();
                }
                long done = System.nanoTime();
                sent++;
                statuses.merge(status, 1L, Long::sum);
                if (due >= measureFrom && due < end) {
                    if (count == latencies.length) latencies = Arrays.copyOf(latencies, count * 2);
                    latencies[count++] = done - due;
                    if (status.equals("303")) measuredOk++;
                    else measuredErrors++;
                    int sec = (int) ((done - measureFrom) / SECOND);
                    if (sec < perSecond.length()) perSecond.incrementAndGet(sec);
                }
            }
            closeConn();
        }

        /**
         * A token old enough to be accepted: fetches one from the page (one per answer), and more while the oldest
         * held is younger than the minimum age (only at the start: then the worker holds its 2 s worth).
         */
        String freshToken(long n) throws IOException {
            do {
                tokens.addLast(new Object[] {fetchToken(conn, pagePath(), n), System.nanoTime()});
            } while (System.nanoTime() - (long) tokens.peekFirst()[1] < TOKEN_MIN_AGE);
            return (String) tokens.pollFirst()[0];
        }

        void closeConn() {
            if (conn != null) conn.close();
            conn = null;
        }
    }

    static byte[] commentRequest(long n) {
        String body = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&body=%E8%B4%9F%E8%BD%BD%E6%B5%8B%E8%AF%95+" + run + "-" + n + fixedEncoded
                + "&name=&contact=&website=";
        String head = "POST /drafts/" + draft + "/comments HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Forwarded-For: fd01:" + run + "::"
                + Long.toHexString(n) + "\r\nContent-Length: " + body.length() + "\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.US_ASCII);
    }

    /** An answer to questionnaire {@code draft} (the sample's questions: role, methods, clear, manyi, advice). */
    static byte[] answerRequest(long n, String token) {
        String body = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&website="
                + "&role=" + (1 + n % 4) + "&methods=" + (1 + n % 5)
                + "&clear=" + (1 + n % 5) + "&manyi=" + (1 + (n / 5) % 5)
                + "&advice=%E8%B4%9F%E8%BD%BD%E6%B5%8B%E8%AF%95+" + run + "-" + n + fixedEncoded;
        String head = "POST /questionnaires/" + draft + "/answers HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Forwarded-For: fd01:" + run + "::"
                + Long.toHexString(n) + "\r\nContent-Length: " + body.length() + "\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.US_ASCII);
    }

    static String pagePath() {
        return (QUESTIONNAIRE ? "/questionnaires/" : "/drafts/") + draft + "/";
    }

    /** The form token of the page at {@code path}, fetched as citizen {@code n} (its X-Forwarded-For). */
    static String fetchToken(Conn c, String path, long n) throws IOException {
        Response r = c.exchange(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nX-Forwarded-For: fd01:"
                + run + "::" + Long.toHexString(n) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        Matcher m = TOKEN.matcher(new String(r.body, StandardCharsets.UTF_8));
        if (r.status != 200 || !m.find()) throw new IOException("no form token on " + path + " (status " + r.status + ")");
        return m.group(1);
    }

    // ---- CPU accounting from /proc ----

    /** [this JVM, service JVM, postmaster + descendants, whole machine busy] in clock ticks. */
    static long[] cpu(long serverPid, long pmPid) {
        long[] r = new long[4];
        if (serverPid <= 0) return r;
        r[0] = ticks(ProcessHandle.current().pid());
        r[1] = ticks(serverPid);
        r[2] = ticks(pmPid);
        for (ProcessHandle h : ProcessHandle.of(pmPid).map(p -> p.descendants().toList()).orElse(List.of())) {
            r[2] += ticks(h.pid());
        }
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal
            r[3] = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException e) {
            r[3] = 0;
        }
        return r;
    }

    static long ticks(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    // ---- a minimal HTTP/1.1 client ----

    record Response(int status, boolean close, byte[] body) {}

    static final class Conn implements AutoCloseable {
        final Socket s;
        final OutputStream out;
        final InputStream in;
        final byte[] buf = new byte[64 * 1024];
        int pos, lim;

        Conn() throws IOException {
            s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(30_000);
            s.connect(new InetSocketAddress(host, port), 5_000);
            out = s.getOutputStream();
            in = s.getInputStream();
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") && !statusLine.startsWith("HTTP/1.0 ")) throw new IOException("bad status line");
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false, close = statusLine.startsWith("HTTP/1.0");
            for (String h; !(h = line()).isEmpty(); ) {
                int colon = h.indexOf(':');
                if (colon < 0) continue;
                String name = h.substring(0, colon).trim().toLowerCase();
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase().contains("chunked");
                    case "connection" -> close |= value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                while (true) {
                    String size = line();
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        while (!line().isEmpty()) { }
                        break;
                    }
                    read(body, n);
                    line();
                }
            } else if (length >= 0) {
                read(body, length);
            } else {
                close = true;
                int b;
                while ((b = next()) >= 0) body.write(b);
            }
            return new Response(status, close, body.toByteArray());
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
            int b;
            while ((b = next()) != '\n') {
                if (b < 0) throw new IOException("connection closed");
                if (b != '\r') sb.append((char) b);
            }
            return sb.toString();
        }

        void read(ByteArrayOutputStream to, long n) throws IOException {
            for (long i = 0; i < n; i++) {
                int b = next();
                if (b < 0) throw new IOException("connection closed in body");
                to.write(b);
            }
        }

        @Override
        public void close() {
            try {
                s.close();
            } catch (IOException ignored) {
            }
        }
    }
}
