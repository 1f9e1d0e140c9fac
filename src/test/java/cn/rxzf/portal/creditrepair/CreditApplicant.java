package cn.rxzf.portal.creditrepair;

import static cn.rxzf.portal.ServiceHarness.form;
import static cn.rxzf.portal.ServiceHarness.tokenIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An applicant's browser against the real service: starts a draft, answers its pages with their own tokens and
 * uploads files as a browser's form does. With {@code forwardedFor}, every request comes through a trusted proxy
 * from that address (the service must trust 127.0.0.1).
 */
final class CreditApplicant {
    private final ServiceHarness s;
    private final String forwardedFor;

    CreditApplicant(ServiceHarness s, String forwardedFor) {
        this.s = s;
        this.forwardedFor = forwardedFor;
    }

    /** Starts an application; returns its cookie ({@code name=value}). */
    String begin() throws Exception {
        String token = tokenIn(get("/credit/", null).body());
        s.advance(Duration.ofSeconds(3));
        HttpResponse<String> r = post("/credit/apply", "application/x-www-form-urlencoded", urlencoded(form("token", token)), null);
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/credit/apply/record", r.headers().firstValue("location").orElse(""), "the eligibility facts first");
        String c = r.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(c.contains("HttpOnly") && c.contains("Secure") && c.contains("SameSite=Strict"), c);
        return c.substring(0, c.indexOf(';'));
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        return s.send(request(path, cookie).GET().build());
    }

    HttpResponse<String> answer(String cookie, String step, String... kv) throws Exception {
        Map<String, String> f = form(kv);
        f.put("token", draftToken(cookie));
        return post("/credit/apply/" + step, "application/x-www-form-urlencoded", urlencoded(f), cookie);
    }

    /** The answers that make the record repairable now (一般, decided 2026-01-10, corrected, paid), which files wait for. */
    void answerEligibleRecord(String cookie) throws Exception {
        assertEquals(303, answer(cookie, "decision", "decision_number", "X〔2026〕1号", "decision_date", "2026-01-10").statusCode());
        assertEquals(303, answer(cookie, "record", "record_class", "一般", "corrected", "yes", "obligations_performed", "yes").statusCode());
    }

    /** The token of the draft's forms, as any page of the application carries it. */
    String draftToken(String cookie) throws Exception {
        return tokenIn(get("/credit/apply/company", cookie).body());
    }

    HttpResponse<String> upload(String path, String cookie, String name, byte[] data) throws Exception {
        return upload(path, cookie, draftToken(cookie), name, data);
    }

    HttpResponse<String> upload(String path, String cookie, String token, String name, byte[] data) throws Exception {
        String boundary = "----rxzf" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(data);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), cookie);
    }

    private HttpResponse<String> post(String path, String type, byte[] body, String cookie) throws Exception {
        return s.send(request(path, cookie).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path)));
        if (cookie != null) b.header("Cookie", cookie);
        if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
        return b;
    }

    private static byte[] urlencoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }
}
