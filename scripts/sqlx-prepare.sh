#!/usr/bin/env bash
# Regenerates the compile-time query data that lets the build run without a
# database: crates/store/.sqlx from migrations/local (SQLite) and
# crates/central/.sqlx from migrations/central (a throwaway PostgreSQL).
# With --check, fails when the committed data is stale instead of replacing it.
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
work="$(mktemp -d)"
pg_dir=""
cleanup() {
    [ -n "$pg_dir" ] && bash scripts/postgres.sh --stop "$pg_dir" >/dev/null 2>&1
    rm -rf "$work" "$pg_dir"
}
trap cleanup EXIT

# prepare CRATE DATABASE_URL: builds CRATE against the database, online, and
# compares or replaces its .sqlx with what the query macros wrote.
prepare() {
    local crate="$1" url="$2" out="$work/sqlx-$1"
    mkdir -p "$out"
    # Touching the crate makes cargo run the query macros again, online this time.
    touch "crates/$crate/src/lib.rs"
    DATABASE_URL="$url" SQLX_OFFLINE=false SQLX_OFFLINE_DIR="$out" cargo build --quiet -p "passdesk-$crate"
    touch "crates/$crate/src/lib.rs"
    if [ "$check" = 1 ]; then
        if ! diff -r "$out" "crates/$crate/.sqlx" >/dev/null 2>&1; then
            diff -r "$out" "crates/$crate/.sqlx" 2>&1 | head -20 >&2
            echo "passdesk: crates/$crate/.sqlx is stale; run scripts/sqlx-prepare.sh and commit it" >&2
            exit 1
        fi
        echo "crates/$crate/.sqlx is current ($(ls "$out" | wc -l) queries)"
    else
        rm -rf "crates/$crate/.sqlx"
        cp -r "$out" "crates/$crate/.sqlx"
        echo "wrote crates/$crate/.sqlx ($(ls "$out" | wc -l) queries)"
    fi
}
check=0
[ "${1:-}" = "--check" ] && check=1

# The schema straight from the migrations: building the store offline would
# need the very data this script makes.
ensure_packages sqlite3
for m in migrations/local/*.sql; do sqlite3 "$work/schema.sqlite3" < "$m"; done
prepare store "sqlite://$work/schema.sqlite3"

pg_dir="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
url="$(bash scripts/postgres.sh "$pg_dir" "$port" 2>/dev/null | tail -n 1)"
for m in migrations/central/*.sql; do
    psql "$url" -q -v ON_ERROR_STOP=1 -f "$m" >/dev/null
done
prepare central "$url"
