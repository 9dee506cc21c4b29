#!/usr/bin/env bash
# The server's load run (issue 13), on loopback only and bounded in time:
#   1. a store of STORE_PAGES generated pages (bench/gen_corpus.py from ../shared/dev), ingested by the CLI;
#   2. `chronicle serve` (Release, ReadyToRun) on 127.0.0.1:5199 with ingest allowed;
#   3. bench-serve: 32 clients, 30 s of mixed search/timeline/check with every answer computed (no cache),
#      30 s of the same mix as it comes (repeats answered from the cache), then the mix while INGEST_PAGES
#      more pages are POSTed to /api/ingest; then the server's memory (VmRSS, VmHWM), and it is stopped.
# usage: bench/serve/run.sh [STORE_PAGES] [INGEST_PAGES] [SECONDS] [CLIENTS]   (defaults 20000 5000 30 32)
#        BENCH_MIX=search,check bench/serve/run.sh ...   leaves timelines out of the mix
set -euo pipefail
cd "$(dirname "$0")/../.."
store_pages="${1:-20000}"; ingest_pages="${2:-5000}"; seconds="${3:-30}"; clients="${4:-32}"
out=bench/results/serve; mkdir -p "$out"
store_corpus="$out/store-$store_pages.jsonl"; ingest_corpus="$out/ingest-$ingest_pages.jsonl"
[ -f "$store_corpus" ] || python3 bench/gen_corpus.py "$store_pages" 42 ../shared/dev > "$store_corpus"
[ -f "$ingest_corpus" ] || python3 bench/gen_corpus.py "$ingest_pages" 4242 ../shared/dev | sed 's/"id": "bench-/"id": "ingest-/' > "$ingest_corpus"
dotnet publish src/Chronicle.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" > /dev/null
dotnet publish bench/serve -c Release -o "$out/load" > /dev/null
db="$out/store-$store_pages.db"
if [ ! -f "$db" ]; then
  "$out/cli/chronicle" --db "$db.tmp" ingest "$store_corpus" --json > "$out/store-ingest.json"
  mv "$db.tmp" "$db"; rm -f "$db.tmp-wal" "$db.tmp-shm"
fi
run_db="$out/run.db"; rm -f "$run_db-wal" "$run_db-shm"; cp "$db" "$run_db"

export CHRONICLE_TOKEN="bench-$RANDOM$RANDOM"
"$out/cli/chronicle" --db "$run_db" serve --urls http://127.0.0.1:5199 --allow-ingest --rate-limit 1000000 > "$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf http://127.0.0.1:5199/healthz > /dev/null && break; sleep 1; done
echo "# $(date -u +%FT%TZ) store $store_pages pages, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
SERVER_PID=$server "$out/load/bench-serve" http://127.0.0.1:5199 "$seconds" "$clients" "$ingest_corpus" 500
echo "# server memory: $(grep -E 'VmRSS|VmHWM' /proc/$server/status | tr -s ' \t' ' ' | paste -sd ',' -)"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
