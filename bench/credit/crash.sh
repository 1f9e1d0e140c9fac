#!/usr/bin/env bash
# Crash test of credit-repair applications and attachments (issue 5), after bench/service/crash.sh: CrashClient.java
# runs whole applications (six question pages, a PNG and a PDF attachment, commitment, submit) without pause while the
# service JVM and its PostgreSQL processes are killed with -9 at a random moment 0.5–4 s after the service is up; the
# service is restarted at once with the same --data, without any cleanup by this script. After the last cycle every
# acknowledged application (every 200 of POST /credit/apply/submit, with its reference and query code) is looked up:
# its row in repair_applications must be submitted (not a draft), with the company name the client sent, and its
# repair_files must hold exactly the sha256 of the two files the client uploaded (and the stored bytes that file's
# length sealed: IV + ciphertext + tag; unencrypted files of older versions are hashed again).
#
#   bench/credit/crash.sh [CYCLES]        (default 22; WORK=/tmp/creditbench-crash, PORT=18291, THREADS=8)
#
# Kill modes rotate through MODES (default "all all jvm all postmaster"):
#   all         kill -9 of the JVM, the postmaster and every postgres child, in one kill call
#   jvm         kill -9 of the JVM only: the postmaster lives on as an orphan
#   postmaster  kill -9 of the JVM and the postmaster: backends and helpers are orphaned until they notice
# A restart "succeeded by itself" when the service printed its serving line within RESTART_WAIT seconds; one that
# failed is logged (WORK/restart-failures.log) and retried once after 5 s.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

CYCLES=${1:-22}
WORK=${WORK:-/tmp/creditbench-crash}
PORT=${PORT:-18291}
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

START_ARGS=()

log "first start (site build + new database) in $WORK"
start_once || die "the service did not start: $(tail -20 "$LOGF")"
rm -f "$WORK/stop"
java "$HERE/CrashClient.java" "http://127.0.0.1:$PORT" "$WORK/acked.tsv" "$WORK/stop" \
    "$((CYCLES * 120 + 300))" "$THREADS" >"$WORK/client.out" 2>"$WORK/client.err" &
CLIENT_PID=$!
for ((i = 0; i < 300; i++)); do grep -q submitting "$WORK/client.err" 2>/dev/null && break; sleep 0.1; done
sleep 1

kill_cycles

touch "$WORK/stop"
wait "$CLIENT_PID"
CLIENT_PID=
log "client: $(cat "$WORK/client.out")"

# acked.tsv: reference, query code, company, "sha_png,sha_pdf". One row per expected file goes into acked_files.
awk -F'\t' '{ split($4, h, ","); for (i in h) print $1 "\t" h[i] }' "$WORK/acked.tsv" >"$WORK/acked-files.tsv"
cut -f1,3 "$WORK/acked.tsv" >"$WORK/acked-apps.tsv"
PGPASSWORD=$(pg_password "$WORK") PGCONNECT_TIMEOUT=5 psql -X -q -At -F ' ' -h 127.0.0.1 -p "$(pg_port "$WORK")" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 >"$WORK/count.txt" <<SQL || die "counting failed: $(cat "$WORK/count.txt")"
CREATE TEMP TABLE acked (reference text PRIMARY KEY, company text NOT NULL);
CREATE TEMP TABLE acked_files (reference text NOT NULL, sha text NOT NULL);
\copy acked FROM '$WORK/acked-apps.tsv'
\copy acked_files FROM '$WORK/acked-files.tsv'
SELECT (SELECT count(*) FROM acked),
       (SELECT count(*) FROM acked a JOIN repair_applications r ON r.reference = a.reference
            AND r.status = 'submitted' AND r.company_name = a.company),
       (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM repair_applications r WHERE r.reference = a.reference)),
       (SELECT count(*) FROM acked_files),
       (SELECT count(*) FROM acked_files f JOIN repair_applications r ON r.reference = f.reference
            JOIN repair_files rf ON rf.application_id = r.id AND encode(rf.sha256, 'hex') = f.sha
                AND CASE WHEN rf.encrypted THEN octet_length(rf.data) = rf.size + 28
                         ELSE encode(sha256(rf.data), 'hex') = f.sha END),
       (SELECT count(*) FROM repair_files rf JOIN repair_applications r ON r.id = rf.application_id
            JOIN acked a ON a.reference = r.reference),
       (SELECT count(*) FROM repair_applications WHERE status <> 'draft'),
       (SELECT count(*) FROM repair_applications WHERE status = 'draft');
SELECT 'lost ' || reference FROM acked a WHERE NOT EXISTS (SELECT 1 FROM repair_applications r WHERE r.reference = a.reference) LIMIT 20;
SELECT 'file-missing ' || f.reference || ' ' || f.sha FROM acked_files f WHERE NOT EXISTS (SELECT 1 FROM repair_applications r
    JOIN repair_files rf ON rf.application_id = r.id AND encode(rf.sha256, 'hex') = f.sha WHERE r.reference = f.reference) LIMIT 20;
SQL
read -r acked found lost files_exp files_found files_stored submitted drafts < <(head -1 "$WORK/count.txt")
files_lost=$((files_exp - files_found))

# The query codes: a sample of acknowledged applications looked up through POST /credit/status (10 per hour per
# reference and 20 per 10 min per client are allowed; one lookup each, each from its own address).
sample=0 sample_ok=0
while IFS=$'\t' read -r ref code company _; do
    ((sample >= 20)) && break
    sample=$((sample + 1))
    body=$(curl -s -H "X-Forwarded-For: 198.51.100.$sample" --data-urlencode "reference=$ref" --data-urlencode "code=$code" \
        "http://127.0.0.1:$PORT/credit/status")
    grep -qF "$ref" <<<"$body" && grep -q '已提交' <<<"$body" && sample_ok=$((sample_ok + 1))
done < <(shuf -n 20 --random-source=<(yes) "$WORK/acked.tsv")

cycle_summary
cat <<EOT | tee "$WORK/result.txt"
credit crash test $(date +%F) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); jar $(jar_label)
cycles:                    $CYCLES (kill modes: $modes)
restarts by themselves:    $restarts_ok of $CYCLES succeeded, $restarts_failed needed a second start
restart time (median):     ${med_start}s (log: $LOGF)
acknowledged applications: $acked (200 of submit with reference + query code)
found (submitted, company):$found
lost applications:         $lost $( [[ $lost != 0 ]] && echo "(first ones in $WORK/count.txt)")
files expected:            $files_exp (2 per acknowledged application)
files found (sha256 match, column and recomputed from data): $files_found
files lost:                $files_lost
files stored on acknowledged applications: $files_stored
applications not draft:    $submitted (acknowledged + in-doubt submits that committed before the kill); drafts left: $drafts
status lookups by query code (sample): $sample_ok of $sample show the application as 已提交
client:                    $(cat "$WORK/client.out")
EOT
[[ $lost == 0 && $found == "$acked" && $files_lost == 0 ]]
