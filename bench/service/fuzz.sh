#!/usr/bin/env bash
# Malformed-request fuzzing of every service endpoint with Fuzz.java (see its header for the kinds of damage).
#
#   bench/service/fuzz.sh [N_PER_ENDPOINT] [ENDPOINT_FILTER]    (default 100000, all; WORK=/tmp/svcbench-fuzz,
#                                                                  PORT=18183, THREADS=8, SEED=1)
#
# Setup: a reviewer account of the draft's department (reviewer add, password on stdin), the service started with
# --trusted-proxies 127.0.0.1 (so every request can be its own client and no rate limit hides what a request would
# do), one real comment (its tracking number is what GET /comments/<no> and the decision route are fuzzed with), and a
# signed-in session (its cookie is sent with the reviewer routes). Then, before and after the fuzzing, the rows of
# every table are counted: comments and page_feedback must not change, no decision may appear, the session must still
# work. The service log is searched for errors. Results: WORK/results/summary.txt, WORK/result.txt.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

N=${1:-100000}
FILTER=${2:-}
WORK=${WORK:-/tmp/svcbench-fuzz}
PORT=${PORT:-18183}
THREADS=${THREADS:-8}
SEED=${SEED:-1}
LOGF=$WORK/service.log
USER_NAME=fuzzreviewer
PASSWORD="fuzz-$(date +%s%N)-pw"

trap 'stop_service "$WORK"' EXIT
trap 'exit 130' INT TERM

port_free "$PORT" || die "port $PORT is in use"
rm -rf "$WORK" && mkdir -p "$WORK/results"
prepare_src "$WORK/src"
: >"$LOGF"

dept=$(sed -n 's/^部门: *//p' "$WORK/src/content/departments/"*/drafts/"$DRAFT".md | head -1)
log "reviewer $USER_NAME of $dept"
(cd "$REPO" && printf '%s\n' "$PASSWORD" | java -jar "$JAR" reviewer add "$USER_NAME" --department "$dept" \
    --data "$WORK/data") >>"$LOGF" 2>&1 || die "reviewer add failed: $(tail -5 "$LOGF")"

start_service "$WORK" "$PORT" "$LOGF" --draft-comment-limit 100000000
wait_up "$LOGF" "$SVC_PID" 120 || die "service did not start: $(tail -20 "$LOGF")"
BASE=http://127.0.0.1:$PORT

# one real comment
tok=$(curl -s "$BASE/drafts/$DRAFT/" | grep -o 'name="token" value="[^"]*"' | cut -d'"' -f4)
sleep 2.2
loc=$(curl -s -o /dev/null -w '%{redirect_url}' -H 'X-Forwarded-For: 192.0.2.1' --data-urlencode "token=$tok" \
    --data-urlencode "body=模糊测试前的一条真实意见 $(date +%s%N)" --data-urlencode website= "$BASE/drafts/$DRAFT/comments")
