#!/usr/bin/env bash
# Benchmark 4, the retention sweep (issue 9, issue 6). PERSONS persons (default 1,000,000), every
# fifth of them expired, with their enrolments, invoices, payments, postings, attendance,
# declarations, consents and mails (scripts/bench/retention-data.sql, generate_series). Then, in
# the same run:
#   - the ceiling: the same persons found by the same rule and the same rows deleted/anonymised by
#     plain SQL in one transaction (scripts/bench/retention-sqldelete.sql), on a copy of the data
#     (CREATE DATABASE ... TEMPLATE);
#   - the application: its own retention run, POST /api/retention/run as the school admin, on a
#     node on the benchmark PostgreSQL, while a probe asks for the public catalogue every 200 ms
#     (latency p50/p99 during the sweep, against 30 s of the same probe before it).
# Afterwards, on both databases: exactly the expired persons are gone (no other person, none left),
# no row of theirs is left in any table that references a person, enrolment or invoice, and the
# kept persons' rows are all there.
#   PERSONS=1000000 scripts/bench/retention.sh
# Ports: the private PostgreSQL of scripts/bench/pg.sh (BENCH_PGPORT, default 5470; BENCH_PGDATA),
# the node on OPLYS_CLUSTER_OFFSET (default 1000: HTTP 9080). RESULTS=file appends the figures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PERSONS="${PERSONS:-1000000}"
DB="${BENCH_DB:-oplys_retention}"
COPY="${DB}_sql"
export PGPORT="${PGPORT:-${BENCH_PGPORT:-5470}}"
export BENCH_PGPORT="$PGPORT"
WORK="$ROOT/.oplys-bench/retention"
mkdir -p "$WORK"
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -X -v ON_ERROR_STOP=1 "$@"; }
load() { cut -d" " -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }
LOAD0="$(load)"

scripts/bench/pg.sh start >/dev/null
sql -qc "DROP DATABASE IF EXISTS $COPY" postgres
sql -qc "DROP DATABASE IF EXISTS $DB" postgres
sql -qc "CREATE DATABASE $DB" postgres
export OPLYS_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" OPLYS_CLUSTER_DIR="$WORK/cluster"
export OPLYS_MAIL_INTERVAL_SECONDS=3600 OPLYS_DEMO_DATA=true
rm -rf "$WORK/cluster" "$WORK/dist"
# A private copy of the server and the EAR (a build meanwhile cannot change them).
[[ -f ear/target/oplys.ear ]] || mvn -B -q -DskipTests package >/dev/null
mkdir -p "$WORK/dist"
cp -r ear/target/wildfly-39.0.1.Final "$WORK/dist/wildfly"
rm -rf "$WORK/dist/wildfly/standalone/data" "$WORK/dist/wildfly/standalone/deployments/"*
cp ear/target/oplys.ear "$WORK/dist/oplys.ear"
export OPLYS_CLUSTER_WILDFLY="$WORK/dist/wildfly" OPLYS_CLUSTER_EAR="$WORK/dist/oplys.ear"
trap 'scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT

echo "node start (migrations and demo data)"
scripts/cluster.sh start 1 >/dev/null
scripts/cluster.sh stop >/dev/null # the copy below needs a database nobody is connected to

SCHOOL=1
FYSTART=$(sql -Atc "SELECT fiscal_year_start_month FROM school WHERE id = $SCHOOL" "$DB")
# First day of the fiscal year that holds today minus five years: activity before it is due.
CUTOFF=$(sql -Atc "SELECT make_date(extract(year FROM (current_date - INTERVAL '5 years'
                     - make_interval(months => $FYSTART - 1)))::int, $FYSTART, 1)" "$DB")

