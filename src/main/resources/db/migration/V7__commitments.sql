-- 告知承诺: a commitment an officer of a department issues for a minor first violation, signed and corrected by the
-- party online. The party's name, the facts and the signed name are encrypted by the application; the party's code
-- and the last six characters of their credit code or ID are kept only as keyed hashes. Purged by the housekeeping
-- job --retention-days after it was decided (or, never decided, after its due date).

CREATE TABLE commitments (
    id              bigserial PRIMARY KEY,
    reference       text NOT NULL UNIQUE CHECK (reference ~ '^CN[0-9]{8}-[2-9A-Z]{6}$'),
    code_hash       bytea NOT NULL UNIQUE,       -- HMAC of the party's code; the code is shown to the officer once
    id_tail_hash    bytea NOT NULL,              -- HMAC of the code and the ID's last six characters
    department      text NOT NULL,
    created_by      bigint NOT NULL REFERENCES reviewers(id),
    item_id         text CHECK (char_length(item_id) <= 100),
    provision       text CHECK (char_length(provision) <= 200),
    party_name      bytea NOT NULL,              -- encrypted
    facts           bytea NOT NULL,              -- encrypted
    correction      text NOT NULL CHECK (char_length(correction) BETWEEN 1 AND 1000),
    deadline_days   integer NOT NULL CHECK (deadline_days BETWEEN 1 AND 365),
    working_days    boolean NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    due             date NOT NULL,
    status          text NOT NULL CHECK (status IN ('issued', 'signed', 'corrected', 'overdue')),
    signed_name     bytea,                       -- encrypted
    promises        text,                        -- the promises as ticked, one per line
    signed_at       timestamptz,
    decided_at      timestamptz,
    decided_by      bigint REFERENCES reviewers(id),
    reason          text CHECK (char_length(reason) <= 2000),
    follow_up       text CHECK (char_length(follow_up) <= 2000),
    CHECK ((item_id IS NULL) <> (provision IS NULL)),
    CHECK (status = 'issued' OR signed_at IS NOT NULL OR status = 'overdue')
);
CREATE INDEX commitments_queue ON commitments (department, status, due);

CREATE TABLE commitment_files (
    id             bigserial PRIMARY KEY,
    commitment_id  bigint NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    file_name      text NOT NULL CHECK (char_length(file_name) <= 100),
    content_type   text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size           integer NOT NULL CHECK (size > 0 AND size <= 10485760),
    sha256         bytea NOT NULL,
    data           bytea NOT NULL,                -- encrypted (AES-256-GCM, web/Keys)
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commitment_files_by_commitment ON commitment_files (commitment_id);
