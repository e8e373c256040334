#!/usr/bin/env bash
# A private PostgreSQL for the benchmarks and the crash test, so they never touch (or restart) the
# machine's shared server on 5432: its own data folder (.oplys-bench/pg), port 5470 (BENCH_PGPORT),
# synchronous_commit on (a commit is on disk before it is acknowledged), pg_stat_statements loaded.
#   scripts/bench/pg.sh start      initdb on first use, then start (idempotent)
#   scripts/bench/pg.sh stop       a clean stop
#   scripts/bench/pg.sh crash      stop in immediate mode: no shutdown checkpoint, recovery from WAL on start
#   scripts/bench/pg.sh stats [N]  the N statements with the most total time (pg_stat_statements)
#   scripts/bench/pg.sh locks      lock waits per relation seen in pg_stat_activity right now
#   scripts/bench/pg.sh reset      empties pg_stat_statements
# The binaries are the machine's (pg_config --bindir, or /usr/lib/postgresql/<newest>/bin). When run
# as root the server runs as the postgres user (initdb refuses root).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PGDATA="${BENCH_PGDATA:-$ROOT/.oplys-bench/pg}"
PORT="${BENCH_PGPORT:-5470}"
BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
[[ -x "$BIN/pg_ctl" ]] || BIN="$(pg_config --bindir)"

as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
q() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -X "$@"; }

init() {
  [[ -f "$PGDATA/PG_VERSION" ]] && return
  mkdir -p "$PGDATA"
  [[ $(id -u) == 0 ]] && chown postgres: "$PGDATA"
  chmod 700 "$PGDATA"
  as_owner "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$PGDATA/postgresql.conf" <<CONF
# Oplys benchmarks (scripts/bench/pg.sh)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PGDATA'
max_connections = 300
shared_buffers = 256MB
synchronous_commit = on
fsync = on
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.max = 2000
pg_stat_statements.track = all
track_io_timing = on
log_lock_waits = on
deadlock_timeout = 200ms
log_min_duration_statement = -1
CONF
}

start() {
  init
  if as_owner "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then return; fi
  as_owner "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start >/dev/null
  q -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" postgres
  echo "benchmark PostgreSQL on 127.0.0.1:$PORT (data $PGDATA), synchronous_commit=$(q -Atc 'show synchronous_commit' postgres)"
}

case "${1:-}" in
  start) start ;;
  stop) as_owner "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true ;;
  crash) as_owner "$BIN/pg_ctl" -D "$PGDATA" -m immediate stop ;;
  stats)
    q -P pager=off -c "SELECT calls, round(total_exec_time::numeric) AS total_ms,
        round(mean_exec_time::numeric, 2) AS mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 90) AS query
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '${2:-oplys_bench}')
      ORDER BY total_exec_time DESC LIMIT ${3:-15}" postgres ;;
  locks)
    q -P pager=off -c "SELECT wait_event_type, wait_event, count(*) FROM pg_stat_activity
      WHERE state <> 'idle' GROUP BY 1, 2 ORDER BY 3 DESC" postgres ;;
  reset) q -qc "SELECT pg_stat_statements_reset()" postgres >/dev/null ;;
  *) echo "usage: scripts/bench/pg.sh start|stop|crash|stats [db] [n]|locks|reset" >&2; exit 2 ;;
esac
