#!/usr/bin/env bash
# Stored fact states (issue 16): ingest with state maintenance on and off, bytes on disk per page, and the fact
# queries as fresh CLI processes on the store ingested with maintenance on.
# usage: bench/states/run.sh [PAGES] [ROUNDS]      (defaults: 20000 pages, 3 rounds of each query)
# Needs ../shared/dev for the source pages (bench/gen_corpus.py). Results in bench/results/states-PAGES/.
# Ingest runs on one core (taskset, --threads 1), as bench/ingest.sh; the queries use bench/facts.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
pages="${1:-20000}"; rounds="${2:-3}"
out="bench/results/states-$pages"; mkdir -p "$out"
corpus="bench/results/corpus-$pages.jsonl"
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$pages" 42 ../shared/dev > "$corpus"
cli=bench/results/cli-states
dotnet publish src/Chronicle.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$cli" > /dev/null

seconds() { grep "Elapsed (wall clock)" "$1" | awk -F': ' '{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}'; }
printf "maintenance\tpages\tseconds\tpages_per_s\tpeak_MB\tbytes_per_page\n" | tee "$out/ingest.tsv"
for mode in off on; do
  db="$out/store-$mode.db"; rm -f "$db" "$db-wal" "$db-shm"
  flag=(); [ "$mode" = off ] && flag=(--defer-facts)
  log="$out/ingest-$mode.log"
  taskset -c 0 /usr/bin/time -v "$cli/chronicle" --db "$db" ingest "$corpus" --threads 1 "${flag[@]}" > "$log" 2>&1
  secs=$(seconds "$log"); peak=$(grep "Maximum resident set size" "$log" | awk '{print $NF/1024}')
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
  bytes=$(stat -c %s "$db")
  awk -v m="$mode" -v p="$pages" -v t="$secs" -v k="$peak" -v b="$bytes" 'BEGIN{printf "%s\t%d\t%.1f\t%.0f\t%.0f\t%.0f\n", m, p, t, p/t, k, b/p}' | tee -a "$out/ingest.tsv"
done
# Bytes of the fact tables and their indexes (dbstat), per page.
sqlite3 "$out/store-on.db" "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'fact%' OR name LIKE 'event_arguments_by_entity' OR name LIKE 'sqlite_autoindex_fact%' GROUP BY name ORDER BY 2 DESC;" \
  | awk -F'|' -v p="$pages" '{printf "%s\t%.0f bytes/page\n", $1, $2/p}' | tee "$out/fact-tables.tsv"
# The most-mentioned person decides the entity queries, as bench/facts.sh does.
person=$(sqlite3 "$out/store-on.db" "SELECT name FROM entities WHERE type = 'PERSON' ORDER BY document_count DESC LIMIT 1")
echo "most-mentioned person: $person" | tee "$out/person.txt"
BENCH_PERSON="$person" bash bench/facts.sh "$cli" "$out/store-on.db" "states-$pages" "$rounds"
