#!/usr/bin/env bash
# Full-build benchmark: wall time, peak RSS and the build's own timing for synthetic sites of several sizes.
#
#   bench/build.sh [--jar PATH]
#
# Environment (all optional):
#   JAR=PATH          portal jar (default: target/portal.jar in the repository; --jar wins over JAR)
#   SIZES="1000 10000 100000"   item counts
#   RUNS=N            runs per size (default 5 up to 10,000 items, 3 above)
#   SEED=1            generator seed
#   BENCH_DIR=DIR     where generated content is kept and reused (default /tmp/portal-bench)
#   TEMPLATES=DIR     templates (default: site-templates in the repository)
#   JAVA_OPTS="-Xmx2g"   JVM options (the bar: 100,000 items in <= 60 s within 2 GB of heap)
#   BUILD_DATE=2026-11-22  passed as --date so the output does not depend on the day
#   RUN_TIMEOUT=600   seconds before one build is killed and counted as failed
#   KEEP_OUT=1        keep the last output folder of each size (default: deleted after measuring)
# Exits non-zero when any build fails or times out.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

jar=${JAR:-$repo/target/portal.jar}
while [ $# -gt 0 ]; do
  case $1 in
    --jar) jar=${2:?--jar needs a path}; shift 2 ;;
    --jar=*) jar=${1#--jar=}; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

sizes=${SIZES:-1000 10000 100000}
seed=${SEED:-1}
bench_dir=${BENCH_DIR:-/tmp/portal-bench}
templates=${TEMPLATES:-$repo/site-templates}
java_opts=${JAVA_OPTS:--Xmx2g}
build_date=${BUILD_DATE:-2026-11-22}
run_timeout=${RUN_TIMEOUT:-600}

[ -f "$jar" ] || { echo "build.sh: no jar at $jar (build it, or pass --jar PATH / JAR=PATH)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "build.sh: GNU time (/usr/bin/time) is needed" >&2; exit 2; }
mkdir -p "$bench_dir"
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

# median of the numbers on stdin, printed with the printf format $1
median() { sort -g | awk -v f="$1" '{v[NR]=$1} END {if (NR==0) {print "-"; exit}
  printf f "\n", (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
minimum() { sort -g | head -1; }
maximum() { sort -g | tail -1; }

echo "jar: $jar"
echo "java: $(java -version 2>&1 | head -1); options: $java_opts; cores: $(nproc); date: $(date -Is)"
echo

failed=0
table=()
for n in $sizes; do
  content=$bench_dir/content-$n-s$seed
  if [ ! -d "$content" ]; then
    echo "generating $n items into $content"
    rm -rf "$content.partial"
    if ! python3 "$here/gen-content.py" --items "$n" --seed "$seed" --out "$content.partial"; then
      echo "build.sh: generating $n items failed" >&2; failed=1; continue
    fi
    mv "$content.partial" "$content"
    echo "  (moved to $content)"
  else
    echo "reusing $content"
  fi
  runs=${RUNS:-$([ "$n" -le 10000 ] && echo 5 || echo 3)}
  out=$bench_dir/out-$n
  walls=() rss=() ms=() files=- size=- ok=0
  for r in $(seq 1 "$runs"); do
    rm -rf "$out" "$bench_dir"/.out-"$n".*
    log=$bench_dir/build-$n-$r.log tf=$bench_dir/time-$n-$r.txt
    load=$(cut -d' ' -f1 /proc/loadavg)  # the machine may be shared: show how busy it was
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o "$tf" timeout --kill-after=10 "$run_timeout" \
      java $java_opts -jar "$jar" build --content "$content" --templates "$templates" --out "$out" \
      --date "$build_date" >"$log" 2>&1
    rc=$?
    read -r wall kb <"$tf" 2>/dev/null || { wall=?; kb=0; }
    # GNU time writes "Command exited with non-zero status N" first when the command fails
    if [ $rc -ne 0 ]; then
      wall=$(tail -1 "$tf" | cut -d' ' -f1) kb=$(tail -1 "$tf" | cut -d' ' -f2)
      [ $rc -eq 124 ] || [ $rc -eq 137 ] && what="timed out after ${run_timeout}s" || what="exit $rc"
      echo "  $n items run $r: FAILED ($what) after ${wall}s, peak RSS $((kb / 1024)) MB; last output lines:"
      tail -15 "$log" | sed 's/^/    /'
      failed=1
      continue
    fi
    line=$(grep -m1 '^built ' "$log")
    bms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$line")
    files=$(sed -E 's/.*: ([0-9]+) files.*/\1/' <<<"$line")
    walls+=("$wall") rss+=("$((kb / 1024))") ms+=("$bms") ok=$((ok + 1))
    printf '  %6d items run %d: %6.2f s wall, build %6d ms, peak RSS %5d MB, %s files (load before: %s)\n' \
      "$n" "$r" "$wall" "$bms" "$((kb / 1024))" "$files" "$load"
    if [ "$r" -eq "$runs" ]; then size=$(du -sh "$out" | cut -f1); fi
  done
  if [ "${KEEP_OUT:-0}" != 1 ]; then rm -rf "$out"; fi
  if [ $ok -gt 0 ]; then
    table+=("$(printf '%7d  %4s  %8s  %6s  %6s  %8s  %8s  %7s  %6s' "$n" "$ok/$runs" \
      "$(printf '%s\n' "${walls[@]}" | median %.2f)" "$(printf '%s\n' "${walls[@]}" | minimum)" \
      "$(printf '%s\n' "${walls[@]}" | maximum)" "$(printf '%s\n' "${ms[@]}" | median %.0f)" \
      "$(printf '%s\n' "${rss[@]}" | median %.0f)" "$files" "$size")")
  else
    table+=("$(printf '%7d  %4s  all runs failed' "$n" "0/$runs")")
  fi
done

echo
echo "  items  runs  median s   min s   max s  build ms   RSS MB    files    size"
printf '%s\n' "${table[@]}"
exit $failed
