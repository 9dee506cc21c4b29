#!/usr/bin/env bash
# Runs every command of answers.tsv (tab-separated arguments) with --json on two builds and stores, and reports
# each answer that differs. usage: compare-answers.sh CLI_A STORE_A CLI_B STORE_B
set -uo pipefail
cd "$(dirname "$0")"
differ=0; total=0
while IFS= read -r line; do
  [ -z "$line" ] && continue
  IFS=$'\t' read -ra argv <<< "$line"
  a=$("$1" --db "$2" --json "${argv[@]}" 2>&1); b=$("$3" --db "$4" --json "${argv[@]}" 2>&1)
  total=$((total + 1))
  if [ "$a" != "$b" ]; then differ=$((differ + 1)); echo "DIFFERS: ${argv[*]}"; diff <(echo "$a") <(echo "$b") | head -10; fi
  printf '%s\t%d bytes\n' "${argv[*]}" "${#a}" >&2
done < "${ANSWERS:-answers.tsv}"
echo "$differ of $total answers differ"
