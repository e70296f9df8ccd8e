#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's postgresql package, version 15 or
# newer) for development and tests: a cluster in its own folder, listening
# on 127.0.0.1 only, with a `passdesk` role and database. Prints the URL.
#
#   bash scripts/postgres.sh [DIR] [PORT]     start (default: a new temp folder, port 54329)
#   bash scripts/postgres.sh --stop DIR       stop it
source "$(dirname "$0")/setup.sh"
ensure_packages postgresql
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
# PostgreSQL will not run as root; the cluster belongs to the postgres user then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "${1:-}" = "--stop" ]; then
    as_owner "$bin/pg_ctl" -D "$2/data" stop -m fast
    exit 0
fi
dir="${1:-$(mktemp -d)}"
port="${2:-54329}"
mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir/data" -U passdesk --auth=trust --no-instructions >/dev/null
fi
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on" start >/dev/null
as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U passdesk -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'passdesk'" | grep -q 1 ||
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U passdesk passdesk
echo "postgres://passdesk@127.0.0.1:$port/passdesk"
echo "stop with: bash scripts/postgres.sh --stop $dir" >&2
