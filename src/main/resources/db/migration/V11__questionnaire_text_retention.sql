-- Retention of questionnaires' free-text answers (questionnaires/TextRetention, run by app/Housekeeping): 30 days
-- after a questionnaire closes its texts leave questionnaire_texts. A rejected or never-decided text (and a rejection
-- reason, and the answers to personal-data questions) is deleted; an approved one stays, as the published text it is,
-- in this table: no id, no answer, no times, no reviewer, so nothing links it to a submission or to the other answers
-- of the same person. The row of a deleted text stays too, without its body, so that the published counts (how many
-- answered a question, how many texts are not published) do not change.
CREATE TABLE questionnaire_texts_retained (
    questionnaire  text NOT NULL,
    question       text NOT NULL CHECK (char_length(question) BETWEEN 1 AND 30),
    body           bytea  -- encrypted as in questionnaire_texts; null: not published, deleted
);
CREATE INDEX questionnaire_texts_retained_by_questionnaire ON questionnaire_texts_retained (questionnaire);
