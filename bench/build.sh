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
#   HISTORY=1         build from the content as a git repository with a history (bench/git-history.py), so the
#                     build also reads every list version and writes the change pages
#   PEER=hugo         after each build, build the same items with Debian's hugo (bench/hugo-peer.py) and report
#                     the ratio: the bar (issue 21: ratio <= 1.00) is Hugo on this machine, whose speed drifts
#   PEER_PAGES=all    what the Hugo peer builds: "all" = the item and list pages plus one page per cited article
#                     (from the first run's data/provisions.json), as the portal does; "items" = without the article
#                     pages (the peer before 2026-12-06, ~8,500 pages fewer than the portal); "both" = each in turn
#   PEER_LAYOUT=same  how the Hugo peer's pages look: "same" = the portal's page design (head, navigation, sections,
#                     footer; within a few per cent of the portal's bytes); "minimal" = a title and a table of the
#                     fields (the peer before 2026-12-08, a third of the bytes); "both" = each in turn
#   RUN_TIMEOUT=600   seconds before one build is killed and counted as failed
#   KEEP_OUT=1        keep the output folders (default: deleted after the last run of each size)
#   COOLDOWN=40       seconds between deleting outputs and the next run (ext4 is slow to create files for ~30 s
#                     after many were deleted; see remove() below)
#   IDLE_WAIT=0       on a shared machine: wait up to this many seconds before each run until the CPUs are
#   IDLE_MIN=90       at least IDLE_MIN percent idle (measured over 2 s); the run line shows load and idle
# Exits non-zero when any build fails or times out.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

jar=${JAR:-$repo/target/portal.jar}
while [ $# -gt 0 ]; do
  case $1 in
    --jar) jar=${2:?--jar needs a path}; shift 2 ;;
    --jar=*) jar=${1#--jar=}; shift ;;
    -h|--help) sed -n '2,/^# Exits/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
cooldown=${COOLDOWN:-40}
idle_wait=${IDLE_WAIT:-0}
idle_min=${IDLE_MIN:-90}

