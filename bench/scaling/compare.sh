#!/usr/bin/env bash
# Before/after timing of two builds of the CLI on the same inputs, rounds alternating between the builds so that
# the load of a shared machine falls on both alike. Inputs: one generated page of 1 MB and one of 4 MB
# (make_page.py; all stages, one page, so one analysis thread) and the ingest corpus of bench/ingest.sh
# (bench/results/corpus-PAGES.jsonl from ../shared/dev; all stages, `--threads 1`, pinned to one core).
# Prints per input and build the median wall seconds and median CPU seconds (user + system) over the rounds.
# usage: bench/scaling/compare.sh BEFORE_CLI AFTER_CLI [ROUNDS] [PAGES]   (CLI = path to a `chronicle` executable)
set -euo pipefail
cd "$(dirname "$0")/../.."
before="$1"; after="$2"; rounds="${3:-3}"; pages="${4:-2000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
for mb in 1 4; do python3 bench/scaling/make_page.py $((mb * 1000000)) > "$work/page-$mb.txt"; done
mkdir -p bench/results
corpus="bench/results/corpus-$pages.jsonl"
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$pages" 42 ../shared/dev > "$corpus"
run() { # build input-name args... -> appends "input build wall cpu" to $work/times
  local build="$1" name="$2"; shift 2
  rm -f "$work"/s.db*
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null
  read -r wall user sys < "$work/time"
  echo "$name $build $wall $(python3 -c "print($user + $sys)")" >> "$work/times"
}
for round in $(seq "$rounds"); do
  for build in before after; do
    cli="$before"; [ "$build" = after ] && cli="$after"
    run "$build" "1MB-page" "$cli" --db "$work/s.db" ingest "$work/page-1.txt"
    run "$build" "4MB-page" "$cli" --db "$work/s.db" ingest "$work/page-4.txt"
    run "$build" "$pages-pages" taskset -c 0 "$cli" --db "$work/s.db" ingest "$corpus" --threads 1
  done
done
python3 - "$work/times" "$pages" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, build, wall, cpu = line.split(); rows[(name, build)].append((float(wall), float(cpu)))
print("| input | build | rounds | median wall s | median CPU s | wall s, each round |")
print("|---|---|---:|---:|---:|---|")
for (name, build), runs in rows.items():
    wall = statistics.median(w for w, _ in runs); cpu = statistics.median(c for _, c in runs)
    extra = f" ({int(sys.argv[2]) / wall:.0f} pages/s wall, {int(sys.argv[2]) / cpu:.0f} per CPU-s)" if name.endswith("pages") else ""
    print(f"| {name} | {build} | {len(runs)} | {wall:.2f}{extra} | {cpu:.2f} | {', '.join(f'{w:.2f}' for w, _ in runs)} |")
PY
