#!/usr/bin/env bash
# Malformed-request fuzzing of the credit-repair endpoints with Fuzz.java (see its header for the kinds of damage),
# after bench/service/fuzz.sh.
#
#   bench/credit/fuzz.sh [TOTAL]    (default 112000 requests spread over the 16 endpoints; WORK=/tmp/creditbench-fuzz,
#                                    PORT=18293, THREADS=12, SEED=1;
#                                    MAX_SECONDS=N stops the fuzzing after N s and reports what was sent)
#
# Setup (Fuzz.java setup): 5 real submitted applications with a PNG each, 4 drafts answered up to the files step,
# a status ticket of application 1, and a draft holding a real PNG uploaded as ../../../../../../tmp/rxzf-traversal-….png.
# Before and after the fuzzing: the rows of repair_applications (by status) and repair_files (count and sha256 list),
# and every file on this file system under /tmp, WORK and the service's public output folder newer than a marker
# (outside WORK/data/postgres). Bars: no 5xx, no new repair_files row, no new non-draft application, no application
# shown without its query code, no new file outside the database holding fuzz content.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

TOTAL=${1:-112000}
WORK=${WORK:-/tmp/creditbench-fuzz}
PORT=${PORT:-18293}
THREADS=${THREADS:-12}
SEED=${SEED:-1}
LOGF=$WORK/service.log

trap 'stop_service "$WORK"' EXIT
trap 'exit 130' INT TERM

port_free "$PORT" || die "port $PORT is in use"
rm -rf "$WORK" && mkdir -p "$WORK/results"
prepare_src "$WORK/src"
: >"$LOGF"
start_service "$WORK" "$PORT" "$LOGF"
wait_up "$LOGF" "$SVC_PID" 180 || die "service did not start: $(tail -20 "$LOGF")"
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" "$HERE/Fuzz.java" || die "Fuzz.java does not compile"
java -cp "$WORK/classes" Fuzz setup "$PORT" "$WORK/setup.txt" || die "setup failed"
probe_file=$(sed -n 's/^probeFile=//p' "$WORK/setup.txt")

counts() {
    psql_q "$WORK" "SELECT 'files=' || (SELECT count(*) FROM repair_files) || ' submitted=' || (SELECT count(*) FROM repair_applications WHERE status <> 'draft')
        || ' drafts=' || (SELECT count(*) FROM repair_applications WHERE status = 'draft')"
}
file_list() { psql_q "$WORK" "SELECT application_id || ' ' || encode(sha256, 'hex') || ' ' || size || ' ' || file_name FROM repair_files ORDER BY id"; }
before=$(counts)
file_list >"$WORK/files-before.txt"
# the file system: a marker, and the list of every file under /tmp (all of it, other people's files included)
touch "$WORK/marker"
sleep 1
find /tmp -xdev -type f -not -path "$WORK/data/postgres/*" 2>/dev/null | sort >"$WORK/tmp-before.txt"
log "before: $before; $(wc -l <"$WORK/tmp-before.txt") files under /tmp"
errors_before=$(grep -a -c -E 'ERROR|Exception' "$LOGF")

t0=$(date +%s)
java -Xmx768m -cp "$WORK/classes" Fuzz run "$PORT" "$TOTAL" "$THREADS" "$WORK/results" "$WORK/setup.txt" "$SEED" 2>&1 | tee "$WORK/fuzz.out"
t1=$(date +%s)

after=$(counts)
file_list >"$WORK/files-after.txt"
find /tmp -xdev -type f -not -path "$WORK/data/postgres/*" 2>/dev/null | sort >"$WORK/tmp-after.txt"
comm -13 "$WORK/tmp-before.txt" "$WORK/tmp-after.txt" >"$WORK/tmp-new.txt"
new_files "$WORK/marker" /tmp "$WORK" >"$WORK/newer.txt"
# new or changed files that hold fuzz content: the markers (mk + base36) or the disguised uploads' signatures
sort -u "$WORK/tmp-new.txt" "$WORK/newer.txt" | grep -v -E "^$WORK/(results/|fuzz.out|service.log)" |
    xargs -d '\n' -r env LC_ALL=C grep -l -a -s -E "alert\('mk[0-9a-z]{6}|<script>mk[0-9a-z]{6}|echo mk[0-9a-z]{6}|bdmk[0-9a-z]{6}" >"$WORK/suspects.txt"
