#!/usr/bin/env bash
# SQLite and PostgreSQL side by side, on a throw-away local PostgreSQL cluster (scripts/services/postgres.sh, fsync on,
# synchronous_commit off: like SQLite's WAL with synchronous=NORMAL, a crash may lose the last commits, never corrupt):
#  1. ingest PAGES generated pages, all stages, default threads, into each backend: seconds, pages/s, bytes per page;
#  2. search / timeline / check latency, in process, on the two stores just built (bench/store);
#  3. two `ingest` processes at once into one PostgreSQL database (half of PAIR pages each, --threads 1) against one
#     process ingesting all PAIR pages with --threads 1.
# usage: bench/backends.sh [PAGES] [PAIR] [pair]   (defaults: 20000 and 4000; a third argument "pair" runs step 3 only).
# Needs ../shared/dev for the source pages.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-20000}"; pair="${2:-4000}"; only="${3:-all}"
out=bench/results; mkdir -p "$out"
corpus="$out/corpus-$pages.jsonl"
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$pages" 42 ../shared/dev > "$corpus"
dotnet publish src/Chronicle.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" > /dev/null
dotnet publish bench/store -c Release -o "$out/bench-store" > /dev/null

CHRONICLE_CLEANUP=()
trap 'for step in "${CHRONICLE_CLEANUP[@]}"; do eval "$step" || true; done' EXIT
CHRONICLE_POSTGRES_SETTINGS="-c synchronous_commit=off -c shared_buffers=512MB -c max_wal_size=4GB -c checkpoint_timeout=30min"
# shellcheck source=../scripts/services/postgres.sh
source scripts/services/postgres.sh
server="$CHRONICLE_TEST_POSTGRES"
port="$(sed 's/.*Port=\([0-9]*\).*/\1/' <<< "$server")"
export PGOPTIONS="-c client_min_messages=warning"
sql() { psql -X -q -t -A -h 127.0.0.1 -p "$port" -U chronicle -d postgres -c "$1"; }
database() { sql "DROP DATABASE IF EXISTS $1" >/dev/null; sql "CREATE DATABASE $1" >/dev/null; echo "${server/Database=postgres/Database=$1}"; }

run() { # label, db, input, extra args...: prints seconds
  local label="$1" db="$2" input="$3"; shift 3
  /usr/bin/time -f "%e" -o "$out/time-$label" "$out/cli/chronicle" --db "$db" ingest "$input" --json "$@" > "$out/ingest-$label.json"
  cat "$out/time-$label"
}

if [ "$only" = all ]; then
echo "## ingest, all stages, $pages pages (load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf "backend\tpages\tseconds\tpages_per_s\tbytes\tbytes_per_page\n"
sqlite_db="$out/backends-$pages.db"; rm -f "$sqlite_db" "$sqlite_db-wal" "$sqlite_db-shm"
secs=$(run sqlite "$sqlite_db" "$corpus")
bytes=$(( $(stat -c %s "$sqlite_db") + $(stat -c %s "$sqlite_db-wal" 2>/dev/null || echo 0) ))
awk -v s="$secs" -v p="$pages" -v b="$bytes" 'BEGIN{printf "sqlite\t%d\t%.1f\t%.0f\t%d\t%.0f\n", p, s, p/s, b, b/p}'
empty=$(sql "SELECT pg_database_size('postgres')")
pg_db=$(database bench_store)
secs=$(run postgres "$pg_db" "$corpus")
sql "CHECKPOINT" > /dev/null
bytes=$(( $(sql "SELECT pg_database_size('bench_store')") - empty ))
awk -v s="$secs" -v p="$pages" -v b="$bytes" 'BEGIN{printf "postgres\t%d\t%.1f\t%.0f\t%d\t%.0f\n", p, s, p/s, b, b/p}'
echo "(postgres bytes: the database's size less an empty database's; per table:)"
psql -X -h 127.0.0.1 -p "$port" -U chronicle -d bench_store -c "SELECT relname AS table, pg_size_pretty(pg_total_relation_size(oid)) AS with_indexes, pg_total_relation_size(oid) / $pages AS bytes_per_page FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY pg_total_relation_size(oid) DESC"

echo "## query latency, in process, on the $pages-page stores"
for backend in sqlite postgres; do
  location="$sqlite_db"; [ "$backend" = postgres ] && location="$pg_db"
  echo "# $backend"
  dotnet "$out/bench-store/bench-store.dll" "$location" 2
done

fi

echo "## one ingest process against two at once into PostgreSQL, $pair pages, all stages, --threads 1 each"
head -n "$pair" "$corpus" > "$out/pair.jsonl"
head -n $(( pair / 2 )) "$out/pair.jsonl" > "$out/pair-a.jsonl"
tail -n +$(( pair / 2 + 1 )) "$out/pair.jsonl" > "$out/pair-b.jsonl"
one=$(run one "$(database bench_one)" "$out/pair.jsonl" --threads 1)
two_db=$(database bench_two)
start=$(date +%s.%N)
run two-a "$two_db" "$out/pair-a.jsonl" --threads 1 > /dev/null &
run two-b "$two_db" "$out/pair-b.jsonl" --threads 1 > /dev/null
wait
two=$(echo "$(date +%s.%N) - $start" | bc)
stored=$(psql -X -q -t -A -h 127.0.0.1 -p "$port" -U chronicle -d bench_two -c "SELECT count(*) FROM documents")
printf "writers\tpages\tseconds\tpages_per_s\n"
awk -v s="$one" -v p="$pair" 'BEGIN{printf "1\t%d\t%.1f\t%.0f\n", p, s, p/s}'
awk -v s="$two" -v p="$stored" 'BEGIN{printf "2\t%d\t%.1f\t%.0f\n", p, s, p/s}'

[ "$only" = all ] || exit 0
echo "## query plans on the $pages-page PostgreSQL store (EXPLAIN ANALYZE; docs/SCALING.md reads them)"
psql -X -h 127.0.0.1 -p "$port" -U chronicle -d bench_store -f bench/store/plans.sql | tee "$out/plans-$pages.txt"
