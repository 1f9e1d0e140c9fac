#!/usr/bin/env bash
# Prepares the browser checks on a clean machine: Debian's Chromium (tools may
# not download their own browser builds here), CJK fonts, and the pinned npm deps.
# Idempotent and silent on success; on failure prints the captured log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DEBIAN_FRONTEND=noninteractive

log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "setup.sh: failed: $*" >&2; exit 1; }; }

pkgs=()
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
# Without a CJK font every Chinese glyph renders as tofu, which makes the
# screenshots useless and skews text-width/overflow measurements.
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || pkgs+=(fonts-noto-cjk)
if [ ${#pkgs[@]} -gt 0 ]; then
  run apt-get update -qq
  run apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi

# npm writes node_modules/.package-lock.json on every install, so it is a
# reliable stamp of when node_modules was last synced to the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  run npm ci --no-audit --no-fund --loglevel=error
fi
