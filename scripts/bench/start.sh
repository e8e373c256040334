#!/usr/bin/env bash
# Benchmark 5: time from './oplys start' to the first answered request, and the server's resident
# memory once the demo data is loaded. The build is done first, so the figure is the start itself
# (a first start on a fresh clone adds the Maven build and the downloads).
#   scripts/bench/start.sh          (uses a scratch state folder; your .oplys is left alone)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
if curl -fsS -o /dev/null http://localhost:8080 2>/dev/null; then
  echo "port 8080 is in use: stop the running server first" >&2; exit 1
fi
(mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package >/dev/null)
mv .oplys .oplys.before-bench 2>/dev/null || true
trap './oplys stop >/dev/null 2>&1 || true; rm -rf .oplys; mv .oplys.before-bench .oplys 2>/dev/null || true' EXIT
measure() {
  local t0 t1 pid rss
  t0=$(date +%s.%N)
  ./oplys start >/dev/null
  t1=$(date +%s.%N)
  pid=$(pgrep -f "jboss.server.base.dir=$ROOT/.oplys/server" | head -1)
  sleep 2
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  printf '%s start: %.1f s to the first answered request, resident memory %d MB\n' "$1" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" $((rss / 1024))
  ./oplys stop >/dev/null
}
echo "=== Start, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
measure "first (empty database: migrations and demo data)"
measure "second (data kept)"
