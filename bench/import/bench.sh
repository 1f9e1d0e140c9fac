#!/usr/bin/env bash
# Import bench (not a timed test): a department-style workbook of ITEMS items (bench/import/MakeSheet.java: title
# row, two header rows, enumerated conditions, notes) imported RUNS times by `java -jar portal.jar import`; prints
# each run's wall, user and system seconds, the median wall time, and the load average before and after (the
# machine is shared: wall time includes waiting for a core). Bar (issue 18): 1,000 items in under 3 s.
#
#   bench/import/bench.sh            Environment: JAR=PATH (default target/portal.jar)  ITEMS=1000  RUNS=7
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar=${JAR:-$repo/target/portal.jar}
items=${ITEMS:-1000}
runs=${RUNS:-7}
[ -f "$jar" ] || { echo "bench.sh: $jar missing: run mvn -q package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp "$jar" "$here/MakeSheet.java" "$items" "$work/list.xlsx" || exit 3
echo "file: $items items, $(stat -c %s "$work/list.xlsx") bytes; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
walls=()
for i in $(seq 1 "$runs"); do
  t=$( { /usr/bin/time -f "%e %U %S" java -jar "$jar" import "$work/list.xlsx" --department bench --list-id bench-list \
        --out "$work/out.md" --force >/dev/null 2>"$work/err"; } 2>&1 )
  t=$(tail -1 "$work/err")
  walls+=("${t%% *}")
  echo "run $i: wall/user/sys $t s"
done
grep -c '^  - id:' "$work/out.md" | sed 's/^/items written: /'
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median wall: $median s (bar: < 3 s); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
