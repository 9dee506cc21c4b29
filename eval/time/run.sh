#!/bin/bash
# Tags TimeBank and AQUAINT (../shared/timeml) with `chronicle timex --tml` and scores them with tempeval3.py.
# usage: bash eval/time/run.sh [path/to/chronicle]   (run from the repository root)
set -e
CHRONICLE=${1:-src/Chronicle.Cli/bin/Release/net10.0/chronicle}
SHARED=${SHARED:-../shared}
OUT=${OUT:-/tmp/chronicle-timeml}
mkdir -p "$OUT/gold" "$OUT/system"
for corpus in TimeBank AQUAINT; do
  "$CHRONICLE" timex --tml "$SHARED/timeml/$corpus" --out "$OUT/system/$corpus"
done
# score both corpora together: link gold and system files into one folder each
rm -rf "$OUT/all_gold" "$OUT/all_system"; mkdir -p "$OUT/all_gold" "$OUT/all_system"
for corpus in TimeBank AQUAINT; do
  for f in "$SHARED/timeml/$corpus"/*.tml; do ln -sf "$(realpath "$f")" "$OUT/all_gold/"; done
  for f in "$OUT/system/$corpus"/*.tml; do ln -sf "$(realpath "$f")" "$OUT/all_system/"; done
done
python3 eval/time/tempeval3.py "$OUT/all_gold" "$OUT/all_system" --errors "$OUT/errors.tsv"
