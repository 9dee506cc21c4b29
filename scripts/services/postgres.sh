# shellcheck shell=bash
# Sourced by scripts/test.sh: a throw-away PostgreSQL cluster for the tests that need a real server.
# Installs Debian's postgresql if it is missing, creates a cluster in a temp folder owned by the postgres
# user, starts it on a free local port, exports CHRONICLE_TEST_POSTGRES and queues its stop in CHRONICLE_CLEANUP.
# Without this, the PostgreSQL tests skip and say so. CHRONICLE_POSTGRES_SETTINGS overrides the server settings
# (default: no fsync, which a throw-away test cluster does not need; the benchmarks keep fsync on).

chronicle_postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(chronicle_postgres_bin)" ]; then
  echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
chronicle_pg_bin="$(chronicle_postgres_bin)"
chronicle_pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
chronicle_pg_dir="$(mktemp -d /tmp/chronicle-postgres-XXXXXX)"
# initdb refuses to run as root: the cluster belongs to the postgres user (created by the Debian package).
chronicle_pg_user="$(id -un)"
if [ "$(id -u)" = 0 ]; then chronicle_pg_user=postgres; chown postgres "$chronicle_pg_dir"; fi
chronicle_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

chronicle_as_pg "$chronicle_pg_bin/initdb" -D "$chronicle_pg_dir/data" -U chronicle --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
chronicle_as_pg "$chronicle_pg_bin/pg_ctl" -D "$chronicle_pg_dir/data" -l "$chronicle_pg_dir/log" -w start \
  -o "-p $chronicle_pg_port -k $chronicle_pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200 ${CHRONICLE_POSTGRES_SETTINGS:--c fsync=off}" >/dev/null
chronicle_pg_as=""; [ "$(id -u)" = 0 ] && chronicle_pg_as="runuser -u postgres --"
CHRONICLE_CLEANUP+=("$chronicle_pg_as '$chronicle_pg_bin/pg_ctl' -D '$chronicle_pg_dir/data' -m fast -w stop >/dev/null; rm -rf '$chronicle_pg_dir'")
export CHRONICLE_TEST_POSTGRES="Host=127.0.0.1;Port=$chronicle_pg_port;Username=chronicle;Database=postgres"
echo "postgres.sh: $("$chronicle_pg_bin/postgres" --version) on port $chronicle_pg_port (CHRONICLE_TEST_POSTGRES)" >&2
