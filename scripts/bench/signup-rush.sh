#!/usr/bin/env bash
# Benchmark 1, the sign-up rush, on PostgreSQL. For each client count: the application over HTTP
# (scripts/bench/SignupRush.java against scripts/cluster.sh nodes), then the same database work
# per sign-up done by pgbench (scripts/bench/signup.pgbench) on a fresh programme of the same
# shape: the ceiling, measured in the same run. Prints one table; RESULTS=file also appends it there.
# The database is the private benchmark PostgreSQL of scripts/bench/pg.sh (port PGPORT, default
# 5470, synchronous_commit on), never the shared server. While each run goes, the backends waiting
# for a lock are sampled every 0.2 s and named by the statement they wait in ("where the time goes").
# Then, with OPEN (default 0.5) > 0, the application again in an open loop: sign-ups arrive at a
# fixed rate of OPEN x the ceiling just measured, from up to the same number of concurrent users,
# latency counted from each sign-up's due time (see docs/benchmarks.md for why both loops).
#   CLIENTS="50 200" SIGNUPS=3000 NODES=1 OPEN=0.5 scripts/bench/signup-rush.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CLIENTS="${CLIENTS:-50 200}"
SIGNUPS="${SIGNUPS:-3000}"
NODES="${NODES:-1}"
OPEN="${OPEN:-0.5}"
POOL="${OPLYS_DB_POOL:-40}"
DB="${BENCH_DB:-oplys_bench}"
export PGPORT="${PGPORT:-5470}"
export BENCH_PGPORT="$PGPORT"
WORK="$ROOT/.oplys-bench"
RUSH="java $ROOT/scripts/bench/SignupRush.java"
mkdir -p "$WORK"
LOAD0="$(cut -d" " -f1-3 /proc/loadavg)"
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -X "$@"; }

scripts/bench/pg.sh start
sql -qc "DROP DATABASE IF EXISTS $DB" postgres 2>/dev/null
sql -qc "CREATE DATABASE $DB" postgres
export OPLYS_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" OPLYS_CLUSTER_DIR="$WORK/cluster" OPLYS_DB_POOL="$POOL"
# Mails wait in the outbox during the rush (they are sent afterwards); their PDFs are benchmark 3.
export OPLYS_MAIL_INTERVAL_SECONDS=3600
rm -rf "$WORK/cluster"
# A private copy of the server and the EAR for this run (a build meanwhile cannot touch them).
snapshot() {
  [[ -f "$ROOT/ear/target/oplys.ear" ]] || (cd "$ROOT" && mvn -B -q -DskipTests package >/dev/null)
  rm -rf "$WORK/dist"; mkdir -p "$WORK/dist"
  cp -r "$ROOT/ear/target/wildfly-39.0.1.Final" "$WORK/dist/wildfly"
  rm -rf "$WORK/dist/wildfly/standalone/data" "$WORK/dist/wildfly/standalone/deployments/"*
  cp "$ROOT/ear/target/oplys.ear" "$WORK/dist/oplys.ear"
  export OPLYS_CLUSTER_WILDFLY="$WORK/dist/wildfly" OPLYS_CLUSTER_EAR="$WORK/dist/oplys.ear"
}
snapshot
trap 'scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT
scripts/cluster.sh start "$NODES" >/dev/null
URLS="$(scripts/cluster.sh urls)"
FIRST="${URLS%%,*}"
YEAR=$(sql -Atc "SELECT max(fiscal_year) FROM invoice_series WHERE school_id = 1" "$DB")

programme() { # $1 = file: 40 courses, 10 with 3 seats, 30 with 100
  $RUSH setup --base "$FIRST" --courses 40 --small 10 --small-seats 3 --seats 100 --out "$1" >/dev/null
}
ids() { cut -d' ' -f1 "$1" | paste -sd, -; }
check() { # $1 = courses file: overbooking and seat/enrolment agreement, from the database
  sql -At "$DB" <<SQL
SELECT 'capacity=' || sum(c.capacity) || ' seats_taken=' || sum(c.seats_taken)
    || ' confirmed=' || sum((SELECT count(*) FROM enrolment e WHERE e.course_id = c.id AND e.status = 'CONFIRMED'))
    || ' over_capacity=' || sum(CASE WHEN c.seats_taken > c.capacity THEN 1 ELSE 0 END)
    || ' small_full=' || sum(CASE WHEN c.capacity = 3 AND c.seats_taken = 3 THEN 1 ELSE 0 END) || '/10'
  FROM course c WHERE c.id IN ($(ids "$1"));
SQL
}
numbers() { # the invoice series of school 1: gaps, duplicates, unnumbered rows (all must be 0)
  sql -At "$DB" -c "SELECT 'invoices=' || count(*) || ' number-gaps=' || (coalesce(max(number), 0) - count(DISTINCT number))
      || ' duplicate-numbers=' || (count(*) - count(DISTINCT number)) || ' unnumbered=' || count(*) FILTER (WHERE number <= 0)
    FROM invoice WHERE school_id = 1 AND fiscal_year = $YEAR"
}
# Lock waits: every 0.2 s, the backends of $DB waiting for a lock, by the statement they wait in.
sample_start() {
  : >"$WORK/locks.txt"
  (while :; do
     sql -Atc "SELECT count(*) FILTER (WHERE state = 'active'), count(*) FILTER (WHERE wait_event_type = 'Lock'),
                 count(*) FILTER (WHERE wait_event_type = 'Lock' AND query ILIKE 'UPDATE course%'),
                 count(*) FILTER (WHERE wait_event_type = 'Lock' AND (query ILIKE '%invoice_series%')),
                 count(*) FILTER (WHERE wait_event_type = 'LWLock' OR wait_event_type = 'IO' OR wait_event = 'WALSync' OR wait_event = 'WALWrite')
               FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()" postgres >>"$WORK/locks.txt" 2>/dev/null || true
     sleep 0.2
   done) &
  SAMPLER=$!
}
sample_stop() {
  kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
  awk -F'|' '{n++; a+=$1; l+=$2; s+=$3; i+=$4; w+=$5} END {if (n) printf "backends active avg %.1f, waiting for a lock avg %.1f (seat row %.1f, invoice series %.1f), WAL/IO %.1f", a/n, l/n, s/n, i/n, w/n}' "$WORK/locks.txt"
}
top_statements() { # the statements with the most time in this run
  sql -At -F' | ' -c "SELECT round(total_exec_time::numeric) || ' ms', calls, left(regexp_replace(query, '\s+', ' ', 'g'), 70)
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$DB')
    ORDER BY total_exec_time DESC LIMIT 6" postgres | sed 's/^/            /'
}

