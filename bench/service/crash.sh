#!/usr/bin/env bash
# Crash test: CrashClient.java submits comments continuously while the service JVM and its PostgreSQL processes are
# killed with -9 at a random moment 0.5–4 s after the service is up; the service is restarted at once with the same
# --data, without any cleanup by this script. After the last cycle every acknowledged tracking number (every 303 the
# client received) is looked up in the comments table.
#
#   bench/service/crash.sh [CYCLES]        (default 50; WORK=/tmp/svcbench-crash, PORT=18181, THREADS=8)
#
# Kill modes rotate through MODES (default "all all jvm all postmaster"):
#   all         kill -9 of the JVM, the postmaster and every postgres child, in one kill call
#   jvm         kill -9 of the JVM only: the postmaster lives on as an orphan (what an OOM kill of the JVM leaves)
#   postmaster  kill -9 of the JVM and the postmaster: backends and helpers are orphaned until they notice
# A restart "succeeded by itself" when the service printed its serving line within RESTART_WAIT seconds. A restart
# that failed is logged (log tail kept in WORK/restart-failures.log), counted as a second start, and retried once
# after 5 s, so the test goes on. The run passes only with 0 second starts and 0 lost.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

CYCLES=${1:-50}
WORK=${WORK:-/tmp/svcbench-crash}
PORT=${PORT:-18181}
THREADS=${THREADS:-8}
MODES=(${MODES:-all all jvm all postmaster})
RESTART_WAIT=${RESTART_WAIT:-90}
LOGF=$WORK/service.log
CLIENT_PID=

cleanup() {
    touch "$WORK/stop" 2>/dev/null
    [[ -n $CLIENT_PID ]] && kill "$CLIENT_PID" 2>/dev/null
    stop_service "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free "$PORT" || die "port $PORT is in use"
rm -rf "$WORK" && mkdir -p "$WORK"
prepare_src "$WORK/src"
: >"$LOGF"
: >"$WORK/restart-failures.log"

START_ARGS=(--draft-comment-limit 1000000)

log "first start (site build + new database) in $WORK"
start_once || die "the service did not start: $(tail -20 "$LOGF")"
rm -f "$WORK/stop"
java "$HERE/CrashClient.java" "http://127.0.0.1:$PORT" "$DRAFT" "$WORK/acked.tsv" "$WORK/stop" \
    "$((CYCLES * 120 + 300))" "$THREADS" >"$WORK/client.out" 2>"$WORK/client.err" &
CLIENT_PID=$!
# the first kill waits until the client holds its form token and is submitting
for ((i = 0; i < 300; i++)); do grep -q submitting "$WORK/client.err" 2>/dev/null && break; sleep 0.1; done

kill_cycles

# Stop the client while the service is up, so its last requests get their answers, then count.
touch "$WORK/stop"
wait "$CLIENT_PID"
CLIENT_PID=
log "client: $(cat "$WORK/client.out")"

# One psql session: the acknowledged numbers and bodies go into a temporary table and are joined with comments.
PGPASSWORD=$(pg_password "$WORK") PGCONNECT_TIMEOUT=5 psql -X -q -At -F ' ' -h 127.0.0.1 -p "$(pg_port "$WORK")" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 >"$WORK/count.txt" <<SQL || die "counting failed: $(cat "$WORK/count.txt")"
CREATE TEMP TABLE acked (no text PRIMARY KEY, body text NOT NULL);
\copy acked FROM '$WORK/acked.tsv'
SELECT (SELECT count(*) FROM acked),
       (SELECT count(*) FROM acked a JOIN comments c ON c.tracking_no = a.no AND c.body = a.body),
       (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.tracking_no = a.no)),
       (SELECT count(*) FROM comments WHERE draft_id = '$DRAFT');
SELECT 'lost ' || no FROM acked a WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.tracking_no = a.no) LIMIT 20;
SQL
read -r acked found lost rows < <(head -1 "$WORK/count.txt")
cycle_summary

cat <<EOF | tee "$WORK/result.txt"
crash test $(date +%F) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)
cycles:                 $CYCLES (kill modes: $modes)
restarts by themselves: $restarts_ok of $CYCLES succeeded, $restarts_failed needed a second start
second starts:          $restarts_failed
restart time (median):  ${med_start}s (database start beside a content read, or a full build when an input changed; log: $LOGF)
acknowledged (303):     $acked
found (number and body):$found
lost:                   $lost $( [[ $lost != 0 ]] && echo "(first ones in $WORK/count.txt)")
comment rows on draft:  $rows (acknowledged + in-doubt requests that committed before the kill)
client:                 $(cat "$WORK/client.out")
EOF
[[ $lost == 0 && $found == "$acked" && $restarts_failed == 0 ]]
