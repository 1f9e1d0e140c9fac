#!/usr/bin/env bash
# Builds the jar the service benchmarks run, from the last commit (git archive HEAD), not from the working tree:
# other engineers' half-finished edits then neither break the build nor end up in the figures.
#   bench/service/build-jar.sh   → /tmp/build-svcbench/portal.jar, and /tmp/build-svcbench/COMMIT
# WORKTREE=1 builds the working tree instead (mvn -q -Dbuild.dir=/tmp/build-svcbench package -DskipTests).
# BUILD_DIR (default /tmp/build-svcbench) and SRC_DIR (the exported sources, default /tmp/svcbench-src) keep builds
# of several worktrees apart.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${BUILD_DIR:-/tmp/build-svcbench}
if [[ ${WORKTREE:-0} == 1 ]]; then
    (cd "$REPO" && mvn -q -Dbuild.dir="$OUT" package -DskipTests)
    echo "worktree on $(git -C "$REPO" rev-parse --short HEAD)" >"$OUT/COMMIT"
else
    SRC=${SRC_DIR:-/tmp/svcbench-src}
    rm -rf "$SRC" && mkdir -p "$SRC"
    git -C "$REPO" archive HEAD | tar -x -C "$SRC"
    (cd "$SRC" && mvn -q -Dbuild.dir="$OUT" package -DskipTests)
    git -C "$REPO" log -1 --format='%h %s' >"$OUT/COMMIT"
fi
ls -l "$OUT/portal.jar"
cat "$OUT/COMMIT"
