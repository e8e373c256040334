#!/usr/bin/env bash
# Restores an Oplys backup without bringing deleted people back:
#   1. keeps the newest purge journal (the live database's if it still answers, else the file);
#   2. restores the dump into the database (stop the application first);
#   3. adds to the restored database every journal line it does not have (purges made after the dump);
#   4. when the application starts it re-erases everyone the journal names (JournalReplayAtStart,
#      15 s after start, and every retention run): ids and rules only, and only rows created before
#      their erasure, so an id reused later is never touched.
#
#   oplys-restore.sh /var/backups/oplys/oplys-20261204T021500Z.dump
set -euo pipefail

dump=${1:?usage: oplys-restore.sh DUMP}
dir=${OPLYS_BACKUP_DIR:-/var/backups/oplys}
export PGDATABASE=${PGDATABASE:-oplys}
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if psql -X -q -c "SELECT 1 FROM purge_journal LIMIT 1" >/dev/null 2>&1; then
    psql -X -q -v ON_ERROR_STOP=1 -c "\copy (SELECT id, school_id, purged_at, data_kind, subject_type, subject_id, reason FROM purge_journal ORDER BY id) TO '$work/live.csv' WITH (FORMAT csv)"
fi
touch "$work/live.csv"
cat "$work/live.csv" "${dir}/purge-journal.csv" 2>/dev/null > "$work/journal.csv" || true

pg_restore --clean --if-exists --no-owner -d "$PGDATABASE" "$dump"

psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE restored_journal (id BIGINT, school_id BIGINT, purged_at TIMESTAMP, data_kind VARCHAR(40),
                                    subject_type VARCHAR(20), subject_id BIGINT, reason VARCHAR(40));
\copy restored_journal FROM '$work/journal.csv' WITH (FORMAT csv)
INSERT INTO purge_journal (school_id, purged_at, data_kind, subject_type, subject_id, reason)
SELECT DISTINCT r.school_id, r.purged_at, r.data_kind, r.subject_type, r.subject_id, r.reason FROM restored_journal r
WHERE NOT EXISTS (SELECT 1 FROM purge_journal j WHERE j.school_id = r.school_id AND j.subject_type = r.subject_type
                  AND j.subject_id = r.subject_id AND j.purged_at = r.purged_at);
SQL
echo "restored $dump; journal merged: start the application and the journal is re-applied within a minute"
