#!/usr/bin/env bash
# Scores the `chronicle entities --dct DATE --json` process itself, one process per article, as a user runs it:
# CoNLL-2003 dev (and the check split of train) and MEANTIME apple + airbus. The in-process modes
# (`conll-command`, `meantime-command`) call the same analyzer and must print the same figures; this script is
# the proof. Needs jq. usage: eval/entities/command.sh [conll|check|meantime]... (default: conll meantime)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
dotnet build -c Release -v q src/Chronicle.Cli >/dev/null
dotnet build -c Release -v q eval/entities >/dev/null
chronicle=(dotnet "$repo/src/Chronicle.Cli/bin/Release/net10.0/chronicle.dll")
evaluate=(dotnet "$repo/eval/entities/bin/Release/net10.0/eval-entities.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs the command on every article of a JSON Lines export {"id", "text", "ref"}: {"id", "entities": [...]} a line.
run_command() {
  while IFS= read -r line; do
    id=$(jq -r .id <<<"$line")
    date=$(jq -r .ref <<<"$line")
    jq -j .text <<<"$line" | "${chronicle[@]}" entities --dct "$date" --json | jq -c --arg id "$id" '{id: $id, entities: .}'
  done
}

for what in "${@:-conll meantime}"; do
  for part in $what; do
    case "$part" in
      conll) "${evaluate[@]}" conll-export >"$work/in.jsonl"
             run_command <"$work/in.jsonl" >"$work/out.jsonl"
             "${evaluate[@]}" conll-peer "$work/out.jsonl" --name "chronicle entities (one process an article)" ;;
      check) "${evaluate[@]}" conll-export --split check >"$work/in.jsonl"
             run_command <"$work/in.jsonl" >"$work/out.jsonl"
             "${evaluate[@]}" conll-peer "$work/out.jsonl" --split check --name "chronicle entities (one process an article)" ;;
      meantime) "${evaluate[@]}" meantime-export >"$work/in.jsonl"
             run_command <"$work/in.jsonl" >"$work/out.jsonl"
             "${evaluate[@]}" meantime-output "$work/out.jsonl" --name "chronicle entities (one process an article)" ;;
      *) echo "command.sh: unknown set '$part' (conll, check, meantime)" >&2; exit 2 ;;
    esac
  done
done
