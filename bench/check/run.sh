#!/usr/bin/env bash
# `chronicle check` as a fresh CLI process on a large store: the claims below (people and companies the generated
# pages mention most) ROUNDS times each; prints wall and CPU seconds and peak MB per round and the median wall and CPU
# per claim. Run it for two builds on stores they ingested from the same pages to compare them side by side.
# usage: bench/check/run.sh CLI STORE [ROUNDS]
#   CLI    a built chronicle (e.g. src/Chronicle.Cli/bin/Release/net10.0/chronicle)
#   STORE  a store ingested from bench/gen_corpus.py pages, e.g. 20,000 pages:
#          python3 bench/gen_corpus.py 20000 42 ../shared/dev > c20k.jsonl; chronicle --db s20k.db ingest c20k.jsonl
set -euo pipefail
cli="$1"; db="$2"; rounds="${3:-5}"
claims=(
  "Rishi Sunak is the prime minister of the United Kingdom|2023-06-01"
  "Alec Baldwin faces an involuntary manslaughter charge|2023-06-01"
  "Microsoft owns Activision Blizzard|2023-11-01"
  "Elon Musk is the CEO of Twitter|2023-01-01"
)
printf "claim\twall_s_median\tcpu_s_median\tpeak_MB_max\n"
for entry in "${claims[@]}"; do
  claim="${entry%|*}"; date="${entry#*|}"; walls=(); cpus=(); peak=0
  for _ in $(seq 1 "$rounds"); do
    read -r wall cpu kb < <( { /usr/bin/time -f "%e %U %S %M" "$cli" --db "$db" check "$claim" --as-of "$date" > /dev/null; } 2>&1 | tail -1 | awk '{print $1, $2 + $3, $4}')
    walls+=("$wall"); cpus+=("$cpu"); [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  median() { printf "%s\n" "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
  printf "%s\t%s\t%s\t%d\n" "$claim" "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$((peak / 1024))"
done
