package cn.rxzf.portal.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar run as an operator runs it: {@code java -jar portal.jar serve} on a free port with its own data
 * folder, plus the other commands ({@code reviewer …}) against the same folder, and an HTTP client for the pages.
 */
final class ServeProcess implements AutoCloseable {
    static final String DRAFT = "jtys-rouxing-zhifa-yijian-zqyj";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    final Path work;
    final Path data;
    final int port;
    final Path log;
    final Process process;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();

    private ServeProcess(Path work, Path data, int port, Path log, Process process) {
        this.work = work;
        this.data = data;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code serve} with its data in {@code work/data}; returns at once. */
    static ServeProcess start(Path work, String name) throws IOException {
        int port = freePort();
        Path log = work.resolve(name + ".log");
        Process p = jar(work, log, "serve", "--content", "content", "--templates", "site-templates",
                "--out", work.resolve("out-" + name).toString(), "--data", work.resolve("data").toString(),
                "--port", Integer.toString(port), "--trusted-proxies", "127.0.0.1",
                "--draft-comment-limit", "1000000");
        return new ServeProcess(work, work.resolve("data"), port, log, p);
    }

    /** Waits until the serving line is printed; false when the process ended first or the time ran out. */
    boolean waitServing(int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith("serving "))) {
                return true;
            }
            if (!process.isAlive()) return false;
            Thread.sleep(100);
        }
        return false;
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Runs another command of the jar to its end: exit code and output. */
    static Run command(Path work, String stdin, String... args) throws IOException, InterruptedException {
        Path log = work.resolve("command-" + System.nanoTime() + ".log");
        Process p = jar(work, log, args);
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("no end within 120 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    record Run(int code, String output) {}

    private static Process jar(Path work, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", System.getProperty("portal.jar", "target/portal.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("PORTAL_SAME_JVM", "1");
        return pb.start();
    }

    /** The owner record of the data folder. */
    DataFolder.Owner owner() throws IOException {
        return DataFolder.read(data);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String form, String client) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form token of the draft page (valid from 2 s after it was issued). */
    String draftToken() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/drafts/" + DRAFT + "/");
        Matcher m = TOKEN.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) throw new IllegalStateException("draft page: " + page.statusCode());
        return m.group(1);
    }

    static String commentForm(String token, String body) {
        return "token=" + enc(token) + "&body=" + enc(body) + "&name=&contact=&website=";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the service as an operator would (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
