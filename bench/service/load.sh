#!/usr/bin/env bash
# Load benchmark of comment POSTs on loopback against one service (-Xmx512m, embedded PostgreSQL with durable
# commits), RUNS times each (default 3):
#   throughput  Load.java closed loop, CONNS connections (default 64), WARMUP s (20) of warm-up, then 60 s measured: rate per
#               second (mean, and min/median over the 60 one-second buckets), errors = anything but 303
#   wrk         the same with Debian's wrk and comments.lua (if wrk is installed; WRK=0 skips it)
#   latency     Load.java open loop at a constant RATE (default 200/s), WARMUP s of warm-up, 60 s measured: p50/p95/p99
#               from the moment each request was due
# Around every run: rows in comments and WAL fsyncs (pg_stat_io) are read with psql, so that every 303 is matched by a
# row and the fsyncs show the commits waited for the disk. CPU seconds of client, service JVM and postgres in each
# measured window come from /proc (Load.java); for wrk from /proc by this script.
#
#   bench/service/load.sh                 (WORK=/tmp/svcbench-load PORT=18182 RUNS=3 CONNS=64 RATE=200 WARMUP=20
#                                          PHASES="closed wrk open")
#   PROFILE=1 bench/service/load.sh       also records JFR on the service and prints where its CPU time goes
#   TARGET=bare RUNS=1 PHASES=closed bench/service/load.sh
#                                         the peer: bare Javalin + one INSERT per comment (BarePeer.java), same
#                                         database, same client — the machine's limit to set the portal's rate against
#   TARGET=questionnaire RUNS=1 PHASES=closed bench/service/load.sh
#                                         the same for answers to the sample questionnaire (QUESTIONNAIRE, default
#                                         jtys-rouxing-zhifa-manyidu-2026, must be open today): each answer GETs the
#                                         page for a fresh token, then POSTs; rows counted in questionnaire_answers; no
#                                         wrk phase (its script cannot fetch a token per request)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

WORK=${WORK:-/tmp/svcbench-load}
PORT=${PORT:-18182}
RUNS=${RUNS:-3}
CONNS=${CONNS:-64}
RATE=${RATE:-200}
SECONDS_MEASURED=${SECONDS_MEASURED:-60}
WARMUP=${WARMUP:-20}
PHASES=${PHASES:-closed wrk open}
WRK=${WRK:-1}
PROFILE=${PROFILE:-0}
TARGET=${TARGET:-comments}
if [[ $TARGET == questionnaire ]]; then
    DRAFT=${QUESTIONNAIRE:-jtys-rouxing-zhifa-manyidu-2026} ROWS=questionnaire_answers WRK=0
    export TARGET
elif [[ $TARGET == comments || $TARGET == bare ]]; then
    ROWS=comments
else
    die "TARGET must be comments, questionnaire or bare, got $TARGET"
fi
LOGF=$WORK/service.log
OUT=$WORK/results.txt

trap 'touch "$WORK/stop-sampler" 2>/dev/null; stop_service "$WORK"' EXIT
trap 'exit 130' INT TERM

port_free "$PORT" || die "port $PORT is in use"
rm -rf "$WORK" && mkdir -p "$WORK"
prepare_src "$WORK/src"
: >"$LOGF"
SVC_JAVA_OPTS="$SVC_JAVA_OPTS -Xlog:gc:file=$WORK/gc.log"
if [[ $PROFILE == 1 ]]; then
    # deep stacks: Jetty + Javalin put the handler ~60 frames down, beyond JFR's default depth of 64
    SVC_JAVA_OPTS="$SVC_JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$WORK/service.jfr,settings=profile,dumponexit=true"
fi
# The flood limits of one draft and one questionnaire lifted (every request of the bench goes to the same one); the
# per-client limits stay: each request comes from its own address (X-Forwarded-For, 127.0.0.1 is a trusted proxy).
if [[ $TARGET == bare ]]; then
    # The machine's limit beside the portal: bare Javalin + one INSERT into the same table of the same database.
    (cd "$REPO" && exec java $SVC_JAVA_OPTS -cp "$JAR" "$HERE/BarePeer.java" "$WORK/data" "$PORT") >>"$LOGF" 2>&1 &
    SVC_PID=$!
