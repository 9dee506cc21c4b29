#!/usr/bin/env bash
# Fact queries as a fresh CLI process (whole process: start-up, store reads, fact folding), GNU time for wall, CPU and
# peak memory; each answer's --json is kept so two builds can be compared byte for byte.
# usage: bench/facts.sh CLI_DIR STORE LABEL [ROUNDS]
#   CLI_DIR  a published `chronicle` (e.g. bench/results/cli, as bench/ingest.sh publishes it)
#   STORE    a store ingested from bench/gen_corpus.py pages (e.g. 20,000 pages, all stages)
#   LABEL    names the output folder bench/results/facts-LABEL/ (answers *.json, timings in times.tsv)
# Compare two builds: bench/facts.sh OLD s.db before; bench/facts.sh NEW s.db after; diff -r the two folders' *.json.
set -euo pipefail
cd "$(dirname "$0")/.."
cli="$1/chronicle"; db="$2"; label="$3"; rounds="${4:-3}"
person="${BENCH_PERSON:-Alec Baldwin}"; date="${BENCH_DATE:-2023-06-01}"
out="bench/results/facts-$label"; mkdir -p "$out"
queries=(
  "asof|asof $date"
  "asof-entity|asof $date $person"
  "changes-1m|changes --from 2023-01-01 --to 2023-02-01"
  "changes-12m|changes --from 2022-06-01 --to 2023-06-01"
  "timeline|timeline $person"
  "changes-entity|changes --from 2022-06-01 --to 2023-06-01 $person"
  "check|check $person was charged with involuntary manslaughter --as-of $date"
)
printf "query\tround\tseconds\tcpu_s\tpeak_MB\n" | tee "$out/times.tsv"
for q in "${queries[@]}"; do
  name="${q%%|*}"; cmd="${q#*|}"
  read -r verb rest <<< "$cmd"
  for round in $(seq 1 "$rounds"); do
    log="$out/$name-$round.log"
    case "$verb" in
      asof) args=(asof ${rest%% *}); [ "$rest" != "${rest%% *}" ] && args+=("${rest#* }") ;;
      timeline) args=(timeline "$rest") ;;
      changes) read -r f1 from t1 to who <<< "$rest"; args=(changes "$f1" "$from" "$t1" "$to"); [ -n "${who:-}" ] && args+=("$who") ;;
      check) claim="${rest% --as-of *}"; args=(check "$claim" --as-of "${rest##* --as-of }") ;;
      *) read -r -a args <<< "$cmd" ;;
    esac
    /usr/bin/time -v "$cli" --db "$db" --json "${args[@]}" > "$out/$name.json" 2> "$log" || true
    secs=$(grep "Elapsed (wall clock)" "$log" | awk -F': ' '{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}')
    cpu=$(grep -E "(User|System) time" "$log" | awk '{s+=$NF} END{print s}')
    peak=$(grep "Maximum resident set size" "$log" | awk '{print $NF/1024}')
    printf "%s\t%d\t%.2f\t%.2f\t%.0f\n" "$name" "$round" "$secs" "$cpu" "$peak" | tee -a "$out/times.tsv"
  done
done
