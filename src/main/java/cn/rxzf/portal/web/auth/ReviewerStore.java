package cn.rxzf.portal.web.auth;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL for reviewer accounts. */
public final class ReviewerStore {
    private final Jdbi jdbi;

    public ReviewerStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long add(String username, String department, String role, String passwordHash) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO reviewers (username, department, role, password_hash)
                        VALUES (:u, :d, :r, :p) RETURNING id""")
                .bind("u", username).bind("d", department).bind("r", role).bind("p", passwordHash)
                .mapTo(Long.class).one());
    }

    /** The account and its password hash, if the user name exists and is not disabled. */
    public Optional<Account> find(String username) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, username, department, role, password_hash FROM reviewers
                        WHERE username = :u AND NOT disabled""")
                .bind("u", username)
                .map((rs, ctx) -> new Account(new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), rs.getString(5)))
                .findOne());
    }

    public boolean setPassword(String username, String passwordHash) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE reviewers SET password_hash = :p WHERE username = :u")
                .bind("p", passwordHash).bind("u", username).execute()) == 1;
    }

    public boolean disable(String username) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE reviewers SET disabled = true WHERE username = :u")
                .bind("u", username).execute()) == 1;
    }

    public record Account(Reviewer reviewer, String passwordHash) {}
}
