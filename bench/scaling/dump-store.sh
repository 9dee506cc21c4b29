#!/usr/bin/env bash
# Prints every analysis table of a SQLite store in a fixed order (all columns, ingest time left out), so
# that two stores made from the same pages can be compared byte for byte with `cmp` or `diff`: the check
# that a speed change left the stages' output unchanged. Ingest with `--threads 1` for stable keys.
# Usage: bench/scaling/dump-store.sh STORE.db > dump.txt
set -euo pipefail
db="$1"
for table in documents sentences sentence_spans noise time_mentions entities entity_aliases entity_lookup \
             entity_mentions entity_roles events event_arguments event_words; do
  columns=$(sqlite3 "$db" "select group_concat(name, ',') from pragma_table_info('$table') where name <> 'ingested_at'")
  echo "== $table"
  sqlite3 -separator $'\t' "$db" "select $columns from $table order by $columns"
done
