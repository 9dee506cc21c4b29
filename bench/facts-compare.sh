#!/usr/bin/env bash
# Compares the --json answers of two chronicle builds on one store: timeline, asof (two dates), check and entity for
# each name in NAMES_FILE, then changes and asof without an entity. Prints each query that differs and a count.
# usage: bench/facts-compare.sh BEFORE_CLI AFTER_CLI STORE NAMES_FILE
#   NAMES_FILE: one entity name a line, e.g. the store's most mentioned:
#   chronicle --db STORE entities | sed -n 2,16p | sed -E 's/^ *[0-9]+ +[0-9]+ +[A-Z]+ +[0-9-]+ +[0-9-]+ +//'
set -uo pipefail
before="$1"; after="$2"; db="$3"; names="$4"; n=0; d=0; b=$(mktemp); a=$(mktemp)
ask() {
  "$before" --db "$db" --json "$@" > "$b" 2>&1; local rb=$?
  "$after" --db "$db" --json "$@" > "$a" 2>&1; local ra=$?
  n=$((n+1)); if ! cmp -s "$b" "$a" || [ $rb != $ra ]; then d=$((d+1)); echo "DIFF: $*"; fi
}
while read -r name; do
  ask timeline "$name"; ask asof 2023-06-01 "$name"; ask asof 2021-03-01 "$name"
  ask check "$name is the chief executive" --as-of 2023-06-01; ask entity "$name"
done < "$names"
ask changes --from 2020-01-01 --to 2020-12-31; ask changes --from 2024-01-01 --to 2024-03-01; ask asof 2021-01-01; ask asof 2025-01-01
rm -f "$a" "$b"; echo "compared $n answers, $d differ"
