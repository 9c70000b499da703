#!/bin/sh
# Nightly backup of the Trepart server database (run from cron or a systemd timer as a user that
# may read the database). Keeps 30 days. The dump holds personal data: the folder is 0700.
#   TREPART_BACKUP_DIR=/var/backups/trepart PGDATABASE=trepart ./backup.sh
set -eu
dir="${TREPART_BACKUP_DIR:-/var/backups/trepart}"
umask 077
mkdir -p "$dir"
file="$dir/trepart-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --file="$file.part" "${PGDATABASE:-trepart}"
mv "$file.part" "$file"
find "$dir" -name 'trepart-*.dump' -mtime +30 -delete
echo "$file"
