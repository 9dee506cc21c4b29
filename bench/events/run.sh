#!/usr/bin/env bash
# Events benchmark: whole-pipeline ingest on one core (all stages vs. all but events), then `check` latency on the
# resulting store. usage: bench/events/run.sh [PAGES]   (default 5000; needs ../shared/dev for the generator)
set -euo pipefail
cd "$(dirname "$0")/../.."
pages="${1:-5000}"
out=bench/results; mkdir -p "$out"
corpus="$out/corpus-$pages.jsonl"
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$pages" 42 ../shared/dev > "$corpus"
dotnet publish src/Chronicle.Cli -c Release -o "$out/cli" > /dev/null
cli="$out/cli/chronicle"
printf "stages\tpages\tseconds\tpages_per_s\n"
for stages in "text,time,entities" "all"; do
  db="$out/events-$stages.db"; rm -f "$db" "$db-wal" "$db-shm"
  start=$(date +%s.%N)
  taskset -c 0 "$cli" --db "$db" ingest "$corpus" --stages "$stages" --threads 1 > /dev/null
  end=$(date +%s.%N)
  awk -v s="$stages" -v p="$pages" -v a="$start" -v b="$end" 'BEGIN{printf "%s\t%d\t%.2f\t%.0f\n", s, p, b-a, p/(b-a)}'
done
db="$out/events-all.db"
printf "\ncheck latency (whole process, ms), store of %s pages\n" "$pages"
for claim in "Alec Baldwin faces an involuntary manslaughter charge" "Liz Truss is the prime minister of the United Kingdom" "Microsoft owns Activision Blizzard"; do
  for round in 1 2 3; do
    start=$(date +%s%N); "$cli" --db "$db" check "$claim" --as-of 2024-07-20 --json > /dev/null; end=$(date +%s%N)
    printf "%s\t%d\n" "$claim" $(( (end - start) / 1000000 ))
  done
done
