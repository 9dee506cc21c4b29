#!/usr/bin/env bash
# Fuzzes Chronicle's readers with SharpFuzz + AFL++ for a fixed time per target (not in CI).
# Usage: bench/fuzz/run.sh [SECONDS_PER_TARGET] [TARGETS...]   (default 300 s; targets input timex claim)
# Needs: apt-get install afl++; dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0
# Findings (crashes, hangs) land in bench/fuzz/findings/TARGET/default/{crashes,hangs}; make each a regression test.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"; shift || true
targets=("${@:-input timex claim}"); read -r -a targets <<< "${targets[*]}"
export PATH="$PATH:$HOME/.dotnet/tools"
out="$(mktemp -d)/fuzz"
dotnet publish Chronicle.Bench.Fuzz.csproj -c Release -o "$out" -v q -nologo > /dev/null
for dll in Chronicle.Ingest Chronicle.Time Chronicle.Query Chronicle.Text AngleSharp; do
  [ -f "$out/$dll.dll" ] && sharpfuzz "$out/$dll.dll" > /dev/null
done
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
for target in "${targets[@]}"; do
  mkdir -p "findings/$target"
  timeout --preserve-status "$seconds" afl-fuzz -i "seeds/$target" -o "findings/$target" -t 10000 -m none -- \
    dotnet "$out/fuzz-chronicle.dll" "$target" > "findings/$target.log" 2>&1 || true
  stats="findings/$target/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    grep -E "^(run_time|execs_done|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs) " "$stats" | tr -s ' ' | sed "s/^/$target: /"
  else
    echo "$target: afl-fuzz did not start; see bench/fuzz/findings/$target.log"
  fi
done
