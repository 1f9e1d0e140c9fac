-- 行政回访: after a decision an officer creates a visit; the party answers a short questionnaire with its code.
-- A supervisor (督查) is a reviewer of a department with role 'supervisor': the complaint-flagged answers and the
-- 廉洁自律 reports go to the supervisors' queue, never to the department's ordinary queue or the officers named.
-- The 廉洁自律 answer is stored apart from the visit (department, officers named and month only), so it is anonymous.

ALTER TABLE reviewers DROP CONSTRAINT reviewers_role_check;
ALTER TABLE reviewers ADD CONSTRAINT reviewers_role_check CHECK (role IN ('reviewer', 'supervisor', 'admin'));

CREATE TABLE visits (
    id            bigserial PRIMARY KEY,
    reference     text NOT NULL UNIQUE CHECK (reference ~ '^HF[0-9]{8}-[2-9A-Z]{6}$'),
    code_hash     bytea NOT NULL UNIQUE,       -- HMAC of the party's code; the code is shown to the officer once
    department    text NOT NULL,
    created_by    bigint NOT NULL REFERENCES reviewers(id),
    case_label    text NOT NULL CHECK (char_length(case_label) BETWEEN 1 AND 60),
    outcome       text NOT NULL CHECK (outcome IN ('punished', 'not_punished', 'commitment')),
    officers      text NOT NULL CHECK (char_length(officers) BETWEEN 1 AND 60),
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_on    date NOT NULL,
    answered_at   timestamptz
);
CREATE INDEX visits_by_department ON visits (department, created_at);

-- One answer per visit. Free text is encrypted. A complaint has its own due date and is handled by a supervisor.
CREATE TABLE visit_answers (
    visit_id        bigint PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,
    answered_at     timestamptz NOT NULL,
    corrected       text NOT NULL CHECK (corrected IN ('yes', 'partly', 'no', 'not_applicable')),
    helped          text NOT NULL CHECK (char_length(helped) <= 200),   -- the chosen options, comma-separated
    showed_id       text NOT NULL CHECK (showed_id IN ('yes', 'no', 'unsure')),
    explained_law   text NOT NULL CHECK (explained_law IN ('yes', 'no', 'unsure')),
    satisfaction    smallint NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    comments        bytea,                                              -- encrypted
    complaint       boolean NOT NULL,
    complaint_due   date,
    handled_at      timestamptz,
    handled_by      bigint REFERENCES reviewers(id),
    handling        text CHECK (char_length(handling) <= 2000),
    CHECK (complaint = (complaint_due IS NOT NULL))
);

-- The 廉洁自律 question, apart from the visit: which department, which officers were named, which month; no link to
-- the case or the party.
CREATE TABLE integrity_reports (
    id            bigserial PRIMARY KEY,
    department    text NOT NULL,
    officers      text NOT NULL,
    created_by    bigint NOT NULL REFERENCES reviewers(id),   -- the officer who created the visit: never shown it
    month         date NOT NULL,
    improper      boolean NOT NULL,
    details       bytea,                                     -- encrypted
    reviewed_at   timestamptz,
    reviewed_by   bigint REFERENCES reviewers(id),
    note          text CHECK (char_length(note) <= 2000)
);
CREATE INDEX integrity_open ON integrity_reports (department, improper, reviewed_at);
