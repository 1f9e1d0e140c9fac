-- Public questionnaires (征集问卷): a department publishes one as content; anyone answers it without an account.
-- One row per answer; the form token it came with is kept as a hash, unique, so a token is spent once (a replayed
-- form is refused). No client address and nothing personal is stored with an answer.
CREATE TABLE questionnaire_answers (
    id             bigserial PRIMARY KEY,
    reference      text NOT NULL UNIQUE CHECK (reference ~ '^WJ[0-9]{8}-[2-9A-Z]{6}$'),
    questionnaire  text NOT NULL,
    department     text NOT NULL,
    token_hash     bytea NOT NULL UNIQUE,
    received_at    timestamptz NOT NULL
);
CREATE INDEX questionnaire_answers_by_questionnaire ON questionnaire_answers (questionnaire);

-- The options chosen: single and multiple choice (option number from 1) and scales (1 to 5).
CREATE TABLE questionnaire_choices (
    answer_id  bigint NOT NULL REFERENCES questionnaire_answers(id) ON DELETE CASCADE,
    question   text NOT NULL CHECK (char_length(question) BETWEEN 1 AND 30),
    choice     smallint NOT NULL CHECK (choice BETWEEN 1 AND 20),
    PRIMARY KEY (answer_id, question, choice)
);

-- Free-text answers, encrypted; published only once a reviewer of the department approves them (approved_at).
CREATE TABLE questionnaire_texts (
    answer_id    bigint NOT NULL REFERENCES questionnaire_answers(id) ON DELETE CASCADE,
    question     text NOT NULL CHECK (char_length(question) BETWEEN 1 AND 30),
    body         bytea NOT NULL,
    approved_at  timestamptz,
    approved_by  bigint REFERENCES reviewers(id),
    PRIMARY KEY (answer_id, question)
);
