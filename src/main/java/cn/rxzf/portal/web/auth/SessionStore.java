package cn.rxzf.portal.web.auth;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions in the database, so that a sign-in made through one instance holds on all. The cookie carries 32 random
 * bytes; only their SHA-256 is stored, so a copy of the table cannot be replayed.
 */
public final class SessionStore {
    public static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbi jdbi;
    private final Clock clock;

    public SessionStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Creates a session and returns the cookie value. */
    public String create(long reviewerId) {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO sessions (token_hash, reviewer_id, created_at, expires_at) VALUES (:h, :r, :c, :e)""")
                .bind("h", hash(cookie)).bind("r", reviewerId).bind("c", Timestamp.from(clock.instant()))
                .bind("e", Timestamp.from(clock.instant().plus(LIFETIME))).execute());
        return cookie;
    }

    public Optional<Reviewer> find(String cookie) {
        if (cookie == null || cookie.length() != 43) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id, r.username, r.department, r.role FROM sessions s JOIN reviewers r ON r.id = s.reviewer_id
                        WHERE s.token_hash = :h AND s.expires_at > :now AND NOT r.disabled""")
                .bind("h", hash(cookie)).bind("now", Timestamp.from(clock.instant()))
                .map((rs, ctx) -> new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .findOne());
    }

    public void delete(String cookie) {
        if (cookie == null) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :h").bind("h", hash(cookie)).execute());
    }

    /** A stable, non-secret name of a session, to bind reviewers' form tokens to it. */
    public static String fingerprint(String cookie) {
        return java.util.HexFormat.of().formatHex(hash(cookie), 0, 12);
    }

    static byte[] hash(String cookie) {
        return cn.rxzf.portal.common.Sha256.of(cookie);
    }
}
