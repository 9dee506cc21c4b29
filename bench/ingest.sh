#!/usr/bin/env bash
# Whole-run ingest benchmark: the release `chronicle ingest` on one core, GNU time for wall time and peak memory.
# usage: bench/ingest.sh [PAGES] [STAGES...]   (defaults: 20000 pages; stages "text" "all")
# Needs ../shared/dev for the source pages. Prints a TSV row per run and keeps the logs in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-20000}"; shift || true
stages=("$@"); [ ${#stages[@]} -eq 0 ] && stages=(text all)
out=bench/results; mkdir -p "$out"
corpus="$out/corpus-$pages.jsonl"
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$pages" 42 ../shared/dev > "$corpus"
dotnet publish src/Chronicle.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" > /dev/null
bytes=$(stat -c %s "$corpus")
printf "stages\tpages\tMB\tseconds\tpages_per_s\tMB_per_s\tcpu_s\tpages_per_cpu_s\tpeak_MB\n"
for stage in "${stages[@]}"; do
  for round in 1 2 3; do
    db="$out/bench-$stage.db"; rm -f "$db" "$db-wal" "$db-shm"
    log="$out/ingest-$stage-$pages-$round.log"
    taskset -c 0 /usr/bin/time -v "$out/cli/chronicle" --db "$db" ingest "$corpus" --stages "$stage" --threads 1 --json > "$log" 2>&1
    secs=$(grep "Elapsed (wall clock)" "$log" | awk -F': ' '{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}')
    peak=$(grep "Maximum resident set size" "$log" | awk '{print $NF/1024}')
    cpu=$(grep -E "(User|System) time" "$log" | awk '{s+=$NF} END{print s}')
    awk -v s="$stage" -v p="$pages" -v b="$bytes" -v t="$secs" -v m="$peak" -v c="$cpu" \
      'BEGIN{printf "%s\t%d\t%.1f\t%.2f\t%.0f\t%.2f\t%.2f\t%.0f\t%.0f\n", s, p, b/1e6, t, p/t, b/1e6/t, c, p/c, m}'
  done
done
