# Shared helpers for the service benchmarks. Sourced by crash.sh, load.sh and fuzz.sh; not run by itself.
#
# Settings (environment):
#   JAR      the service jar (default /tmp/build-svcbench/portal.jar;
#            build it with: mvn -q -Dbuild.dir=/tmp/build-svcbench package -DskipTests)
#   CONTENT  "head" (default): serve the content/ and site-templates/ of the last commit, exported with git archive
#            (the working tree may hold another engineer's half-finished files, which stop the build);
#            "worktree": serve the working tree's folders as they are.
#   SVC_JAVA_OPTS  JVM options of the service (default -Xmx512m)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
JAR=${JAR:-/tmp/build-svcbench/portal.jar}
CONTENT=${CONTENT:-head}
SVC_JAVA_OPTS=${SVC_JAVA_OPTS:--Xmx512m}
DRAFT=${DRAFT:-jtys-rouxing-zhifa-yijian-zqyj}
SVC_PID=

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# prepare_src DIR: the content and templates the service builds its site from, in DIR/content and DIR/site-templates.
prepare_src() {
    local dir=$1
    [[ -f $JAR ]] || die "no jar at $JAR (mvn -q -Dbuild.dir=$(dirname "$JAR") package -DskipTests)"
    rm -rf "$dir" && mkdir -p "$dir"
    if [[ $CONTENT == head ]]; then
        git -C "$REPO" archive HEAD content site-templates | tar -x -C "$dir"
    else
        cp -r "$REPO/content" "$REPO/site-templates" "$dir/"
    fi
}

# port_free PORT: true when nothing listens on 127.0.0.1:PORT.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_service WORK PORT LOG [extra serve args…]: starts the service in the background (SVC_PID), data in
# WORK/data, site in WORK/out; returns at once. Runs from the repository root (as the README does).
start_service() {
    local work=$1 port=$2 logf=$3
    shift 3
    (cd "$REPO" && exec java $SVC_JAVA_OPTS -jar "$JAR" serve --content "$work/src/content" \
        --templates "$work/src/site-templates" --out "$work/out" --data "$work/data" --port "$port" \
        --trusted-proxies 127.0.0.1 "$@") >>"$logf" 2>&1 &
    SVC_PID=$!
}

