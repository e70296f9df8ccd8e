#!/usr/bin/env bash
# Regenerates crates/store/.sqlx (the compile-time query data that lets the
# build run without a database) from migrations/local; with --check, fails
# when the committed data is stale instead of replacing it.
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The schema straight from the migrations: building the store offline would
# need the very data this script makes.
ensure_packages sqlite3
for m in migrations/local/*.sql; do sqlite3 "$work/schema.sqlite3" < "$m"; done

mkdir -p "$work/sqlx"
# Touching the crate makes cargo run the query macros again, online this time.
touch crates/store/src/lib.rs
DATABASE_URL="sqlite://$work/schema.sqlite3" SQLX_OFFLINE=false SQLX_OFFLINE_DIR="$work/sqlx" \
    cargo build --quiet -p passdesk-store
touch crates/store/src/lib.rs

if [ "${1:-}" = "--check" ]; then
    if ! diff -r "$work/sqlx" crates/store/.sqlx >/dev/null; then
        diff -r "$work/sqlx" crates/store/.sqlx | head -20 >&2
        echo "passdesk: crates/store/.sqlx is stale; run scripts/sqlx-prepare.sh and commit it" >&2
        exit 1
    fi
    echo "crates/store/.sqlx is current ($(ls crates/store/.sqlx | wc -l) queries)"
else
    rm -rf crates/store/.sqlx
    cp -r "$work/sqlx" crates/store/.sqlx
    echo "wrote crates/store/.sqlx ($(ls crates/store/.sqlx | wc -l) queries)"
fi