echo "warm-up (JIT): 600 sign-ups at 20 clients"
$RUSH setup --base "$FIRST" --courses 10 --small 0 --seats 100 --out "$WORK/warm.txt" >/dev/null
$RUSH rush --base "$URLS" --courses-file "$WORK/warm.txt" --clients 20 --signups 600 >/dev/null

report=""
for c in $CLIENTS; do
  programme "$WORK/app-$c.txt"
  scripts/bench/pg.sh reset
  sample_start
  app=$($RUSH rush --base "$URLS" --courses-file "$WORK/app-$c.txt" --clients "$c" --signups "$SIGNUPS" | grep '^RESULT')
  applocks=$(sample_stop)
  appstmts=$(top_statements)
  seats="$(check "$WORK/app-$c.txt") $(numbers)"

  programme "$WORK/pg-$c.txt"
  pc=$((c < POOL * NODES ? c : POOL * NODES))
  cmin=$(head -1 "$WORK/pg-$c.txt" | cut -d' ' -f1); cmax=$(tail -1 "$WORK/pg-$c.txt" | cut -d' ' -f1)
  rm -f "$WORK"/pgbench_log.*
  scripts/bench/pg.sh reset
  sample_start
  pgout=$(cd "$WORK" && pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -f "$ROOT/scripts/bench/signup.pgbench" \
      -D school=1 -D year="$YEAR" -D cmin="$cmin" -D cmax="$cmax" -c "$pc" -j 2 -t $((SIGNUPS / pc)) -l "$DB" 2>&1)
  pglocks=$(sample_stop)
  tps=$(echo "$pgout" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  pglat=$(cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "p50=%.1fms p99=%.1fms", a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000}')
  pgseats="$(check "$WORK/pg-$c.txt") $(numbers)"

  rate=$(echo "$app" | sed -n 's/.* rate=\([0-9.]*\).*/\1/p')
  ratio=$(awk -v a="$rate" -v b="$tps" 'BEGIN {printf "%.2f", a / b}')
  report+="clients=$c nodes=$NODES | app: ${app#RESULT } | $seats"$'\n'
  report+="          app locks: $applocks"$'\n'
  report+="          app, most database time:"$'\n'"$appstmts"$'\n'
  report+="          ceiling (pgbench, $pc connections): tps=$tps $pglat | $pgseats"$'\n'
  report+="          pgbench locks: $pglocks"$'\n'
  report+="          app / ceiling = $ratio"$'\n'

  if awk -v o="$OPEN" 'BEGIN {exit !(o > 0)}'; then
    orate=$(awk -v o="$OPEN" -v t="$tps" 'BEGIN {printf "%.1f", o * t}')
    programme "$WORK/open-$c.txt"
    scripts/bench/pg.sh reset
    sample_start
    open=$($RUSH rush --base "$URLS" --courses-file "$WORK/open-$c.txt" --clients "$c" --signups "$SIGNUPS" \
        --rate "$orate" | grep '^RESULT')
    openlocks=$(sample_stop)
    report+="          open loop at $OPEN x ceiling = $orate/s, up to $c users: ${open#RESULT } | $(check "$WORK/open-$c.txt") $(numbers)"$'\n'
    report+="          open-loop locks: $openlocks"$'\n'
  fi
done

{
  echo "=== Sign-up rush, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL $(sql -Atc 'show server_version' postgres) on port $PGPORT, synchronous_commit=$(sql -Atc 'show synchronous_commit' postgres), pool $POOL per node, load average before the run: $LOAD0"
  printf '%s' "$report"
} | tee -a "${RESULTS:-/dev/null}"