echo "generating $PERSONS persons ($((PERSONS / 5)) expired)"
t0=$(now)
sql -q -v persons="$PERSONS" -v school="$SCHOOL" -f scripts/bench/retention-data.sql "$DB" >/dev/null
sql -qc "VACUUM ANALYZE" "$DB"
t1=$(now)
GEN=$(secs "$t0" "$t1")
# What must stay and what must go, counted before; the kept persons' rows are compared after.
sql -q "$DB" <<'SQL'
DROP TABLE IF EXISTS bench_before;
CREATE TABLE bench_before AS SELECT id FROM participant;
ALTER TABLE bench_before ADD PRIMARY KEY (id);
SQL
KEPT_SQL="SELECT (SELECT count(*) FROM participant p WHERE NOT EXISTS (SELECT 1 FROM bench_expired x WHERE x.id = p.id))
  || '/' || (SELECT count(*) FROM enrolment e WHERE NOT EXISTS (SELECT 1 FROM bench_expired x WHERE x.id = e.participant_id))
  || '/' || (SELECT count(*) FROM invoice i JOIN enrolment e ON e.id = i.enrolment_id WHERE NOT EXISTS (SELECT 1 FROM bench_expired x WHERE x.id = e.participant_id))
  || '/' || (SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE NOT EXISTS (SELECT 1 FROM bench_expired x WHERE x.id = e.participant_id))
  || '/' || (SELECT count(*) FROM ledger_entry WHERE invoice_id IS NOT NULL) || '+' || (SELECT count(*) FROM ledger_entry WHERE invoice_id IS NULL)"
ROWS=$(sql -At "$DB" <<'SQL'
SELECT 'participants=' || (SELECT count(*) FROM participant) || ' expired=' || (SELECT count(*) FROM bench_expired)
    || ' enrolments=' || (SELECT count(*) FROM enrolment) || ' invoices=' || (SELECT count(*) FROM invoice)
    || ' payments=' || (SELECT count(*) FROM payment) || ' postings=' || (SELECT count(*) FROM ledger_entry)
    || ' attendance=' || (SELECT count(*) FROM attendance) || ' declarations=' || (SELECT count(*) FROM reduced_fee_declaration)
    || ' consents=' || (SELECT count(*) FROM consent) || ' mails=' || (SELECT count(*) FROM notification)
    || ' idempotency-keys=' || (SELECT count(*) FROM idempotency_key)
    || ' database=' || pg_size_pretty(pg_database_size(current_database()));
SQL
)
KEPT_BEFORE=$(sql -Atc "$KEPT_SQL" "$DB")
echo "$ROWS"

# verify DB: the expired persons and only they are gone, nothing of theirs is left, the kept rows stay.
verify() {
  local out
  out=$(sql -At "$1" <<'SQL'
SELECT 'gone-not-expired=' || (SELECT count(*) FROM bench_before b WHERE NOT EXISTS (SELECT 1 FROM participant p WHERE p.id = b.id)
                                 AND NOT EXISTS (SELECT 1 FROM bench_expired x WHERE x.id = b.id))
    || ' expired-left=' || (SELECT count(*) FROM participant p JOIN bench_expired x ON x.id = p.id)
    || ' residue=' || ((SELECT count(*) FROM enrolment e JOIN bench_expired x ON x.id = e.participant_id)
        + (SELECT count(*) FROM payer y JOIN bench_expired x ON x.id = y.participant_id)
        + (SELECT count(*) FROM consent c JOIN bench_expired x ON x.id = c.participant_id)
        + (SELECT count(*) FROM reduced_fee_declaration d JOIN bench_expired x ON x.id = d.participant_id)
        + (SELECT count(*) FROM invoice i WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.id = i.enrolment_id))
        + (SELECT count(*) FROM attendance a WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.id = a.enrolment_id))
        + (SELECT count(*) FROM notification n WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.id = n.enrolment_id))
        + (SELECT count(*) FROM idempotency_key k WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.id = k.enrolment_id))
        + (SELECT count(*) FROM payment p WHERE NOT EXISTS (SELECT 1 FROM invoice i WHERE i.id = p.invoice_id)))
    || ' journal=' || (SELECT count(*) FROM purge_journal j JOIN bench_expired x ON x.id = j.subject_id);
