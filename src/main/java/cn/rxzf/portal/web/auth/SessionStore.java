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
 * bytes; only their SHA-256 is stored, so a copy of the table cannot be replayed. A session ends after
 * {@link #LIFETIME}, after {@link #IDLE} without a request, and when its reviewer's password or second factor
 * changes or the account is disabled ({@link ReviewerStore} deletes them).
 */
public final class SessionStore {
    public static final Duration LIFETIME = Duration.ofHours(8);
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** {@code last_seen} is written at most this often per session (not on every request). */
    private static final Duration TOUCH = Duration.ofMinutes(1);
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
                        INSERT INTO sessions (token_hash, reviewer_id, created_at, last_seen, expires_at) VALUES (:h, :r, :c, :c, :e)""")
                .bind("h", hash(cookie)).bind("r", reviewerId).bind("c", Timestamp.from(clock.instant()))
                .bind("e", Timestamp.from(clock.instant().plus(LIFETIME))).execute());
        return cookie;
    }

    /** The session's reviewer, if the session is live; counts as activity (postpones the idle end). */
    public Optional<Reviewer> find(String cookie) {
        if (cookie == null || cookie.length() != 43) return Optional.empty();
        Timestamp now = Timestamp.from(clock.instant());
        return jdbi.withHandle(h -> {
            Optional<Reviewer> found = h.createQuery("""
                            SELECT r.id, r.username, r.department, r.role, r.totp_secret IS NOT NULL
                            FROM sessions s JOIN reviewers r ON r.id = s.reviewer_id
                            WHERE s.token_hash = :h AND s.expires_at > :now AND s.last_seen > :idle AND NOT r.disabled""")
                    .bind("h", hash(cookie)).bind("now", now).bind("idle", Timestamp.from(clock.instant().minus(IDLE)))
                    .map((rs, ctx) -> new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5)))
                    .findOne();
            if (found.isPresent()) {
                h.createUpdate("UPDATE sessions SET last_seen = :now WHERE token_hash = :h AND last_seen < :touch")
                        .bind("h", hash(cookie)).bind("now", now)
                        .bind("touch", Timestamp.from(clock.instant().minus(TOUCH))).execute();
            }
            return found;
        });
    }

    public void delete(String cookie) {
        if (cookie == null) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :h").bind("h", hash(cookie)).execute());
    }

    /** A stable, non-secret name of a session, to bind reviewers' form tokens to it. */
    public static String fingerprint(String cookie) {
        return java.util.HexFormat.of().formatHex(hash(cookie), 0, 12);
    }

    public static byte[] hash(String cookie) {
        return cn.rxzf.portal.common.Sha256.of(cookie);
    }
}
