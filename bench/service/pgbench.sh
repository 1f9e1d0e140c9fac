#!/usr/bin/env bash
# PostgreSQL's share of one comment, measured with pgbench against the service's own embedded database and schema:
# the rate-limit statement, the durable insert, both, and an empty transaction; CLIENTS connections (16, the service's
# pool), SECONDS (15) each. Prints transactions/s and the CPU seconds of the postmaster and its children per 1,000.
#   bench/service/pgbench.sh        (WORK=/tmp/svcbench-pgbench PORT=18183 CLIENTS=16 SECONDS=15; needs pgbench)
set -uo pipefail
source "$(dirname "$0")/lib.sh"
WORK=${WORK:-/tmp/svcbench-pgbench}
PORT=${PORT:-18183}
CLIENTS=${CLIENTS:-16}
SECS=${SECONDS_EACH:-15}
command -v pgbench >/dev/null || die "pgbench is needed (apt-get install postgresql-client)"
trap 'stop_service "$WORK"' EXIT
port_free "$PORT" || die "port $PORT is in use"
rm -rf "$WORK" && mkdir -p "$WORK"
prepare_src "$WORK/src"
start_service "$WORK" "$PORT" "$WORK/service.log"
wait_up "$WORK/service.log" "$SVC_PID" 180 || die "service did not start (see $WORK/service.log)"
PM=$(pg_pid "$WORK")
# the postmaster, its live children, and (cutime, cstime) the children that exited: pgbench's backends end with it
pg_ticks() {
    local exited; exited=$(sed 's/.*) //' "/proc/$PM/stat" | cut -d' ' -f14,15)
    echo $(( $(proc_cpu_ticks "$PM" $(pgrep -P "$PM")) + ${exited% *} + ${exited#* } ))
}
hz=$(getconf CLK_TCK)
echo "pgbench $(date -Is), $CLIENTS clients, $SECS s each, load $(cut -d' ' -f1-3 /proc/loadavg), jar $(jar_label)"
run() {  # name, pgbench script arguments
    local name=$1 t0 t1 out tps
    shift
    t0=$(pg_ticks)
    out=$(cd "$HERE/pgbench" && PGPASSWORD=$(pg_password "$WORK") PGOPTIONS='-c synchronous_commit=on' pgbench -n -h 127.0.0.1 -p "$(pg_port "$WORK")" \
        -U postgres -c "$CLIENTS" -j 2 -T "$SECS" -M prepared "$@" postgres 2>&1)
    t1=$(pg_ticks)
    tps=$(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)
    awk -v n="$name" -v tps="$tps" -v ticks=$((t1 - t0)) -v hz="$hz" -v s="$SECS" \
        'BEGIN { printf "%-44s %8.0f tx/s   postgres CPU %.2f s per 1,000\n", n, tps, (ticks / hz) / (tps * s / 1000) }'
}
# one comment: both statements in one script, one after the other (two transactions, as the service runs them)
cat "$HERE/pgbench/limits.sql" "$HERE/pgbench/insert.sql" >"$WORK/comment.sql"
run "one comment: rate-limit statement + durable insert" -f "$WORK/comment.sql"
run "rate-limit statement only" -f limits.sql
run "durable insert only" -f insert.sql
run "empty durable transaction (SELECT 1)" -f commit.sql