[ -f "$jar" ] || { echo "build.sh: no jar at $jar (build it, or pass --jar PATH / JAR=PATH)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "build.sh: GNU time (/usr/bin/time) is needed" >&2; exit 2; }
mkdir -p "$bench_dir"
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

source "$here/lib.sh"  # median, minimum, maximum, cpu_idle, wait_idle
# the Hugo peers a run may build, as PEER_PAGES_PEER_LAYOUT (each has its list of times and ratios)
peer_kinds="all_same all_minimal items_same items_minimal"

# Deleting many files makes ext4 slow to create new ones for about 30 s (the inode allocator skips, one by one,
# inodes freed in the last dirty_expire interval: recently_deleted() in the kernel profile). So every run writes
# to its own folder, outputs are deleted only after the last run of a size, and a run waits COOLDOWN seconds
# after our own last bulk delete.
last_delete=0
remove() {
  local any=
  for p in "$@"; do [ -e "$p" ] && any=1; done
  [ -n "$any" ] || return 0
  rm -rf "$@"
  last_delete=$(date +%s)
}
# Before a run: wait out the cooldown, then (IDLE_WAIT > 0) until the CPUs are IDLE_MIN% idle over 2 s.
wait_quiet() {
  local left=$(( last_delete + cooldown - $(date +%s) ))
  [ $left -gt 0 ] && sleep "$left"
  local idle waited
  wait_idle "$idle_wait" "$idle_min"
  quiet_note="load $(cut -d' ' -f1 /proc/loadavg), ${idle}% idle"
  if [ $waited -gt 0 ]; then quiet_note+=", waited ${waited}s"; fi
}
trap '[ "${KEEP_OUT:-0}" = 1 ] || rm -rf "$bench_dir"/out-* "$bench_dir"/.out-*' EXIT
trap 'exit 130' INT TERM

echo "jar: $jar"
echo "java: $(java -version 2>&1 | head -1); options: $java_opts; cores: $(nproc); date: $(date -Is)"
echo

failed=0
table=() peer_lines=()
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
  if [ "${HISTORY:-0}" = 1 ]; then  # the same content as a git repository with 68 commits (bench/git-history.py)
    history_repo=$bench_dir/git-$n-s$seed
    if [ ! -d "$history_repo" ]; then
      rm -rf "$history_repo.partial"
      python3 "$here/git-history.py" --content "$content" --out "$history_repo.partial" --seed "$seed" \
        && mv "$history_repo.partial" "$history_repo" \
        || { echo "build.sh: making the history of $n items failed" >&2; failed=1; continue; }
    fi
    content=$history_repo
    echo "with history: $content ($(git -C "$content" rev-list --count HEAD) commits)"
  fi
  runs=${RUNS:-$([ "$n" -le 10000 ] && echo 5 || echo 3)}
  walls=() rss=() ms=() cpus=() files=- size=- ok=0
  for kind in $peer_kinds; do eval "hugos_$kind=() ratios_$kind=()"; done
  for r in $(seq 1 "$runs"); do
    out=$bench_dir/out-$n-$r
    remove "$out" "$bench_dir"/.out-"$n"-"$r".*
    wait_quiet
    log=$bench_dir/build-$n-$r.log tf=$bench_dir/time-$n-$r.txt
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M %U %S" -o "$tf" timeout --kill-after=10 "$run_timeout" \
      java $java_opts -jar "$jar" build --content "$content" --templates "$templates" --out "$out" \
      --date "$build_date" >"$log" 2>&1
    rc=$?
    read -r wall kb usr sys <"$tf" 2>/dev/null || { wall=?; kb=0; }
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
    cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    walls+=("$wall") rss+=("$((kb / 1024))") ms+=("$bms") cpus+=("$cpu") ok=$((ok + 1))
    printf '  %6d items run %d: %6.2f s wall, build %6d ms, CPU %6.2f s (%s user + %s sys), peak RSS %5d MB, %s files (before: %s)\n' \
      "$n" "$r" "$wall" "$bms" "$cpu" "$usr" "$sys" "$((kb / 1024))" "$files" "$quiet_note"
    if [ "$r" -eq "$runs" ]; then size=$(du -sh "$out" | cut -f1); fi
    if [ "${PEER:-}" = hugo ]; then  # the same items built by Hugo right after, into its own new folder
      peer_pages=${PEER_PAGES:-all} peer_layout=${PEER_LAYOUT:-same}
      [ "$peer_pages" = both ] && pages_kinds="all items" || pages_kinds=$peer_pages
      [ "$peer_layout" = both ] && layouts="same minimal" || layouts=$peer_layout
      for pages in $pages_kinds; do
        for layout in $layouts; do
          kind=${pages}_$layout
          peer_site=$bench_dir/hugo-$n-s$seed-$pages-$layout peer_args=(--layout "$layout")
          [ "$pages" = all ] && peer_args+=(--provisions "$out/data/provisions.json")
          # a peer site made by an older hugo-peer.py is made again (its templates and config are the peer)
          [ -d "$peer_site" ] && [ "$here/hugo-peer.py" -nt "$peer_site" ] && remove "$peer_site"
          [ -d "$peer_site" ] || python3 "$here/hugo-peer.py" --content "$content" --out "$peer_site" "${peer_args[@]}" \
            >/dev/null || { echo "  making the hugo peer failed"; failed=1; continue; }
          wait_quiet
          hout=$bench_dir/out-$n-$r-hugo-$kind
          /usr/bin/time -f "%e %U %S" -o "$tf.hugo" hugo --quiet -s "$peer_site" -d "$hout" >"$log.hugo" 2>&1 \
            || { echo "  hugo failed:"; tail -5 "$log.hugo"; failed=1; continue; }
          read -r hwall husr hsys <"$tf.hugo"
          ratio=$(awk -v a="$wall" -v b="$hwall" 'BEGIN {printf "%.2f", a / b}')
          eval "hugos_$kind+=(\"\$hwall\") ratios_$kind+=(\"\$ratio\")"
          printf '  %6d items run %d: hugo peer (%s pages, %s layout) %6.2f s wall, CPU %.2f s, %s files, portal/hugo %s (before: %s)\n' \
            "$n" "$r" "$pages" "$layout" "$hwall" "$(awk -v u="$husr" -v s="$hsys" 'BEGIN {print u + s}')" \
            "$(find "$hout" -type f | wc -l)" "$ratio" "$quiet_note"
        done
      done
    fi
  done
  for kind in $peer_kinds; do
    eval 'hugos=("${hugos_'$kind'[@]}") ratios=("${ratios_'$kind'[@]}")'
    [ ${#hugos[@]} -gt 0 ] || continue
    peer_lines+=("$(printf '%7d  hugo (%s pages, %s layout) median %.2f s over %d runs (min %s, max %s); portal/hugo ratio median %s' \
      "$n" "${kind%_*}" "${kind#*_}" "$(printf '%s\n' "${hugos[@]}" | median %.2f)" "${#hugos[@]}" "$(printf '%s\n' "${hugos[@]}" | minimum)" \
      "$(printf '%s\n' "${hugos[@]}" | maximum)" "$(printf '%s\n' "${ratios[@]}" | median %.2f)")")
  done
  # outputs stay until all runs of a size are done (see "remove" above for why)
  if [ "${KEEP_OUT:-0}" != 1 ]; then remove "$bench_dir"/out-"$n"-* "$bench_dir"/.out-"$n"-*; fi
  if [ $ok -gt 0 ]; then
    table+=("$(printf '%7d  %4s  %8s  %6s  %6s  %8s  %6s  %6s  %7s  %6s' "$n" "$ok/$runs" \
      "$(printf '%s\n' "${walls[@]}" | median %.2f)" "$(printf '%s\n' "${walls[@]}" | minimum)" \
      "$(printf '%s\n' "${walls[@]}" | maximum)" "$(printf '%s\n' "${ms[@]}" | median %.0f)" \
      "$(printf '%s\n' "${cpus[@]}" | median %.1f)" "$(printf '%s\n' "${rss[@]}" | median %.0f)" "$files" "$size")")
  else
    table+=("$(printf '%7d  %4s  all runs failed' "$n" "0/$runs")")
  fi
done

echo
echo "  items  runs  median s   min s   max s  build ms  CPU s  RSS MB    files    size"
printf '%s\n' "${table[@]}"
if [ ${#peer_lines[@]} -gt 0 ]; then echo; printf '%s\n' "${peer_lines[@]}"; fi
exit $failed
