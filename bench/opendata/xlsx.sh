#!/usr/bin/env bash
# The open data's spreadsheets, old jar against new: CPU of Xlsx.workbook for every workbook of a built site.
#
#   bench/opendata/xlsx.sh OLD.jar NEW.jar [SITE_DIR]
#
# SITE_DIR: a site built by `build` (default: the 10,000-item synthetic site, built with OLD.jar into
# $BENCH_DIR/out-xlsx from bench/gen-content.py's content if it is not there). ROUNDS=12 (alternated; 2 not counted).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
old=${1:?old jar} new=${2:?new jar}
bench_dir=${BENCH_DIR:-/tmp/portal-bench}
site=${3:-$bench_dir/out-xlsx}
if [ ! -f "$site/data/provisions.xlsx" ]; then
  content=$bench_dir/content-10000-s1
  [ -d "$content" ] || python3 "$repo/bench/gen-content.py" --items 10000 --seed 1 --out "$content"
  java -Xmx2g -jar "$old" build --content "$content" --templates "$repo/site-templates" --out "$site" --date 2026-11-22 >/dev/null
fi
exec java -Xmx2g -cp "$old" "$here/XlsxPair.java" "$old" "$new" "$site" "${ROUNDS:-12}"
