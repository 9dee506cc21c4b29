#!/usr/bin/env bash
# Events benchmark, one core. Needs ../shared/dev (pages for the generated corpus and the store).
#  1. event extraction alone over pages already analysed by the earlier stages (pages/s),
#  2. whole-pipeline ingest with and without the events stage (pages/s, includes the other stages),
#  3. `check` latency on a store of about 100,000 pages of events: the dev storylines ingested, then their events
#     copied 2,300 times under other entity names (20 copies keep the names, so the checked entities have 21x the events).
# usage: bench/events/run.sh [PAGES]   (default 300 pages for steps 1 and 2)
set -euo pipefail
cd "$(dirname "$0")/../.."
pages="${1:-300}"
out=bench/results; mkdir -p "$out"
corpus="$out/corpus-$pages.jsonl"
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$pages" 42 ../shared/dev > "$corpus"
dotnet build -c Release src/Chronicle.Cli > /dev/null
cli=src/Chronicle.Cli/bin/Release/net10.0/chronicle
echo "== 1. extraction alone"
taskset -c 0 dotnet run -c Release --project bench/events/EventsBench -- extract "$corpus" "$pages" 2>/dev/null | grep -v warning
echo "== 2. whole ingest (stages, pages/s)"
for stages in "text,time,entities" "all"; do
  db="$out/ingest.db"; rm -f "$db" "$db-wal" "$db-shm"
  start=$(date +%s.%N)
  taskset -c 0 "$cli" --db "$db" ingest "$corpus" --stages "$stages" --threads 1 > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v s="$stages" -v p="$pages" -v a="$start" -v b="$end" 'BEGIN{printf "%s\t%.0f pages/s\n", s, p/(b-a)}'
done
echo "== 3. check on a large store"
db="$out/big.db"; rm -f "$db" "$db-wal" "$db-shm"
"$cli" --db "$db" ingest ../shared/dev/*/*.txt --threads 1 > /dev/null
sqlite3 "$db" <<'SQL'
CREATE TEMP TABLE r(n INTEGER);
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM c WHERE n < 2300) INSERT INTO r SELECT n FROM c;
INSERT INTO events (key, document_key, sentence_key, reported, type, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence, time_value, time_anchor, modality, negated, attribution)
  SELECT e.key + r.n * 1000, e.document_key, e.sentence_key, e.reported, e.type, e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end, e.evidence, e.time_value, e.time_anchor, e.modality, e.negated, e.attribution FROM events e, r WHERE e.key < 1000;
INSERT INTO event_arguments SELECT a.event_key + r.n * 1000, a.position, a.role, CASE WHEN r.n <= 20 THEN a.value ELSE a.value || ' ' || r.n END, a.text, a.start_offset, a.end_offset, a.kind FROM event_arguments a, r WHERE a.event_key < 1000;
INSERT INTO event_words SELECT CASE WHEN r.n <= 20 THEN w.word ELSE w.word || r.n END, w.event_key + r.n * 1000, w.reported FROM event_words w, r WHERE w.event_key < 1000;
SELECT count(*) || ' events' FROM events;
SQL
taskset -c 0 dotnet run -c Release --project bench/events/EventsBench -- check "$db" 2>/dev/null | grep -v warning
