-- Credit repair applications and their attachments. Contact details are encrypted by the application; attachments
-- live in the database (never in a folder that is served), so they are as durable as the application itself.

CREATE TABLE repair_applications (
    id                    bigserial PRIMARY KEY,
    draft_token_hash      bytea UNIQUE,          -- the applicant's cookie while filling in (hash only)
    reference             text UNIQUE,           -- set on submission
    query_code_hash       bytea,                 -- HMAC of the query code; the code itself is shown once
    status                text NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'returned', 'repaired', 'refused')),
    company_name          text CHECK (char_length(company_name) <= 100),
    credit_code           text CHECK (char_length(credit_code) = 18),
    decision_number       text CHECK (char_length(decision_number) <= 60),
    decision_date         date,
    department            text,
    record_class          text,
    corrected             boolean,
    obligations_performed boolean,
    contact_name          bytea,                 -- encrypted
    contact_phone         bytea,                 -- encrypted
    contact_email         bytea,                 -- encrypted
    commitment_at         timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    submitted_at          timestamptz,
    acceptance_due        date,
    decision_due          date,
    decided_at            timestamptz,
    reason                text CHECK (char_length(reason) <= 2000)
);
CREATE INDEX repair_queue ON repair_applications (department, status, acceptance_due);

CREATE TABLE repair_files (
    id             bigserial PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES repair_applications(id) ON DELETE CASCADE,
    file_name      text NOT NULL CHECK (char_length(file_name) <= 100),
    content_type   text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size           integer NOT NULL CHECK (size > 0 AND size <= 10485760),
    sha256         bytea NOT NULL,
    data           bytea NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX repair_files_by_application ON repair_files (application_id);
