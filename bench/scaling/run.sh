#!/usr/bin/env bash
# Cost of one page against its size: ingests one generated page (make_page.py, sentences written for this
# benchmark) of each size into a fresh store, once with --stages text and once with all stages, and prints
# a Markdown table of wall-clock seconds and peak memory. Usage: bench/scaling/run.sh [SIZES_MB...]
# Default sizes: 0.25 0.5 1 2 4 8 16. Release build; one page, so one analysis thread.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-0.25 0.5 1 2 4 8 16}")
read -r -a sizes <<< "${sizes[*]}"
dotnet build src/Chronicle.Cli -c Release -v q -nologo > /dev/null
chronicle="src/Chronicle.Cli/bin/Release/net10.0/chronicle"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "| page size | text only: s | all stages: s | all stages: s per MB | all stages: peak MB |"
echo "|---:|---:|---:|---:|---:|"
for mb in "${sizes[@]}"; do
  page="$work/page-$mb.txt"
  python3 bench/scaling/make_page.py "$(python3 -c "print(int($mb * 1000000))")" > "$page"
  run() { # stages -> "seconds peak_kb"
    rm -f "$work"/s.db*
    /usr/bin/time -f "%e %M" -o "$work/time" "$chronicle" --db "$work/s.db" ingest "$page" --stages "$1" > /dev/null || { echo "ingest failed: $(cat "$work/time")" >&2; exit 1; }
    cat "$work/time"
  }
  read -r text_s _ <<< "$(run text)"
  read -r all_s all_kb <<< "$(run all)"
  python3 -c "print(f'| {$mb} MB | {$text_s:.1f} | {$all_s:.1f} | {$all_s / $mb:.1f} | {$all_kb / 1024:.0f} |')"
done
