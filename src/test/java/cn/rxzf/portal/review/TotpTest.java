package cn.rxzf.portal.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (the SHA-1 rows, 8 digits) and the base32 of RFC 4648 section 10. */
class TotpTest {
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void the_rfc_6238_test_vectors() {
        long[][] vectors = {{59L, 94287082}, {1111111109L, 7081804}, {1111111111L, 14050471}, {1234567890L, 89005924},
                {2000000000L, 69279037}, {20000000000L, 65353130}};
        for (long[] v : vectors) {
            String expected = String.format("%08d", v[1]);
            assertEquals(expected, Totp.code(SEED, Totp.step(Instant.ofEpochSecond(v[0])), 8), "T=" + v[0]);
        }
    }

    @Test
    void six_digit_codes_of_now_and_the_neighbouring_steps_match_and_others_do_not() {
        Instant now = Instant.ofEpochSecond(1111111111L);
        long step = Totp.step(now);
        assertEquals(step, Totp.matchingStep(SEED, Totp.code(SEED, step, 6), now).getAsLong());
        assertEquals(step - 1, Totp.matchingStep(SEED, Totp.code(SEED, step - 1, 6), now).getAsLong());
        assertEquals(step + 1, Totp.matchingStep(SEED, Totp.code(SEED, step + 1, 6), now).getAsLong());
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step - 2, 6), now).isEmpty());
        assertTrue(Totp.matchingStep(SEED, "12345", now).isEmpty());
        assertTrue(Totp.matchingStep(SEED, null, now).isEmpty());
    }

    @Test
    void base32_as_rfc_4648_and_back() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MY", Totp.base32("f".getBytes(StandardCharsets.US_ASCII)));
        byte[] secret = Totp.newSecret();
        assertArrayEquals(secret, Totp.decodeBase32(Totp.base32(secret)));
        String uri = Totp.uri("柔性执法公示平台", "alice", SEED);
        assertTrue(uri.startsWith("otpauth://totp/") && uri.contains("secret=" + Totp.base32(SEED)) && uri.contains("period=30"), uri);
    }
}