else
    start_service "$WORK" "$PORT" "$LOGF" --draft-comment-limit 100000000 --questionnaire-answer-limit 100000000
fi
wait_up "$LOGF" "$SVC_PID" 120 || die "service did not start: $(tail -20 "$LOGF")"
PM=$(pg_pid "$WORK")
log "service pid $SVC_PID, postmaster $PM (port $(pg_port "$WORK")), jar $(jar_label)"
psql_q "$WORK" "SHOW synchronous_commit; SHOW fsync" | tr '\n' ' ' | sed 's/^/server settings synchronous_commit, fsync: /' | tee -a "$OUT"
echo | tee -a "$OUT"

# A sampler of PostgreSQL's checkpointer, once a second while the benchmark runs (bounded: at most 2 hours), so that
# a stall in the per-second rates can be matched with a checkpoint's end (its sync phase).
pg_sampler() {
    local i
    for ((i = 0; i < 7200; i++)); do
        [[ -f $WORK/stop-sampler ]] && break
        printf '%s %s\n' "$(date +%s)" "$(psql_q "$WORK" "SELECT num_done, round(sync_time), round(write_time), buffers_written FROM pg_stat_checkpointer" 2>/dev/null | tr '|' ' ')"
        sleep 1
    done >"$WORK/pg-seconds.txt"
}

# checkpoint_seconds START_EPOCH_MS SECONDS: the seconds of the measured window in which a checkpoint finished.
checkpoint_seconds() {
    awk -v t0="$(($1 / 1000))" -v n="$2" 'prev != "" && $2 != p2 && $1 - t0 >= 0 && $1 - t0 <= n {
        printf "%s%d (sync %d ms, write %d ms)", sep, $1 - t0, $3 - p3, $4 - p4; sep = ", " }
        { prev = $0; p2 = $2; p3 = $3; p4 = $4 }' "$WORK/pg-seconds.txt"
}

db_state() { psql_q "$WORK" "SELECT (SELECT count(*) FROM $ROWS), (SELECT coalesce(sum(fsyncs),0) FROM pg_stat_io WHERE object = 'wal'), (SELECT num_timed + num_requested FROM pg_stat_checkpointer)" | tr '|' ' '; }

# check_rows BEFORE AFTER ACKED: every 303 is a new row (wrk stops without reading its last answers, so there up to
# CONNS more rows than 303s are expected: requests in flight when it stopped); prints the commits per WAL fsync.
check_rows() {
    local r0 f0 c0 r1 f1 c1
    read -r r0 f0 c0 <<<"$1"
    read -r r1 f1 c1 <<<"$2"
    echo "db: new $ROWS rows $((r1 - r0)) for $3 responses 303 $([[ $((r1 - r0)) == "$3" ]] && echo '(match)' || echo "(differ by $((r1 - r0 - $3)))"); WAL fsyncs $((f1 - f0)) ($(awk -v r=$((r1 - r0)) -v f=$((f1 - f0)) 'BEGIN { if (f > 0) printf "%.1f", r / f; else print "-" }') commits per fsync); checkpoints $((c1 - c0))"
}

run_java() { # closed|open ARG WORKERS
    local mode=$1 arg=$2 workers=$3 before after res acked
    before=$(db_state)
    if [[ $mode == closed ]]; then
        res=$(java -Xmx256m "$HERE/Load.java" closed "$PORT" "$DRAFT" "$arg" "$WARMUP" "$SECONDS_MEASURED" "$SVC_PID" "$PM")
    else
        res=$(java -Xmx256m "$HERE/Load.java" open "$PORT" "$DRAFT" "$arg" "$WARMUP" "$SECONDS_MEASURED" "$workers" "$SVC_PID" "$PM")
    fi
    after=$(db_state)
    acked=$(grep -o 'statuses_all_requests={[^}]*}' <<<"$res" | grep -o '303=[0-9]*' | cut -d= -f2)
    printf '%s\n%s\n' "$res" "$(check_rows "$before" "$after" "${acked:-0}")"
    local t0
    t0=$(grep -o 'measure_start_epoch_ms=[0-9]*' <<<"$res" | cut -d= -f2)
    [[ -n $t0 ]] && echo "checkpoints that finished in the measured window, at second: $(checkpoint_seconds "$t0" "$SECONDS_MEASURED")"
}

