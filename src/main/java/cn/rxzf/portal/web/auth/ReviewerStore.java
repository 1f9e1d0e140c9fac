package cn.rxzf.portal.web.auth;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * SQL for reviewer accounts. Changing a password or the second factor, or disabling an account, ends every session
 * of it in the same transaction.
 */
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

    /** The account, its password hash and encrypted TOTP secret, if the user name exists and is not disabled. */
    public Optional<Account> find(String username) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, username, department, role, password_hash, totp_secret FROM reviewers
                        WHERE username = :u AND NOT disabled""")
                .bind("u", username)
                .map((rs, ctx) -> new Account(new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(6) != null), rs.getString(5), rs.getBytes(6)))
                .findOne());
    }

    public boolean setPassword(String username, String passwordHash) {
        return jdbi.inTransaction(h -> {
            boolean found = h.createUpdate("UPDATE reviewers SET password_hash = :p WHERE username = :u")
                    .bind("p", passwordHash).bind("u", username).execute() == 1;
            endSessions(h, username);
            return found;
        });
    }

    public boolean disable(String username) {
        return jdbi.inTransaction(h -> {
            boolean found = h.createUpdate("UPDATE reviewers SET disabled = true WHERE username = :u")
                    .bind("u", username).execute() == 1;
            endSessions(h, username);
            return found;
        });
    }

    /**
     * Enrols a second factor (encrypted secret; {@code usedStep} the step of the code that confirmed it) with its
     * recovery codes (keyed hashes), and ends every other session of the reviewer (one opened with a stolen password
     * does not outlive the second factor).
     */
    public void enrolSecondFactor(long reviewerId, byte[] encryptedSecret, long usedStep, List<byte[]> recoveryCodeHashes,
                                  byte[] keptSessionHash) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sessions WHERE reviewer_id = :id AND token_hash <> :keep")
                    .bind("id", reviewerId).bind("keep", keptSessionHash).execute();
            h.createUpdate("UPDATE reviewers SET totp_secret = :s, totp_last_step = :step WHERE id = :id")
                    .bind("s", encryptedSecret).bind("step", usedStep).bind("id", reviewerId).execute();
            h.createUpdate("DELETE FROM recovery_codes WHERE reviewer_id = :id").bind("id", reviewerId).execute();
            for (byte[] code : recoveryCodeHashes) {
                h.createUpdate("INSERT INTO recovery_codes (reviewer_id, code_hash) VALUES (:id, :c)")
                        .bind("id", reviewerId).bind("c", code).execute();
            }
        });
    }

    /** Removes the second factor and its recovery codes (the {@code reviewer} command); ends every session. */
    public boolean resetSecondFactor(String username) {
        return jdbi.inTransaction(h -> {
            boolean found = h.createUpdate("UPDATE reviewers SET totp_secret = NULL, totp_last_step = NULL WHERE username = :u")
                    .bind("u", username).execute() == 1;
            h.createUpdate("DELETE FROM recovery_codes WHERE reviewer_id = (SELECT id FROM reviewers WHERE username = :u)")
                    .bind("u", username).execute();
            endSessions(h, username);
            return found;
        });
    }

    /** Records {@code step} as used if it is later than the last one used: true once per code. */
    public boolean useStep(long reviewerId, long step) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE reviewers SET totp_last_step = :s
                        WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :s)""")
                .bind("s", step).bind("id", reviewerId).execute()) == 1;
    }

    /** Uses up a recovery code: true the first time only. */
    public boolean useRecoveryCode(long reviewerId, byte[] codeHash) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM recovery_codes WHERE reviewer_id = :id AND code_hash = :c")
                .bind("id", reviewerId).bind("c", codeHash).execute()) == 1;
    }

    private static void endSessions(Handle h, String username) {
        h.createUpdate("DELETE FROM sessions WHERE reviewer_id = (SELECT id FROM reviewers WHERE username = :u)")
                .bind("u", username).execute();
    }

    public record Account(Reviewer reviewer, String passwordHash, byte[] encryptedTotpSecret) {}
}
