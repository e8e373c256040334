#!/usr/bin/env bash
# Benchmark 5: time from the start command to the first answered request, and the server's resident
# memory once the demo data is loaded. The server is started exactly as './oplys start' starts it
# (same configuration, demo data on), but in a scratch folder (.oplys-bench/start) and with a port
# offset (START_PORT_OFFSET, default 900: HTTP on 8980), so a running demo on 8080 is neither used
# nor disturbed. The build is done first, so the figure is the start itself (a first start on a
# fresh clone adds the Maven build and the downloads).
#   scripts/bench/start.sh                 H2 file database, as ./oplys start
#   START_DB=postgres scripts/bench/start.sh   the benchmark PostgreSQL (scripts/bench/pg.sh, port 5470)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
OFFSET="${START_PORT_OFFSET:-900}"
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
STATE="$ROOT/.oplys-bench/start"
WF="$ROOT/ear/target/wildfly-39.0.1.Final"
PGPORT="${PGPORT:-5470}"
if curl -fsS -o /dev/null "$HTTP" 2>/dev/null; then
  echo "port $((8080 + OFFSET)) is in use: choose another START_PORT_OFFSET" >&2; exit 1
fi
[[ -f ear/target/oplys.ear && -f "$WF/standalone/configuration/standalone-oplys.xml" ]] \
  || mvn -B -q -DskipTests package >/dev/null
if [[ "${START_DB:-h2}" == postgres ]]; then
  scripts/bench/pg.sh start >/dev/null
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "DROP DATABASE IF EXISTS oplys_start" postgres
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE oplys_start" postgres
  export OPLYS_DB_DRIVER=postgresql OPLYS_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/oplys_start" \
         OPLYS_DB_USER=postgres OPLYS_DB_PASSWORD=postgres
fi
rm -rf "$STATE"
PID=""
stop() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill -- -"$PID" 2>/dev/null || kill "$PID"
    for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- -"$PID" 2>/dev/null || true
  fi
  PID=""
}
trap stop EXIT

measure() {
  local t0 t1 rss java
  mkdir -p "$STATE/server/deployments" "$STATE/keys"
  chmod 700 "$STATE/keys"
  rm -rf "$STATE/server/configuration"
  cp -r "$WF/standalone/configuration" "$STATE/server/configuration"
  cp ear/target/oplys.ear "$STATE/server/deployments/oplys.ear"
  rm -f "$STATE/server/deployments/oplys.ear."*
  t0=$(date +%s.%N)
  setsid "$WF/bin/standalone.sh" -Djboss.server.base.dir="$STATE/server" -c standalone-oplys.xml \
      -Djboss.socket.binding.port-offset="$OFFSET" -Doplys.demo-data=true -Doplys.keys.dir="$STATE/keys" \
      -Doplys.epay.simulator=true -Doplys.public-url="$HTTP/oplys" \
      -Doplys.smtp.host=127.0.0.1 -Doplys.smtp.port=1 -Doplys.mail.interval-seconds=3600 \
      >"$STATE/server.out" 2>&1 </dev/null &
  PID=$!
  until curl -fsS -o /dev/null "$HTTP/oplys/api/public/courses" 2>/dev/null; do
    kill -0 "$PID" 2>/dev/null || { echo "the server stopped; see $STATE/server.out" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  sleep 5 # let start-up settle (timers, lazy pools) before the memory is read
  java=$(pgrep -f -- "-Djboss.server.base.dir=$STATE/server" | while read -r p; do
           [[ "$(cat /proc/"$p"/comm 2>/dev/null)" == java ]] && echo "$p"; done | head -1)
  rss=$(ps -o rss= -p "$java" | tr -d ' ')
  printf '%s: %.1f s to the first answered request, resident memory %d MB\n' "$1" \
      "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" $((rss / 1024))
  stop
}
{
  echo "=== Start, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), database ${START_DB:-h2}, $(java -version 2>&1 | head -1)"
  measure "first start (empty database: migrations and demo data)"
  measure "second start (data kept)"
} | tee -a "${RESULTS:-/dev/null}"