public_new=$(find "$WORK/out" -newer "$WORK/marker" -type f 2>/dev/null | wc -l)
alive=$(kill -0 "$SVC_PID" 2>/dev/null && echo yes || echo NO)
errors_after=$(grep -a -c -E 'ERROR|Exception' "$LOGF")
# one lookup of application 2 by its real code after the fuzzing (its reference was guessed at)
ref2=$(sed -n 's/^refs=//p' "$WORK/setup.txt" | cut -d, -f2)
code2=$(sed -n 's/^codes=//p' "$WORK/setup.txt" | cut -d, -f2)
owner=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 198.51.100.200' --data-urlencode "reference=$ref2" \
    --data-urlencode "code=$code2" "$BASE/credit/status")
field() { grep -o "$1=[0-9]*" <<<"$2" | cut -d= -f2; }
{
    echo "credit fuzz $(date +%F) seed $SEED, $TOTAL requests, $THREADS threads, $((t1 - t0)) s, $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg)); jar $(jar_label)"
    echo "rows before: $before"
    echo "rows after:  $after"
    d=$(( $(field files "$after") - $(field files "$before") ))
    echo "  repair_files: $d new $([[ $d == 0 ]] && echo '(bar 0 — met)' || echo '(bar 0 — NOT MET)'); identical list (id order, sha256, size, name): $(cmp -s "$WORK/files-before.txt" "$WORK/files-after.txt" && echo yes || echo NO)"
    d=$(( $(field submitted "$after") - $(field submitted "$before") ))
    echo "  submitted applications: $d new $([[ $d == 0 ]] && echo '(bar 0 — met)' || echo '(bar 0 — NOT MET)')"
    echo "traversal probe: stored as '$(psql_q "$WORK" "SELECT file_name FROM repair_files ORDER BY id DESC LIMIT 1")' in the database; $probe_file on disk: $([[ -e $probe_file ]] && echo EXISTS || echo absent)"
    echo "files under /tmp: $(wc -l <"$WORK/tmp-before.txt") before, $(wc -l <"$WORK/tmp-after.txt") after; new paths: $(wc -l <"$WORK/tmp-new.txt"); files written after the marker (outside WORK/data/postgres, /tmp and WORK): $(wc -l <"$WORK/newer.txt") (lists: $WORK/tmp-new.txt, $WORK/newer.txt)"
    echo "  new/changed files holding fuzz upload content: $(wc -l <"$WORK/suspects.txt") $(head -5 "$WORK/suspects.txt" | tr '\n' ' ')"
    echo "  new files in the public output folder $WORK/out: $public_new"
    echo "  new paths under /tmp by top folder: $(sed -E 's#^(/tmp/[^/]+).*#\1#' "$WORK/tmp-new.txt" | sort | uniq -c | sort -rn | head -8 | awk '{printf "%s %s; ", $2, $1}')"
    echo "owner's lookup of application 2 with its real code after the guessing: HTTP $owner"
    echo "service alive: $alive; service log lines with ERROR/Exception during the fuzzing: $((errors_after - errors_before))"
    grep -a -E 'ERROR|Exception' "$LOGF" | tail -n +"$((errors_before + 1))" | sed 's/[0-9a-f]\{8,\}/…/g' | cut -c1-160 | sort | uniq -c | sort -rn | head -10
    ls "$WORK/results"/5xx-*.txt 2>/dev/null | head -5
    ls "$WORK/results"/read-*.txt 2>/dev/null | head -5
} | tee "$WORK/result.txt"
cat "$WORK/results/summary.txt" >>"$WORK/result.txt"
log "results: $WORK/result.txt"
