#!/usr/bin/env bash
# Store size per page: ingests PAGES generated pages with every stage into a fresh store, then prints bytes per
# page by table and index (sizes.py, SQLite's dbstat). Compare builds by passing several stores to sizes.py.
# usage: bench/store-size/run.sh [PAGES] [CLI]   (defaults: 20000 pages; the Release CLI published from this checkout)
# Needs ../shared/dev for the source pages (bench/gen_corpus.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
pages="${1:-20000}"
out=bench/results; mkdir -p "$out"
cli="${2:-}"
if [ -z "$cli" ]; then
  dotnet publish src/Chronicle.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" > /dev/null
  cli="$out/cli/chronicle"
fi
corpus="$out/corpus-$pages.jsonl"
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$pages" 42 ../shared/dev > "$corpus"
db="$out/store-size-$pages.db"; rm -f "$db" "$db-wal" "$db-shm"
"$cli" --db "$db" ingest "$corpus" --stages all --json > "$out/store-size-$pages.log"
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
python3 bench/store-size/sizes.py "$db"
