#!/usr/bin/env bash
# Rebuilds previous-schema.db (a store of schema 0001-0006, before sentences were stored as spans) and the
# answers that build gave, from previous-schema.jsonl (sentences written for this test).
# usage: make-previous-schema.sh CHRONICLE   (a `chronicle` built from a commit before migration 0007)
set -euo pipefail
cd "$(dirname "$0")"
cli="$1"
rm -f previous-schema.db previous-schema.db-wal previous-schema.db-shm
"$cli" --db previous-schema.db ingest previous-schema.jsonl --json > /dev/null
sqlite3 previous-schema.db "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;" > /dev/null
while IFS=$'\t' read -r name args; do
  IFS=$'\t' read -ra argv <<< "$args"
  "$cli" --db previous-schema.db --json "${argv[@]}" > "previous-schema.answers/$name.json"
done < previous-schema.answers/commands.tsv
rm -f previous-schema.db-wal previous-schema.db-shm
