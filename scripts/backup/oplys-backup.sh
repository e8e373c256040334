#!/usr/bin/env bash
# Daily backup of the Oplys PostgreSQL database and the CPR key folder, with their own retention,
# plus the purge journal (ids and rules only) kept beside the dumps so a restore can re-apply it.
#
#   oplys-backup.sh                 dump + journal + keys, then delete dumps older than the limit
#   oplys-backup.sh --journal-only  refresh the journal file only (cron it after the 03:15 retention run)
#
# Environment: PGHOST PGPORT PGUSER PGDATABASE (libpq), OPLYS_BACKUP_DIR (/var/backups/oplys),
# OPLYS_BACKUP_KEEP_DAYS (35), OPLYS_KEYS_DIR (the CPR keys; copied, never into the dump).
set -euo pipefail

dir=${OPLYS_BACKUP_DIR:-/var/backups/oplys}
keep=${OPLYS_BACKUP_KEEP_DAYS:-35}
export PGDATABASE=${PGDATABASE:-oplys}
umask 077
mkdir -p "$dir"

journal() {
    # The whole journal each time (it only grows, and holds no personal data); written aside and
    # moved into place so a reader never sees half a file.
    psql -X -q -v ON_ERROR_STOP=1 -c "\copy (SELECT id, school_id, purged_at, data_kind, subject_type, subject_id, reason FROM purge_journal ORDER BY id) TO '$dir/purge-journal.csv.partial' WITH (FORMAT csv)"
    mv "$dir/purge-journal.csv.partial" "$dir/purge-journal.csv"
}

if [[ "${1:-}" == "--journal-only" ]]; then
    journal
    exit 0
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
pg_dump -Fc -f "$dir/oplys-$stamp.dump.partial"
mv "$dir/oplys-$stamp.dump.partial" "$dir/oplys-$stamp.dump"
journal
if [[ -n "${OPLYS_KEYS_DIR:-}" && -d "$OPLYS_KEYS_DIR" ]]; then
    tar -C "$OPLYS_KEYS_DIR" -czf "$dir/keys-$stamp.tar.gz" .
fi
# The backups' own retention: a deleted person lives on in a dump at most this long.
find "$dir" -maxdepth 1 \( -name 'oplys-*.dump' -o -name 'keys-*.tar.gz' \) -mtime "+$keep" -delete
echo "backup $dir/oplys-$stamp.dump"
