-- Sign-in throttling instead of lockouts (review/LoginThrottle): failures per account, client address or known
-- device, each bucket waiting 2^(n-5) s after its last failure, at most 15 minutes; never a permanent lock.
CREATE TABLE login_throttle (
    bucket       text PRIMARY KEY,
    failures     integer NOT NULL,
    last_failure timestamptz NOT NULL
);
CREATE INDEX login_throttle_age ON login_throttle (last_failure);

-- Sessions end after 30 minutes without a request (review/SessionStore), besides their 8-hour lifetime.
ALTER TABLE sessions ADD COLUMN last_seen timestamptz;
UPDATE sessions SET last_seen = created_at;
ALTER TABLE sessions ALTER COLUMN last_seen SET NOT NULL;
ALTER TABLE sessions ALTER COLUMN last_seen SET DEFAULT now();
CREATE INDEX sessions_reviewer ON sessions (reviewer_id);

-- TOTP (RFC 6238) second factor: the secret encrypted like contact details, the last time step used (a code is
-- accepted once), and one-time recovery codes kept only as keyed hashes.
ALTER TABLE reviewers ADD COLUMN totp_secret bytea;
ALTER TABLE reviewers ADD COLUMN totp_last_step bigint;
CREATE TABLE recovery_codes (
    reviewer_id bigint NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,
    code_hash   bytea NOT NULL,
    PRIMARY KEY (reviewer_id, code_hash)
);