SQL
)
  local kept
  kept=$(sql -Atc "$KEPT_SQL" "$1")
  # Postings stay (anonymised): linked ones of the kept + unlinked ones = all postings before.
  local expect_post
  expect_post=$(awk -F/ '{split($5, a, "+"); print a[1] + a[2]}' <<<"$KEPT_BEFORE")
  local kept_ok=yes
  [[ "${kept%/*}" == "${KEPT_BEFORE%/*}" ]] || kept_ok=no
  local post_total
  post_total=$(awk -F/ '{split($5, a, "+"); print a[1] + a[2]}' <<<"$kept")
  [[ "$post_total" == "$expect_post" ]] || kept_ok=no
  local pass=PASS
  [[ "$out" == "gone-not-expired=0 expired-left=0 residue=0 journal=$((PERSONS / 5))"* && $kept_ok == yes ]] || pass=FAIL
  echo "$out kept-rows(persons/enrolments/invoices/attendance/postings linked+anonymised)=$kept (before $KEPT_BEFORE) $pass"
}

# The ceiling: plain SQL on a copy of the same data.
sql -qc "CREATE DATABASE $COPY TEMPLATE $DB" postgres
echo "plain SQL delete on the copy"
LOADS0="$(load)"
t0=$(now)
sql -q -v school="$SCHOOL" -v cutoff="$CUTOFF" -f scripts/bench/retention-sqldelete.sql "$COPY" >/dev/null
t1=$(now)
SQLTIME=$(secs "$t0" "$t1")
SQLVERIFY=$(verify "$COPY")
sql -qc "DROP DATABASE $COPY" postgres

# The application.
echo "node start; probe before the sweep (30 s)"
scripts/cluster.sh start 1 >/dev/null
BASE="$(scripts/cluster.sh urls)"
PROBE="java $ROOT/scripts/bench/Probe.java $BASE/api/public/courses"
$PROBE 10 200 >/dev/null # warm-up
BEFORE=$($PROBE 30 200 | sed -n 's/^RESULT //p')
rm -f "$WORK/stop"
$PROBE 36000 200 "$WORK/stop" >"$WORK/probe.txt" &
PROBE_PID=$!
echo "retention run through the application"
LOADA0="$(load)"
t0=$(now)
code=$(curl -sS -o "$WORK/run.json" -w '%{http_code}' -u rektor:oplys-demo -H 'Content-Type: application/json' \
  -X POST --data '{}' "$BASE/api/retention/run")
t1=$(now)
LOADA1="$(load)"
touch "$WORK/stop"
wait "$PROBE_PID" || true
DURING=$(sed -n 's/^RESULT //p' "$WORK/probe.txt")
APPTIME=$(secs "$t0" "$t1")
COUNTS=$(python3 -c "import json,sys; r=json.load(open('$WORK/run.json')); print(r.get('status'), ', '.join(f\"{c['dataKind']} {c['action']} {c['rows']}\" for c in r.get('counts', []) if c['rows']))" 2>/dev/null \
  || head -c 300 "$WORK/run.json")
scripts/cluster.sh stop >/dev/null
APPVERIFY=$(verify "$DB")
RATIO=$(awk -v a="$APPTIME" -v b="$SQLTIME" 'BEGIN {printf "%.1f", a / b}')

{
  echo "=== Retention sweep, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL $(sql -Atc 'show server_version' postgres) on port $PGPORT, load average before the run: $LOAD0"
  echo "data: $PERSONS persons, generated in $GEN s: $ROWS; cutoff $CUTOFF"
  echo "plain SQL (one transaction, on a copy): $SQLTIME s (load $LOADS0)"
  echo "          check: $SQLVERIFY"
  echo "application (POST /api/retention/run, HTTP $code): $APPTIME s (load $LOADA0 -> $LOADA1); run: $COUNTS"
  echo "          check: $APPVERIFY"
  echo "application / plain SQL = $RATIO"
  echo "catalogue probe (GET /api/public/courses every 200 ms): before $BEFORE"
  echo "                                                       during $DURING"
} | tee -a "${RESULTS:-/dev/null}"
