#!/usr/bin/env bash
# The README's test command. Installs and starts what the full suite needs (each scripts/services/*.sh
# installs one service from Debian's packages if missing, starts it and exports where the tests find it),
# runs every test, then stops what it started. Arguments are passed to `dotnet test`.
# A bare `dotnet test Chronicle.slnx` also passes: tests whose service is not there are skipped and listed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Each service script appends the commands that undo what it started.
CHRONICLE_CLEANUP=()
cleanup() { for step in "${CHRONICLE_CLEANUP[@]}"; do eval "$step" || true; done; }
trap cleanup EXIT
for service in scripts/services/*.sh; do
  [ -e "$service" ] || continue
  # shellcheck source=/dev/null
  source "$service"
done
dotnet test Chronicle.slnx "$@"
