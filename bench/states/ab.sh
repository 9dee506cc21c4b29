#!/usr/bin/env bash
# Two builds' fresh `chronicle` processes on one query, alternating (A B A B ...) so a shared machine's load falls on
# both alike; prints each build's median and p95 of wall and CPU seconds (GNU time).
# usage: bench/states/ab.sh ROUNDS CLI_A STORE_A CLI_B STORE_B -- ARGS...     (ARGS: the command, e.g. timeline "Alec Baldwin")
set -euo pipefail
rounds="$1"; a_cli="$2"; a_db="$3"; b_cli="$4"; b_db="$5"; shift 6
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for round in $(seq 1 "$rounds"); do
  for side in a b; do
    if [ "$side" = a ]; then cli="$a_cli"; db="$a_db"; else cli="$b_cli"; db="$b_db"; fi
    /usr/bin/time -f "%e %U %S" -o "$tmp/t" "$cli" --db "$db" --json "$@" > "$tmp/$side.json"
    awk '{print $1, $2 + $3}' "$tmp/t" >> "$tmp/$side.times"
  done
done
cmp -s "$tmp/a.json" "$tmp/b.json" && same=same || same=DIFFERENT
for side in a b; do
  python3 - "$tmp/$side.times" "$side" "$same" <<'PY'
import math, statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
wall = sorted(r[0] for r in rows)
p95 = wall[min(len(wall) - 1, math.ceil(0.95 * len(wall)) - 1)]
print(f"{sys.argv[2]}\twall p50 {statistics.median(wall):.2f} p95 {p95:.2f}\tcpu p50 {statistics.median(r[1] for r in rows):.2f}\t(answers {sys.argv[3]})")
PY
done
