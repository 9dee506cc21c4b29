#!/bin/bash
# Speed of `chronicle timex` against chrono-node on the same ~2 MB corpus, side by side in one run, whole process
# (start-up included), one core each (taskset). Run from the repository root:
#   bash bench/time/run.sh            (needs /tmp/peers set up as in ../shared/peers/README.md)
set -e
PEERS=${PEERS:-/tmp/peers}
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-/tmp/chronicle-bench-time}
mkdir -p "$OUT"
# ReadyToRun: the framework-dependent CLI precompiled, as it would be deployed
dotnet publish src/Chronicle.Cli/Chronicle.Cli.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/chronicle" > "$OUT/publish.log"
[ -f "$PEERS/corpus.jsonl" ] || (cd "$PEERS" && node gen.mjs 2000000 42 > corpus.jsonl)
CORPUS="$PEERS/corpus.jsonl"
CHARS=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode("utf-16-le"))//2 for l in open(sys.argv[1]) if l.strip()))' "$CORPUS")
measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$OUT/$name.time" taskset -c 0 "$@" < "$CORPUS" > "$OUT/$name.out"
  local wall=$(grep "Elapsed (wall" "$OUT/$name.time" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  local rss=$(grep "Maximum resident" "$OUT/$name.time" | awk '{print $NF}')
  local user=$(grep "User time" "$OUT/$name.time" | awk '{print $NF}')
  local key=chrono; [[ $name == chronicle* ]] && key=timex
  local found=$(python3 -c 'import json,sys; k=sys.argv[2]; print(sum(len(json.loads(l)[k]) for l in open(sys.argv[1]) if l.strip()))' "$OUT/$name.out" "$key")
  printf "%s\t%s\t%s\t%.0f\t%d\t%s\t%s\n" "$name" "$CHARS" "$wall" "$(echo "$CHARS / $wall" | bc -l)" "$((rss / 1024))" "$user" "$found"
}
printf "run\tchars\twall_s\tchars_per_s\tmaxrss_MB\tuser_s\texpressions\n"
for i in $(seq 1 "$ROUNDS"); do
  measure "chrono_$i" node "$PEERS/tag.mjs" --tools=chrono
  measure "chronicle_$i" "$OUT/chronicle/chronicle" timex --jsonl
done
