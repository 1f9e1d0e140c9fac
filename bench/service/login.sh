#!/usr/bin/env bash
# Login flood: 500 concurrent sign-ins, each from another address and for another name, at /review/login
# (LoginFlood.java: a password spray from many machines), against a service
# started from JAR with the JVM's default heap (as the README starts it). Measures the 5xx answers, the service
# JVM's peak resident memory (VmHWM), the latency of the flood, and whether the reviewer can still sign in after it
# (from the browser that signed in before, and from a new browser on the same address).
#
#   bench/service/login.sh [N]        (default 500; JAR as in lib.sh, WORK=/tmp/svcbench-login, PORT=18191,
#                                      LOGIN_JAVA_OPTS= JVM options of the service, default none)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

N=${1:-500}
WORK=${WORK:-/tmp/svcbench-login}
PORT=${PORT:-18191}
SVC_JAVA_OPTS=${LOGIN_JAVA_OPTS:-}
LOGF=$WORK/service.log
USER_NAME=floodtest
PASSWORD='bench password of the login flood'

trap 'stop_service "$WORK"' EXIT
trap 'exit 130' INT TERM
port_free "$PORT" || die "port $PORT is in use"
rm -rf "$WORK" && mkdir -p "$WORK"
prepare_src "$WORK/src"
: >"$LOGF"

# The account first, on the service's data folder while no service runs.
(cd "$REPO" && echo "$PASSWORD" | java -jar "$JAR" reviewer add "$USER_NAME" --department scjgj --data "$WORK/data") \
    >>"$LOGF" 2>&1 || die "reviewer add failed: $(tail -5 "$LOGF")"
start_service "$WORK" "$PORT" "$LOGF"
wait_up "$LOGF" "$SVC_PID" 180 || die "the service did not start: $(tail -20 "$LOGF")"
base_rss=$(awk '/VmRSS/ {print $2}' "/proc/$SVC_PID/status")

java "$HERE/LoginFlood.java" "http://127.0.0.1:$PORT" "$USER_NAME" "$PASSWORD" "$N" >"$WORK/flood.txt" 2>"$WORK/flood.err" \
    || die "the flood client failed: $(tail -5 "$WORK/flood.err")"
peak=$(awk '/VmHWM/ {print $2}' "/proc/$SVC_PID/status")
alive=$(kill -0 "$SVC_PID" 2>/dev/null && echo yes || echo no)

{
    echo "login flood $(date +%F) on $(nproc) cores; jar $(jar_label); service JVM options: '${SVC_JAVA_OPTS}'"
    echo "concurrent sign-ins   $N (wrong password, one connection each)"
    cat "$WORK/flood.txt"
    echo "rss_before_mib $((base_rss / 1024))"
    echo "peak_rss_mib $((peak / 1024))"
    echo "service_alive_after $alive"
} | tee "$WORK/result.txt"
