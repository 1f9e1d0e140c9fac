-- Rate counters: a busy bucket (every comment on one draft) is spread over several rows, so that concurrent
-- requests do not queue on one row lock; its count is the sum of its rows.
ALTER TABLE rate_counters ADD COLUMN shard smallint NOT NULL DEFAULT 0;
ALTER TABLE rate_counters DROP CONSTRAINT rate_counters_pkey;
ALTER TABLE rate_counters ADD PRIMARY KEY (bucket, window_start, shard);

-- Counters are not worth a WAL record or a disk flush: a transaction that writes only unlogged tables commits
-- without waiting for the disk. After a crash PostgreSQL empties the table, so limits start afresh (briefly more
-- lenient), which is the only cost.
ALTER TABLE rate_counters SET UNLOGGED;
