-- The rate-limit statement of one comment (RateLimiter.allow): two new per-client buckets and one of the 16 rows of
-- the per-draft bucket, one VALUES row each in key order. pgbench takes every :name as a variable, even inside string
-- literals, so the colons of the bucket names are written \x3a.
\set cid random(1, 1000000000)
\set sh random(0, 15)
WITH counted AS (
    INSERT INTO rate_counters AS r (bucket, window_start, shard, count)
    VALUES (E'comment\x3aclient-day\x3a' || :cid, 0, 0, 1), (E'comment\x3aclient\x3a' || :cid, 0, 0, 1),
           (E'comment\x3adraft\x3apgbench', 0, :sh, 1)
    ON CONFLICT (bucket, window_start, shard) DO UPDATE SET count = r.count + 1
    RETURNING bucket, window_start, shard, count)
SELECT c.bucket, c.count + coalesce((SELECT sum(o.count) FROM rate_counters o
        WHERE o.bucket = c.bucket AND o.window_start = c.window_start AND o.shard <> c.shard), 0) AS total
FROM counted c;
