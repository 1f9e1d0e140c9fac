-- One row that /healthz writes (at most once a second) to prove the database takes writes.
CREATE TABLE health_check (
    only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    checked_at timestamptz NOT NULL
);
