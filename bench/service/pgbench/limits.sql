-- The rate-limit statement of one comment (RateLimiter.allow): two new per-client buckets and one of the 16 rows of
-- the per-draft bucket. pgbench takes every :name as a variable, even inside string literals, so the colons of the
-- bucket names are written \x3a.
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
