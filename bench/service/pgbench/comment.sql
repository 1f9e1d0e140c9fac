-- One comment: the rate-limit statement, then the durable insert (two transactions, as the service runs them).
WITH v AS (SELECT (random() * 1e9)::bigint::text AS cid, (random() * 15)::int AS sh),
counted AS (
    INSERT INTO rate_counters AS r (bucket, window_start, shard, count)
    SELECT b, s, h, 1 FROM v, unnest(ARRAY[E'comment\x3aclient\x3a' || v.cid, E'comment\x3aclient-day\x3a' || v.cid, E'comment\x3adraft\x3apgbench'],
                                     ARRAY[0, 0, 0]::bigint[], ARRAY[0, 0, v.sh]::smallint[]) AS t(b, s, h)
    ON CONFLICT (bucket, window_start, shard) DO UPDATE SET count = r.count + 1
    RETURNING bucket, window_start, shard, count)
SELECT c.bucket, c.count + coalesce((SELECT sum(o.count) FROM rate_counters o
        WHERE o.bucket = c.bucket AND o.window_start = c.window_start AND o.shard <> c.shard), 0) AS total
FROM counted c;
\set n random(1, 2000000000)
INSERT INTO comments (tracking_no, draft_id, department, body, body_hash, author_name, author_contact)
VALUES ('PB' || :n || '-' || md5(random()::text), 'pgbench', 'jtys', '意见内容：建议明确首违不罚的适用条件。' || :n,
        decode(md5(random()::text || :n), 'hex'), NULL, NULL)
ON CONFLICT (draft_id, body_hash) DO NOTHING;
