-- Service foundation: comments on drafts, reviewers and their sessions, page feedback, rate limits, audit log.
-- Personal data (names, contacts) is stored encrypted by the application and never published.

CREATE TABLE reviewers (
    id            bigserial PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    department    text NOT NULL,           -- a department code, or '*' for site administrators
    role          text NOT NULL CHECK (role IN ('reviewer', 'admin')),
    password_hash text NOT NULL,
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Server-side sessions, so that a sign-in holds on every service instance. Only a hash of the cookie is kept.
CREATE TABLE sessions (
    token_hash  bytea PRIMARY KEY,
    reviewer_id bigint NOT NULL REFERENCES reviewers(id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE comments (
    id             bigserial PRIMARY KEY,
    tracking_no    text NOT NULL UNIQUE,
    draft_id       text NOT NULL,
    department     text NOT NULL,
    body           text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
    body_hash      bytea NOT NULL,
    author_name    bytea,                  -- encrypted; optional; never published
    author_contact bytea,                  -- encrypted; optional; never published
    created_at     timestamptz NOT NULL DEFAULT now(),
    outcome        text CHECK (outcome IN ('adopted', 'partly_adopted', 'not_adopted')),
    reason         text CHECK (char_length(reason) <= 2000),
    decided_by     bigint REFERENCES reviewers(id),
    decided_at     timestamptz,
    UNIQUE (draft_id, body_hash)
);
CREATE INDEX comments_by_draft ON comments (draft_id, created_at);

CREATE TABLE page_feedback (
    id          bigserial PRIMARY KEY,
    page        text NOT NULL CHECK (char_length(page) <= 300),
    department  text,                      -- owner of the page; null for site-wide pages
    kind        text NOT NULL CHECK (kind IN ('useful', 'not_useful', 'error_report')),
    body        text CHECK (char_length(body) <= 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    handled_by  bigint REFERENCES reviewers(id),
    handled_at  timestamptz
);
CREATE INDEX feedback_by_department ON page_feedback (department, created_at);

-- Fixed-window counters shared by every instance; keys hold hashes, never raw addresses.
CREATE TABLE rate_counters (
    bucket       text NOT NULL,
    window_start bigint NOT NULL,
    count        integer NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Append-only record of every reviewer action: who, when, what, from where.
CREATE TABLE audit_log (
    id         bigserial PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    actor      text NOT NULL,
    department text NOT NULL,
    action     text NOT NULL,
    target     text NOT NULL,
    client     text NOT NULL,              -- hashed client address
    detail     text
);
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- One row: a fingerprint of the instances' shared secret key, so an instance started with another key refuses to run.
CREATE TABLE key_fingerprint (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    fingerprint bytea NOT NULL
);
