#!/usr/bin/env bash
# Search benchmark (not a timed test): index build time and size, and query latency through the running service.
#
#   bench/search/bench.sh [--jar PATH]
#
# For each size: writes the index of the synthetic content RUNS times (`search --reindex`, median of the index step),
# then starts the service over it with -Xmx256m (bench/search/SearchServer.java: WebApp with its search routes and a
# small site for the static pages) and sends the relevance set's queries one at a time (bench/search/LoadClient.java),
# ROUNDS rounds; prints medians of p50/p95 across rounds, the heap in use after the rounds, and whether it held.
# Bars (issue 3): 10k p50/p95 <= 2/10 ms, 100k <= 5/30 ms, heap <= 256 MB, index build <= 5 s at 10k.
#
# Environment (all optional):
#   JAR=PATH            portal jar (default target/portal.jar; --jar wins)
#   SIZES="10000 100000"  item counts        SEED=1        generator seed
#   BENCH_DIR=DIR       where generated content is kept and reused (default /tmp/portal-bench, shared with build.sh)
#   OUT_DIR=DIR         where indexes and logs go (default /tmp/portal-search-bench)
#   RUNS=3              index builds per size      ROUNDS=3    latency rounds per size
#   REQUESTS=2000       measured requests per round, after WARMUP=1000
#   INDEX_OPTS="-Xmx2g" JVM options of the index build    SERVICE_OPTS="-Xmx256m" of the service
#   SITE_CONTENT=DIR    the small site the service shows besides search (default: the repository's content/)
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar=${JAR:-$repo/target/portal.jar}
while [ $# -gt 0 ]; do
  case $1 in
    --jar) jar=${2:?--jar needs a path}; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
sizes=${SIZES:-10000 100000}
seed=${SEED:-1}
bench_dir=${BENCH_DIR:-/tmp/portal-bench}
out_dir=${OUT_DIR:-/tmp/portal-search-bench}
runs=${RUNS:-3}
rounds=${ROUNDS:-3}
requests=${REQUESTS:-2000}
warmup=${WARMUP:-1000}
index_opts=${INDEX_OPTS:--Xmx2g}
service_opts=${SERVICE_OPTS:--Xmx256m}
queries=$repo/src/test/resources/relevance/queries.tsv
site_content=${SITE_CONTENT:-$repo/content}

[ -f "$jar" ] || { echo "bench.sh: no jar at $jar (mvn -q package -DskipTests, or --jar PATH)" >&2; exit 2; }
command -v jcmd >/dev/null || { echo "bench.sh: jcmd (JDK) is needed to read the service's heap" >&2; exit 2; }
mkdir -p "$bench_dir" "$out_dir"
source "$repo/bench/lib.sh"  # median

echo "jar: $jar"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); date: $(date -Is)"
table=("| items | index build (median of $runs) | index size | p50 / p95 ms (median of $rounds rounds × $requests) | heap used after | service options | held |"
       "|---|---|---|---|---|---|---|")
failed=0
for n in $sizes; do
  content=$bench_dir/content-$n-s$seed
  if [ ! -d "$content" ]; then
    echo "generating $n items into $content"
    python3 "$repo/bench/gen-content.py" --items "$n" --seed "$seed" --out "$content.partial" && mv "$content.partial" "$content" || { failed=1; continue; }
  fi
  index=$out_dir/index-$n
  builds=()
  for r in $(seq 1 "$runs"); do
    # shellcheck disable=SC2086
    line=$(java $index_opts -jar "$jar" search --reindex --content "$content" --index "$index" --date 2026-11-22 | tail -1)
    echo "  $n items, build $r: $line"
    builds+=("$(sed -E 's/.* in ([0-9]+) ms \(content.*/\1/' <<<"$line")")
  done
  build_ms=$(printf '%s\n' "${builds[@]}" | median %.2f)
  size=$(du -sm "$index" | cut -f1)

  log=$out_dir/service-$n.log
  # shellcheck disable=SC2086
  java $service_opts -cp "$jar" "$here/SearchServer.java" "$site_content" "$index" 0 >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do grep -q '^ready on' "$log" && break; sleep 0.5; done
  port=$(sed -n 's/^ready on \([0-9]*\).*/\1/p' "$log")
  if [ -z "$port" ]; then echo "bench.sh: the service did not start; see $log" >&2; kill "$pid" 2>/dev/null; failed=1; continue; fi
  p50s=() p95s=()
  for r in $(seq 1 "$rounds"); do
    res=$(java "$here/LoadClient.java" "http://127.0.0.1:$port" "$queries" "$warmup" "$requests") || failed=1
    echo "  $n items, round $r: $res"
    p50s+=("$(awk '{for(i=1;i<=NF;i++) if ($i=="p50") print $(i+1)}' <<<"$res")")
    p95s+=("$(awk '{for(i=1;i<=NF;i++) if ($i=="p95") print $(i+1)}' <<<"$res")")
  done
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|total/ {for(i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
  held=yes
  if ! kill -0 "$pid" 2>/dev/null || grep -q OutOfMemoryError "$log"; then held=no; failed=1; fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  table+=("| $n | $build_ms ms | $size MB | $(printf '%s\n' "${p50s[@]}" | median %.2f) / $(printf '%s\n' "${p95s[@]}" | median %.2f) | ${heap:-?} | $service_opts | $held |")
done
echo
printf '%s\n' "${table[@]}"
exit $failed
