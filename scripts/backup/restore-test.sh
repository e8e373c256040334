#!/usr/bin/env bash
# Restore test: a restored backup does not bring erased persons back (issue 6).
#   1. a node on a fresh database of the private benchmark PostgreSQL (scripts/bench/pg.sh, never
#      the shared server), demo data, plus PERSONS generated persons of whom every fifth is expired
#      (scripts/bench/retention-data.sql);
#   2. oplys-backup.sh: the dump (with the expired persons in it) and the journal file;
#   3. the application's retention run (POST /api/retention/run) erases the expired persons;
#   4. the node stops; oplys-restore.sh restores the old dump and merges the journal into it;
#      check: the erased persons are back in the tables (the dump had them);
#   5. the node starts on the restored database; within 90 s its JournalReplayAtStart must have
#      erased them again: check none of them is left, with no row of theirs, and every other person
#      of the dump is still there. Prints PASS or FAIL (exit code 1).
#   PERSONS=50 scripts/backup/restore-test.sh
# Ports: BENCH_PGPORT (default 5470) and OPLYS_CLUSTER_OFFSET (default 1000: HTTP 9080).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PERSONS="${PERSONS:-50}"
DB="${RESTORE_DB:-oplys_restore}"
export PGPORT="${PGPORT:-${BENCH_PGPORT:-5470}}" BENCH_PGPORT="${BENCH_PGPORT:-${PGPORT:-5470}}"
export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE="$DB"
WORK="$ROOT/.oplys-bench/restore"
export OPLYS_BACKUP_DIR="$WORK/backups"
sql() { psql -X -v ON_ERROR_STOP=1 "$@"; }

scripts/bench/pg.sh start >/dev/null
sql -qc "DROP DATABASE IF EXISTS $DB" postgres
sql -qc "CREATE DATABASE $DB" postgres
rm -rf "$WORK"; mkdir -p "$WORK/dist" "$OPLYS_BACKUP_DIR"
[[ -f ear/target/oplys.ear ]] || mvn -B -q -DskipTests package >/dev/null
cp -r ear/target/wildfly-39.0.1.Final "$WORK/dist/wildfly"
rm -rf "$WORK/dist/wildfly/standalone/data" "$WORK/dist/wildfly/standalone/deployments/"*
cp ear/target/oplys.ear "$WORK/dist/oplys.ear"
export OPLYS_CLUSTER_WILDFLY="$WORK/dist/wildfly" OPLYS_CLUSTER_EAR="$WORK/dist/oplys.ear" OPLYS_CLUSTER_DIR="$WORK/cluster"
export OPLYS_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" OPLYS_DEMO_DATA=true OPLYS_MAIL_INTERVAL_SECONDS=3600
trap 'scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT

scripts/cluster.sh start 1 >/dev/null
BASE="$(scripts/cluster.sh urls)"
sql -q -v persons="$PERSONS" -v school=1 -f scripts/bench/retention-data.sql >/dev/null
PERSONS_IN_DUMP=$(sql -Atc "SELECT count(*) FROM participant")
EXPIRED=$(sql -Atc "SELECT count(*) FROM bench_expired")

scripts/backup/oplys-backup.sh >/dev/null
DUMP=$(ls "$OPLYS_BACKUP_DIR"/oplys-*.dump | tail -1)

code=$(curl -sS -o "$WORK/run.json" -w '%{http_code}' -u rektor:oplys-demo -H 'Content-Type: application/json' \
  -X POST --data '{}' "$BASE/api/retention/run")
AFTER_PURGE=$(sql -Atc "SELECT count(*) FROM participant p JOIN bench_expired x ON x.id = p.id")
JOURNAL=$(sql -Atc "SELECT count(*) FROM purge_journal j JOIN bench_expired x ON x.id = j.subject_id")
scripts/cluster.sh stop >/dev/null

scripts/backup/oplys-restore.sh "$DUMP" >/dev/null
BACK=$(sql -Atc "SELECT count(*) FROM participant p JOIN bench_expired x ON x.id = p.id")
JOURNAL_RESTORED=$(sql -Atc "SELECT count(*) FROM purge_journal j JOIN bench_expired x ON x.id = j.subject_id")

scripts/cluster.sh start 1 >/dev/null
LEFT=$BACK
for _ in $(seq 1 90); do
  LEFT=$(sql -Atc "SELECT count(*) FROM participant p JOIN bench_expired x ON x.id = p.id")
  [[ "$LEFT" == 0 ]] && break
  sleep 1
done
RESIDUE=$(sql -Atc "SELECT (SELECT count(*) FROM enrolment e JOIN bench_expired x ON x.id = e.participant_id)
  + (SELECT count(*) FROM payer y JOIN bench_expired x ON x.id = y.participant_id)
  + (SELECT count(*) FROM consent c JOIN bench_expired x ON x.id = c.participant_id)
  + (SELECT count(*) FROM invoice i WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.id = i.enrolment_id))")
KEPT=$(sql -Atc "SELECT count(*) FROM participant")
scripts/cluster.sh stop >/dev/null

result=PASS
[[ "$code" == 200 && "$AFTER_PURGE" == 0 && "$JOURNAL" == "$EXPIRED" && "$BACK" == "$EXPIRED" \
   && "$LEFT" == 0 && "$RESIDUE" == 0 && "$KEPT" == $((PERSONS_IN_DUMP - EXPIRED)) ]] || result=FAIL
echo "=== Restore test, $(date -u +%Y-%m-%dT%H:%MZ), PostgreSQL $(sql -Atc 'show server_version') on port $PGPORT"
echo "persons in the backup $PERSONS_IN_DUMP, of them expired $EXPIRED; retention run HTTP $code: left $AFTER_PURGE, journal lines $JOURNAL"
echo "after restoring the old dump: erased persons back in the tables $BACK, journal lines $JOURNAL_RESTORED"
echo "after the node started on it: erased persons left $LEFT, rows of theirs left $RESIDUE, persons $KEPT (expected $((PERSONS_IN_DUMP - EXPIRED)))"
echo "$result"
[[ $result == PASS ]]
