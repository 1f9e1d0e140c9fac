package cn.rxzf.portal.web;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A signed, expiring name of one record for a cookie ({@code value.expires.signature}), so the pages of a lookup keep
 * working for a while without the secret that opened them: the credit-repair status, an opened commitment. The
 * signature covers the purpose, so a ticket of one kind opens nothing of another. A <em>sealed</em> ticket is encrypted
 * as well, for a value the page may show but no one may read from the cookie (a code shown once on a receipt).
 */
public final class SignedTickets {
    private final Keys keys;
    private final Clock clock;

    public SignedTickets(Keys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** {@code value} must not contain a dot. */
    public String issue(String purpose, String value, Duration lifetime) {
        if (value.indexOf('.') >= 0) throw new IllegalArgumentException("a ticket's value has no dot");
        String body = value + "." + (clock.instant().getEpochSecond() + lifetime.toSeconds());
        return body + "." + signature(purpose, body);
    }

    /** What a ticket says: the value it names, or why not (absent or forged: {@code value} null, not expired). */
    public record Opened(String value, boolean expired) {
        public boolean ok() {
            return value != null;
        }
    }

    public Opened open(String purpose, String ticket) {
        String[] p = ticket == null || ticket.length() > 200 ? new String[0] : ticket.split("\\.");
        if (p.length != 3) return new Opened(null, false);
        String body = p[0] + "." + p[1];
        long expires;
        try {
            expires = Long.parseLong(p[1]);
        } catch (NumberFormatException e) {
            return new Opened(null, false);
        }
        if (!MessageDigest.isEqual(signature(purpose, body).getBytes(), p[2].getBytes())) return new Opened(null, false);
        return expires < clock.instant().getEpochSecond() ? new Opened(null, true) : new Opened(p[0], false);
    }

    private String signature(String purpose, String body) {
        return HexFormat.of().formatHex(keys.sign(purpose + "|" + body), 0, 16);
    }

    /** An encrypted ticket for {@code value} (no spaces), readable only by {@link #unseal} until it expires. */
    public String seal(String purpose, String value, Duration lifetime) {
        if (value.indexOf(' ') >= 0) throw new IllegalArgumentException("a sealed value has no space");
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(keys.encrypt(purpose + " " + value + " " + expires));
    }

    /** The value of a sealed ticket of this purpose, or null when it is missing, forged, of another kind or expired. */
    public String unseal(String purpose, String ticket) {
        if (ticket == null || ticket.length() > 300) return null;
        try {
            String[] p = keys.decrypt(java.util.Base64.getUrlDecoder().decode(ticket)).split(" ");
            if (p.length != 3 || !p[0].equals(purpose) || Long.parseLong(p[2]) < clock.instant().getEpochSecond()) return null;
            return p[1];
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }
}