tracking=${loc##*/}
[[ $tracking == YJ* ]] || die "could not submit the setup comment (got '$loc')"

# a signed-in reviewer session
ltok=$(curl -s "$BASE/review/login" | grep -o 'name="token" value="[^"]*"' | cut -d'"' -f4)
cookie=$(curl -s -D - -o /dev/null -H 'X-Forwarded-For: 192.0.2.2' --data-urlencode "token=$ltok" \
    --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" "$BASE/review/login" |
    tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: __Host-rxzf_session=\([^;]*\).*/\1/p')
[[ -n $cookie ]] || die "could not sign in"
session_ok() { curl -s -o /dev/null -w '%{http_code}' -H "Cookie: __Host-rxzf_session=$cookie" "$BASE/review/"; }
[[ $(session_ok) == 200 ]] || die "the session does not work"
printf 'draft=%s\ntrackingNo=%s\ncookie=%s\nusername=%s\nseed=%s\n' "$DRAFT" "$tracking" "$cookie" "$USER_NAME" "$SEED" >"$WORK/setup.txt"
log "setup: comment $tracking, session ok"

counts() {
    psql_q "$WORK" "SELECT 'comments=' || (SELECT count(*) FROM comments) || ' decided=' || (SELECT count(*) FROM comments WHERE outcome IS NOT NULL)
        || ' page_feedback=' || (SELECT count(*) FROM page_feedback) || ' sessions=' || (SELECT count(*) FROM sessions)
        || ' reviewers=' || (SELECT count(*) FROM reviewers) || ' audit_log=' || (SELECT count(*) FROM audit_log)
        || ' rate_counters=' || (SELECT count(*) FROM rate_counters)"
}
before=$(counts)
log "before: $before"
errors_before=$(grep -c -E 'ERROR|Exception' "$LOGF")

t0=$(date +%s)
java -Xmx512m "$HERE/Fuzz.java" "$PORT" "$N" "$THREADS" "$WORK/results" "$WORK/setup.txt" "$FILTER" 2>&1 | tee "$WORK/fuzz.out"
t1=$(date +%s)

# every recorded 5xx (up to 10 per endpoint, family and status) sent once more, alone on its own connection
java "$HERE/Fuzz.java" replay "$PORT" "$WORK/results" >"$WORK/results/replay.txt" 2>&1
after=$(counts)
sess=$(session_ok)
alive=$(kill -0 "$SVC_PID" 2>/dev/null && echo yes || echo NO)
errors_after=$(grep -c -E 'ERROR|Exception' "$LOGF")
field() { grep -o "$1=[0-9]*" <<<"$2" | cut -d= -f2; }
{
    echo "fuzz $(date +%F) seed $SEED, $N requests per endpoint, $THREADS threads, $((t1 - t0)) s; jar $(jar_label)"
    echo "rows before: $before"
    echo "rows after:  $after"
    for t in comments decided page_feedback; do
        d=$(( $(field "$t" "$after") - $(field "$t" "$before") ))
        echo "  $t: $d new $([[ $d == 0 ]] && echo '(bar: 0 — met)' || echo '(bar: 0 — NOT MET)')"
    done
    # U+FFFD in a stored text: invalid UTF-8 that was decoded with replacement characters instead of refused
    echo "comments holding a fuzz marker: $(psql_q "$WORK" "SELECT count(*) || ' (' || count(*) FILTER (WHERE strpos(body, chr(65533)) > 0) || ' with U+FFFD in the body, ' || count(*) FILTER (WHERE body LIKE '%姓名无效%') || ' with invalid UTF-8 in the name part)' FROM comments WHERE body ~ 'mk[0-9a-z]{10}'")"
    echo "  others: $(psql_q "$WORK" "SELECT string_agg(left(body, 40), ' | ') FROM (SELECT body FROM comments WHERE body ~ 'mk[0-9a-z]{10}' AND strpos(body, chr(65533)) = 0 AND body NOT LIKE '%姓名无效%' LIMIT 5) x")"
    echo "feedback holding a fuzz marker: $(psql_q "$WORK" "SELECT count(*) || ' (' || count(*) FILTER (WHERE strpos(body, chr(65533)) > 0) || ' with U+FFFD)' FROM page_feedback WHERE body ~ 'mk[0-9a-z]{10}' OR page ~ 'mk[0-9a-z]{10}'")"
    echo "decisions: $(psql_q "$WORK" "SELECT string_agg(outcome || ' / reason with U+FFFD: ' || (strpos(coalesce(reason, ''), chr(65533)) > 0), '; ') FROM comments WHERE outcome IS NOT NULL")"
    echo "reviewer session still valid after fuzzing: $([[ $sess == 200 ]] && echo yes || echo "NO ($sess)"); service alive: $alive"
    echo "service log lines with ERROR/Exception during the fuzzing: $((errors_after - errors_before))"
    echo "5xx replay: $(grep '^replayed' "$WORK/results/replay.txt")"
    grep '^  ' "$WORK/results/replay.txt"
    grep -E 'ERROR|Exception' "$LOGF" | sed -E 's/^[0-9:.]+ //; s/[0-9a-f]{8,}/…/g' | cut -c1-160 | sort | uniq -c | sort -rn | head -10
} | tee "$WORK/result.txt"
cat "$WORK/results/summary.txt" >>"$WORK/result.txt"
log "results: $WORK/result.txt, 5xx records and reflection samples in $WORK/results/"
