#!/usr/bin/env bash
# PostgreSQL migrations (0006, 0010) on a populated store: the previous build (CLI path as $1) ingests the fixture pages
# into a throw-away cluster, this checkout's build (published here, or the CLI path given as $2) migrates it, and the
# stored-data answers of both builds are compared.
# usage: bench/store-size/postgres-migration.sh OLD_CHRONICLE [NEW_CHRONICLE]
set -uo pipefail
OLD="$(realpath "$1")"
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
CHRONICLE_CLEANUP=()
source scripts/services/postgres.sh
trap 'rm -rf "$work"; for step in "${CHRONICLE_CLEANUP[@]}"; do eval "$step" || true; done' EXIT

URI="postgres://chronicle@127.0.0.1:$chronicle_pg_port/postgres"
"$OLD" --db "$URI" ingest tests/Chronicle.Tests/Fixtures/stores/previous-schema.jsonl --json | head -3
F=tests/Chronicle.Tests/Fixtures/stores/previous-schema.answers
# The fixture's stored-data commands, and answers that read event arguments (their text and value).
commands=$work/commands.tsv
{ cat $F/commands.tsv; printf 'timeline-reyes\ttimeline\tDaniel Reyes\ntimeline-okafor\ttimeline\tMiriam Okafor\nchanges\tchanges\n'; } > $commands
if [ -n "${2:-}" ]; then NEW="$(realpath "$2")"; else
  dotnet publish src/Chronicle.Cli -c Release -r linux-x64 --self-contained false -o $work/cli-now > /dev/null 2>&1
  NEW=$work/cli-now/chronicle
fi
while IFS=$'\t' read -r name args; do
  IFS=$'\t' read -ra argv <<< "$args"
  a=$("$OLD" --db "$URI" --json "${argv[@]}" 2>&1)
  echo "$a" > $work/pg-before-$name.json
done < $commands
differ=0
while IFS=$'\t' read -r name args; do
  IFS=$'\t' read -ra argv <<< "$args"
  b=$("$NEW" --db "$URI" --json "${argv[@]}" 2>&1)
  if [ "$b" != "$(cat $work/pg-before-$name.json)" ]; then differ=$((differ+1)); echo "DIFFERS $name"; diff <(echo "$b") $work/pg-before-$name.json | head; fi
done < $commands
echo "pg: $differ differ"
psql -h 127.0.0.1 -p $chronicle_pg_port -U chronicle postgres -c "select count(*), count(copied_text) from sentence_spans" -c "select count(*), sum((evidence = '')::int) from events" -c "select count(*), sum((text = '')::int) from entity_mentions" \
  -c "select count(*), sum((text = '')::int), sum((value = '')::int) from event_arguments" -c "select count(*), sum((text = '')::int) from time_mentions" \
  -c "select name from schema_migrations" 2>&1 || true