run_wrk() {
    local token before after c0 c1 s0 s1 g0 g1 res acked kids
    token=$(curl -s "http://127.0.0.1:$PORT/drafts/$DRAFT/" | grep -o 'name="token" value="[^"]*"' | cut -d'"' -f4)
    sleep 2.2
    export TOKEN=$token DRAFT RUN=$(printf '%x' $(( $(date +%s%N) / 1000000 % 16777215 )))
    wrk -t2 -c"$CONNS" -d"${WARMUP}s" -s "$HERE/comments.lua" "http://127.0.0.1:$PORT/" >/dev/null 2>&1
    sleep 2 # wrk stops without waiting for its last answers: let the service finish them before counting rows
    RUN=$RUN-m
    before=$(db_state)
    mapfile -t kids < <(pgrep -P "$PM")
    s0=$(proc_cpu_ticks "$SVC_PID"); g0=$(proc_cpu_ticks "$PM" "${kids[@]}"); m0=$(machine_ticks); t0=$(date +%s.%N)
    # wrk's CPU time: the children's times of a shell that ran it (fields cutime, cstime of /proc/PID/stat)
    res=$(sh -c 'wrk "$@" 2>&1; echo "CHILDCPU $(sed "s/.*) //" /proc/$$/stat | cut -d" " -f14,15)"' sh \
        -t2 -c"$CONNS" -d"${SECONDS_MEASURED}s" --latency -s "$HERE/comments.lua" "http://127.0.0.1:$PORT/")
    s1=$(proc_cpu_ticks "$SVC_PID"); g1=$(proc_cpu_ticks "$PM" "${kids[@]}"); m1=$(machine_ticks); t1=$(date +%s.%N)
    sleep 2
    c1=$(grep -o 'CHILDCPU .*' <<<"$res" | cut -d' ' -f2,3)
    after=$(db_state)
    acked=$(grep -o 'wrk statuses {[^}]*}' <<<"$res" | grep -o '303=[0-9]*' | cut -d= -f2)
    printf '%s\n' "$res" | grep -E 'Requests/sec|wrk statuses|wrk latency|Non-2xx|Socket errors'
    awk -v c=$((${c1% *} + ${c1#* })) -v s=$((s1 - s0)) -v g=$((g1 - g0)) -v m=$((m1 - m0)) -v w="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" -v p="$(nproc)" \
        'BEGIN { printf "cpu_s client=%.1f service_jvm=%.1f postgres=%.1f other_processes=%.1f machine_busy=%.1f of %.1f; client/(service+postgres)=%.2f\n", c/100, s/100, g/100, (m-c-s-g)/100, m/100, w*p, c/(s+g) }'
    check_rows "$before" "$after" "${acked:-0}"
}

pg_sampler &
for ((r = 1; r <= RUNS; r++)); do
    {
        echo "=== run $r ($TARGET) $(date +%T) load average $(cut -d' ' -f1-3 /proc/loadavg)"
        if [[ " $PHASES " == *" closed "* ]]; then
            echo "--- throughput: Load.java closed loop, $CONNS connections"
            run_java closed "$CONNS" "$CONNS"
        fi
        if [[ " $PHASES " == *" wrk "* && $WRK == 1 ]] && command -v wrk >/dev/null; then
            echo "--- throughput: wrk -t2 -c$CONNS"
            run_wrk
        fi
        if [[ " $PHASES " == *" open "* ]]; then
            echo "--- latency: Load.java open loop at $RATE/s"
            run_java open "$RATE" 32
        fi
    } 2>&1 | tee -a "$OUT"
done

grep -o 'Pause[^)]*) [0-9.]*ms' "$WORK/gc.log" | awk '{ t = $NF; sub("ms", "", t); n++; s += t; if (t > m) m = t }
    END { printf "service GC over the whole benchmark: %d pauses, %.0f ms in all, longest %.1f ms\n", n, s, m }' | tee -a "$OUT"
if [[ $PROFILE == 1 ]]; then
    stop_service "$WORK"
    python3 "$HERE/jfr-summary.py" "$WORK/service.jfr" | tee -a "$OUT"
fi
log "results in $OUT"
