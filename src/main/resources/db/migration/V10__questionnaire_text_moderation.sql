-- Moderation of free-text questionnaire answers (填空): a reviewer of the questionnaire's department approves a text
-- (approved_at, approved_by: published with the closed questionnaire's results) or rejects it with a reason (kept
-- encrypted: it may quote the text). A text is decided once: approved or rejected, never both. The id names one text
-- in the reviewers' forms and the audit log.
ALTER TABLE questionnaire_texts
    ADD COLUMN id             bigserial UNIQUE,
    ADD COLUMN rejected_at    timestamptz,
    ADD COLUMN rejected_by    bigint REFERENCES reviewers(id),
    ADD COLUMN reject_reason  bytea,
    ADD CONSTRAINT questionnaire_texts_one_decision CHECK (approved_at IS NULL OR rejected_at IS NULL),
    ADD CONSTRAINT questionnaire_texts_rejection_whole
        CHECK ((rejected_at IS NULL) = (rejected_by IS NULL) AND (rejected_at IS NULL) = (reject_reason IS NULL));

-- The moderation queue: the texts still undecided.
CREATE INDEX questionnaire_texts_undecided ON questionnaire_texts (answer_id)
    WHERE approved_at IS NULL AND rejected_at IS NULL;