# wait_up LOG PID SECONDS [FROM_LINE]: waits for the "serving" line (after line FROM_LINE of LOG); false if the
# process died or the time ran out.
wait_up() {
    local logf=$1 pid=$2 secs=$3 from=${4:-0} i
    for ((i = 0; i < secs * 10; i++)); do
        tail -n +"$((from + 1))" "$logf" | grep -q '^serving ' && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# pg_pid WORK / pg_port WORK: the embedded server's postmaster pid and port, from its postmaster.pid.
pg_pid() { sed -n 1p "$1/data/postgres/postmaster.pid" 2>/dev/null; }
pg_port() { sed -n 4p "$1/data/postgres/postmaster.pid" 2>/dev/null; }

# pg_alive PID WORK: PID is a live postgres of this benchmark's data folder (never trust a recycled pid).
pg_alive() {
    [[ -n $1 && -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q -- "-D $2/data/postgres"
}

# pg_password WORK: the embedded database's superuser password (written 0600 into the data folder at its first start).
pg_password() { cat "$1/data/postgres-superuser.password" 2>/dev/null; }

# psql_q WORK SQL: runs SQL on the embedded database (unaligned, tuples only).
psql_q() { PGPASSWORD=$(pg_password "$1") PGCONNECT_TIMEOUT=5 psql -X -q -At -h 127.0.0.1 -p "$(pg_port "$1")" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$2"; }

# stop_service WORK: graceful stop (SIGTERM: in-flight requests finish, then the database stops); after 30 s, or
# when the service is already gone and left its postmaster behind, kill -9 by pid.
stop_service() {
    local work=$1 i pm
    if [[ -n $SVC_PID ]] && kill -0 "$SVC_PID" 2>/dev/null; then
        kill -TERM "$SVC_PID" 2>/dev/null
        for ((i = 0; i < 300; i++)); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$SVC_PID" 2>/dev/null && kill -9 "$SVC_PID" 2>/dev/null
        wait "$SVC_PID" 2>/dev/null
    fi
    SVC_PID=
    pm=$(pg_pid "$work")
    if pg_alive "$pm" "$work"; then
        kill -TERM "$pm" 2>/dev/null
        for ((i = 0; i < 100; i++)); do pg_alive "$pm" "$work" || break; sleep 0.1; done
        pg_alive "$pm" "$work" && kill -9 "$pm" 2>/dev/null
    fi
    return 0
}

# proc_cpu_ticks PID…: user+system clock ticks used so far by the given processes (gone ones count 0).
proc_cpu_ticks() {
    local t=0 p f
    for p in "$@"; do
        # fields after "pid (comm) ": utime and stime are the 12th and 13th (comm may hold spaces)
        f=$(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | cut -d' ' -f12,13) || continue
        [[ -n $f ]] && t=$((t + ${f% *} + ${f#* }))
    done
    echo "$t"
}

# machine_ticks: clock ticks the whole machine spent busy so far (user nice system irq softirq steal of /proc/stat).
machine_ticks() { awk 'NR == 1 { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# jar_label: the jar and what it was built from (the COMMIT file build-jar.sh writes beside it), else its checksum.
jar_label() {
    local commit; commit=$(dirname "$JAR")/COMMIT
    if [[ -f $commit ]]; then echo "$JAR ($(cat "$commit"))"; else echo "$JAR (sha256 $(sha256sum "$JAR" | cut -c1-12))"; fi
}

# ---- The crash cycles of bench/service/crash.sh and bench/credit/crash.sh ----
# They set WORK, PORT, LOGF, CYCLES, MODES (array), RESTART_WAIT and START_ARGS (array: extra serve arguments), and
# have their client write one line per acknowledged request to WORK/acked.tsv.
restarts_ok=0 restarts_failed=0 start_secs=() cycle=0
declare -A mode_count

# kill_all MODE: kill -9 the JVM and (by mode) its postgres processes, found by pid (postmaster.pid, its children);
# sets KILLED to the number of processes killed.
KILLED=0
kill_all() {
    local mode=$1 pm kids=() victims=()
    pm=$(pg_pid "$WORK")
    pg_alive "$pm" "$WORK" || pm=
    [[ -n $pm ]] && mapfile -t kids < <(pgrep -P "$pm")
    victims=("$SVC_PID")
    case $mode in
        all) victims+=($pm "${kids[@]}") ;;
        postmaster) victims+=($pm) ;;
        jvm) ;;
    esac
    kill -9 "${victims[@]}" 2>/dev/null
    wait "$SVC_PID" 2>/dev/null
    KILLED=${#victims[@]}
}

# start_once: starts the service (with START_ARGS) and waits for it; records the seconds it took in start_secs;
# false when it did not come up (its log tail goes to WORK/restart-failures.log).
start_once() {
    local from t0 t1
    from=$(wc -l <"$LOGF")
    t0=$(date +%s.%N)
    start_service "$WORK" "$PORT" "$LOGF" ${START_ARGS[@]+"${START_ARGS[@]}"}
    if wait_up "$LOGF" "$SVC_PID" "$RESTART_WAIT" "$from"; then
        t1=$(date +%s.%N)
        start_secs+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')")
        return 0
    fi
    {
        echo "=== restart failed at $(date +%T) (cycle $cycle); log since start:"
        tail -n +"$((from + 1))" "$LOGF" | tail -40
        echo "--- processes of the data folder:"
        ps -eo pid,ppid,stat,etime,args | grep -F -- "$WORK/data/postgres" | grep -v grep
    } >>"$WORK/restart-failures.log"
    kill -9 "$SVC_PID" 2>/dev/null
    wait "$SVC_PID" 2>/dev/null
    return 1
}

# kill_cycles: CYCLES times, kill -9 (modes rotate through MODES) 0.5–4 s after the service is up and restart it;
# a restart that fails is retried once after 5 s (the test goes on), a second failure ends the script.
kill_cycles() {
    for ((cycle = 1; cycle <= CYCLES; cycle++)); do
        mode=${MODES[$(((cycle - 1) % ${#MODES[@]}))]}
        mode_count[$mode]=$((${mode_count[$mode]:-0} + 1))
        delay=$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.5 + 3.5 * r / 32767 }')
        sleep "$delay"
        before=$(wc -l <"$WORK/acked.tsv" 2>/dev/null || echo 0)
        kill_all "$mode"
        left=$(ps -eo pid,args | grep -F -- "-D $WORK/data/postgres" | grep -vc grep)
        log "cycle $cycle/$CYCLES: kill -9 ($mode, $KILLED processes) ${delay}s after up; acked so far $before; postmasters left: $left"
        if start_once; then
            restarts_ok=$((restarts_ok + 1))
        else
            restarts_failed=$((restarts_failed + 1))
            log "cycle $cycle: restart FAILED by itself (see $WORK/restart-failures.log); retrying once in 5 s"
            sleep 5
            start_once || die "second start failed too: $(tail -20 "$LOGF")"
        fi
    done
}

# cycle_summary: sets modes ("all=12 jvm=4 …") and med_start (median restart seconds, the first start left out).
cycle_summary() {
    local m
    modes=""; for m in "${!mode_count[@]}"; do modes+="$m=${mode_count[$m]} "; done
    med_start=$(printf '%s\n' "${start_secs[@]:1}" | sort -n | awk '{a[NR]=$1} END { print a[int((NR+1)/2)] }')
}
