package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.common.Sha256;
import cn.rxzf.portal.web.Keys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What an applicant holds instead of an account, none of it personal and none of it in a URL: the random draft
 * token (only its hash is stored), the reference number and query code (only a keyed hash of the code is stored),
 * the signed status ticket that lets the status page's own forms work for an hour, and the encrypted receipt that
 * shows the reference and code again for a day.
 */
final class ApplicantTickets {
    static final Duration STATUS_LIFETIME = Duration.ofHours(1);
    static final Duration RECEIPT_LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Keys keys;
    private final Clock clock;

    ApplicantTickets(Keys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A new draft token: 32 random bytes, base64url (43 characters). */
    static String newDraftToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    static boolean looksLikeDraftToken(String token) {
        return token != null && token.length() == 43;
    }

    static byte[] hash(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.US_ASCII));
    }

    /** A random code of {@code length} characters without look-alikes (no 0, 1, I, O). */
    static String code(int length) {
        return cn.rxzf.portal.common.RandomCodes.of(length);
    }

    byte[] queryHash(String reference, String code) {
        return keys.sign("query-code|" + reference + "|" + code);
    }

    /** A signed ticket naming the application, valid for {@link #STATUS_LIFETIME}. */
    String statusTicket(String reference) {
        long expires = clock.instant().plus(STATUS_LIFETIME).getEpochSecond();
        String body = reference + "." + expires;
        return body + "." + HexFormat.of().formatHex(keys.sign("status|" + body), 0, 16);
    }

    /** The reference a status ticket names; null when it is missing or malformed; {@code ""} when forged or expired. */
    String openStatusTicket(String ticket) {
        String[] p = ticket == null ? new String[0] : ticket.split("\\.");
        if (p.length != 3) return null;
        String body = p[0] + "." + p[1];
        String sig = HexFormat.of().formatHex(keys.sign("status|" + body), 0, 16);
        long expires;
        try {
            expires = Long.parseLong(p[1]);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!MessageDigest.isEqual(sig.getBytes(), p[2].getBytes()) || expires < clock.instant().getEpochSecond()) return "";
        return p[0];
    }

    /** The receipt: reference and query code encrypted, valid for {@link #RECEIPT_LIFETIME}. */
    String receipt(String reference, String queryCode) {
        long expires = clock.instant().plus(RECEIPT_LIFETIME).getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.encrypt(reference + " " + queryCode + " " + expires));
    }

    /** Reference and query code from a receipt, or null when it is missing, forged or expired. */
    String[] openReceipt(String receipt) {
        if (receipt == null || receipt.length() > 200) return null;
        try {
            String[] p = keys.decrypt(Base64.getUrlDecoder().decode(receipt)).split(" ");
            if (p.length != 3 || Long.parseLong(p[2]) < clock.instant().getEpochSecond()) return null;
            return new String[] {p[0], p[1]};
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }
}
