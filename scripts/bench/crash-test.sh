#!/usr/bin/env bash
# Crash safety: a sign-up storm against two nodes on one PostgreSQL; during it node 1 is killed
# with kill -9 KILLS times (and started again), and PostgreSQL is stopped in immediate mode (a
# crash: no shutdown checkpoint) once. The load generator retries failed requests with the same
# idempotency key and records every key it got a success for. Afterwards, from the database:
# every acknowledged sign-up exists exactly once, no confirmed enrolment without its invoice, no
# gap in any invoice series, no course over capacity.
#   KILLS=3 CLIENTS=60 SIGNUPS=6000 scripts/bench/crash-test.sh
# PostgreSQL is the private benchmark server of scripts/bench/pg.sh (port PGPORT, default 5470,
# synchronous_commit on): the machine's shared server on 5432 is never touched or restarted.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
KILLS="${KILLS:-3}"
CLIENTS="${CLIENTS:-60}"
SIGNUPS="${SIGNUPS:-6000}"
DB="${CRASH_DB:-oplys_crash}"
WORK="$ROOT/.oplys-bench/crash"
RUSH="java $ROOT/scripts/bench/SignupRush.java"
export PGPORT="${PGPORT:-5470}"
export BENCH_PGPORT="$PGPORT"
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -X -At "$DB" "$@"; }

rm -rf "$WORK"; mkdir -p "$WORK"
scripts/bench/pg.sh start
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres 2>/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE $DB" postgres
echo "synchronous_commit=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc 'show synchronous_commit' postgres)"
export OPLYS_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" OPLYS_CLUSTER_DIR="$WORK/cluster"
export OPLYS_MAIL_INTERVAL_SECONDS=3600
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
scripts/cluster.sh start 2
URLS="$(scripts/cluster.sh urls)"
$RUSH setup --base "${URLS%%,*}" --courses 40 --small 10 --small-seats 3 --seats 100 --out "$WORK/courses.txt"

$RUSH rush --base "$URLS" --courses-file "$WORK/courses.txt" --clients "$CLIENTS" --signups "$SIGNUPS" \
    --retry-seconds 240 --acked "$WORK/acked.txt" >"$WORK/rush.out" 2>&1 &
LOAD=$!

survived=0
for k in $(seq 1 "$KILLS"); do
  sleep 6
  kill -0 "$LOAD" 2>/dev/null || break
  scripts/cluster.sh kill 1
  sleep 2
  scripts/cluster.sh restart 1 >/dev/null && survived=$((survived + 1)) && echo "node 1 back after kill $k"
  if [[ $k -eq 1 ]]; then
    sleep 3
    echo "PostgreSQL: immediate stop (crash) and start"
    scripts/bench/pg.sh crash
    sleep 2
    scripts/bench/pg.sh start >/dev/null
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 1; done
    echo "PostgreSQL back"
  fi
done
wait "$LOAD" || true
cat "$WORK/rush.out"

# The acknowledged keys into a scratch table, then the checks.
sql -qc "CREATE TABLE crash_acked (idem_key VARCHAR(100), course_id BIGINT)"
sql -qc "\copy crash_acked FROM '$WORK/acked.txt' WITH (DELIMITER ' ')"
acked=$(sql -c "SELECT count(*) FROM crash_acked")
distinct=$(sql -c "SELECT count(DISTINCT idem_key) FROM crash_acked")
lost=$(sql -c "SELECT count(*) FROM crash_acked a WHERE NOT EXISTS (SELECT 1 FROM idempotency_key k JOIN enrolment e ON e.id = k.enrolment_id WHERE k.idem_key = a.idem_key)")
# One sign-up of the storm = one person (first name BenchI, last name Rush<tag>, own e-mail): two
# enrolments for the same one, even under two participant rows, would be a duplicate.
duplicated=$(sql -c "SELECT count(*) FROM (SELECT lower(p.email), e.course_id FROM enrolment e JOIN participant p ON p.id = e.participant_id WHERE p.last_name LIKE 'Rush%' GROUP BY 1, 2 HAVING count(*) > 1) d")
dupkeys=$(sql -c "SELECT count(*) FROM (SELECT idem_key FROM crash_acked GROUP BY 1 HAVING count(*) > 1) d")
storm=$(sql -c "SELECT count(*) FROM enrolment e JOIN participant p ON p.id = e.participant_id WHERE p.last_name LIKE 'Rush%'")
no_invoice=$(sql -c "SELECT count(*) FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.status = 'CONFIRMED' AND c.fee_ore > 0 AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.enrolment_id = e.id AND i.kind = 'INVOICE')")
gaps=$(sql -c "SELECT coalesce(sum(max_n - cnt), 0) FROM (SELECT school_id, fiscal_year, max(number) AS max_n, count(DISTINCT number) AS cnt FROM invoice GROUP BY 1, 2) s")
dupnum=$(sql -c "SELECT count(*) - count(DISTINCT (school_id, fiscal_year, number)) FROM invoice")
unnumbered=$(sql -c "SELECT count(*) FROM invoice WHERE number <= 0")
over=$(sql -c "SELECT count(*) FROM course WHERE seats_taken > capacity")
mismatch=$(sql -c "SELECT count(*) FROM course c WHERE c.seats_taken <> (SELECT count(*) FROM enrolment e WHERE e.course_id = c.id AND e.status = 'CONFIRMED')")

echo "=== Crash test, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg): node 1 killed with -9 $KILLS times (survived $survived), PostgreSQL crashed once"
echo "acknowledged=$acked (distinct keys $distinct, keys acknowledged twice $dupkeys) lost=$lost duplicated=$duplicated storm-enrolments-in-db=$storm"
echo "confirmed-without-invoice=$no_invoice invoice-number-gaps=$gaps duplicate-numbers=$dupnum unnumbered-invoices=$unnumbered courses-over-capacity=$over seat-count-mismatches=$mismatch"
[[ "$lost" == 0 && "$duplicated" == 0 && "$no_invoice" == 0 && "$gaps" == 0 && "$dupnum" == 0 && "$unnumbered" == 0 && "$over" == 0 && "$mismatch" == 0 ]] \
  && echo "PASS" || { echo "FAIL"; exit 1; }
