-- The durable insert of one comment, synchronous_commit on: a batch of one (CommentStore.insertAll writes up to 256
-- comments in one such statement and one commit).
\set n random(1, 2000000000)
INSERT INTO comments (tracking_no, draft_id, department, body, body_hash, author_name, author_contact)
VALUES ('PB' || :n || '-' || md5(random()::text), 'pgbench', 'jtys', '意见内容：建议明确首违不罚的适用条件。' || :n,
        decode(md5(random()::text || :n), 'hex'), NULL, NULL)
ON CONFLICT (draft_id, body_hash) DO NOTHING;
