package cn.rxzf.portal.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signed, time-stamped form tokens: {@code issuedAtSeconds.nonce.signature}, the signature covering the form's
 * purpose (e.g. {@code comment:draft-id}, or a session for reviewers' forms). They are the CSRF defence and a bot
 * filter: a form posted sooner than {@code minAge} after it was served, or later than {@code maxAge}, is refused.
 * Stateless, so any instance can check a token another issued.
 */
public final class FormTokens {
    public enum Check { OK, TOO_FAST, EXPIRED, INVALID }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Keys keys;
    private final Clock clock;
    private final Duration minAge;
    private final Duration maxAge;

    public FormTokens(Keys keys, Clock clock, Duration minAge, Duration maxAge) {
        this.keys = keys;
        this.clock = clock;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public String issue(String purpose) {
        byte[] nonce = new byte[9];
        RANDOM.nextBytes(nonce);
        String body = clock.instant().getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return body + "." + signature(body, purpose);
    }

    public Check check(String token, String purpose) {
        if (token == null || token.length() > 200) return Check.INVALID;
        String[] parts = token.split("\\.");
        if (parts.length != 3) return Check.INVALID;
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(signature(body, purpose).getBytes(), parts[2].getBytes())) return Check.INVALID;
        long issued;
        try {
            issued = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return Check.INVALID;
        }
        long age = clock.instant().getEpochSecond() - issued;
        if (age < minAge.toSeconds()) return Check.TOO_FAST;
        if (age > maxAge.toSeconds()) return Check.EXPIRED;
        return Check.OK;
    }

    /**
     * What a public form whose answers are kept tells the person when its token fails: the status and the sentence
     * to show; null when the token is good. {@code formPage} names the page to send from again (意见征集页面).
     */
    public record Refusal(int status, String message) {
        public static Refusal of(Check check, String formPage) {
            return switch (check) {
                case OK -> null;
                case TOO_FAST -> new Refusal(400, "提交过快，请稍候几秒再提交");
                case EXPIRED -> new Refusal(400, "页面已过期，请重新提交（您填写的内容已保留）");
                case INVALID -> new Refusal(403, "表单校验未通过，请从" + formPage + "重新提交");
            };
        }
    }

    /**
     * A purpose that binds a form to a cookie's value (hashed): the form then works only in the browser holding that
     * cookie (a draft, a lookup ticket). {@code cookie} may be null (no form can match it then).
     */
    public static String boundTo(String name, String cookie) {
        return name + ":" + (cookie == null ? "-" : HexFormat.of().formatHex(
                cn.rxzf.portal.common.Sha256.of(cookie.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0, 12));
    }

    private String signature(String body, String purpose) {
        return HexFormat.of().formatHex(keys.sign(purpose + "|" + body), 0, 16);
    }
}
