#!/usr/bin/env bash
# `asof` and `changes` over all entities (the answers that read every state known on a day) on a set of dates and
# windows, each answer's --json kept so two builds can be compared byte for byte (diff -r the two folders).
# usage: bench/states/interval-answers.sh CLI_DIR STORE OUT
set -euo pipefail
cli="$1/chronicle"; db="$2"; out="$3"; mkdir -p "$out"
for day in 2020-06-01 2021-03-15 2022-01-01 2022-09-30 2023-06-01 2023-12-31 2024-07-04 2025-06-01; do
  "$cli" --db "$db" --json asof "$day" > "$out/asof-$day.json"
done
for window in 2022-01-01:2022-02-01 2023-01-01:2023-02-01 2022-06-01:2023-06-01 2023-01-01:2024-01-01 2021-01-01:2025-01-01 2024-06-01:2024-06-30; do
  "$cli" --db "$db" --json changes --from "${window%%:*}" --to "${window##*:}" > "$out/changes-${window/:/_}.json"
done
for person in "Alec Baldwin" "Rishi Sunak" "Liz Truss"; do
  "$cli" --db "$db" --json asof 2023-06-01 "$person" > "$out/asof-2023-06-01-$person.json"
  "$cli" --db "$db" --json changes --from 2022-06-01 --to 2023-06-01 "$person" > "$out/changes-12m-$person.json"
done
