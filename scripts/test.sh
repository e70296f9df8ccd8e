#!/usr/bin/env bash
# The whole test suite: installs what is missing, checks that generated and
# committed files are current, lints, runs every test (the end-to-end tests
# drive the real window under Xvfb) and a short run of the benchmark binary.
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
started=$SECONDS
ensure_packages xvfb xauth webkit2gtk-driver sqlite3 poppler-utils zbar-tools
export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v tauri-driver >/dev/null; then
    cargo install tauri-driver --version ^2 --locked --quiet
fi

echo "== sqlx offline data"
bash scripts/sqlx-prepare.sh --check

echo "== web UI (type check and build)"
build_ui

echo "== clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

echo "== tests (end-to-end ones in a real window under Xvfb)"
xvfb-run -a -s "-screen 0 1400x1000x24" cargo test --workspace --quiet

echo "== central database schema (a throwaway PostgreSQL on 127.0.0.1)"
pg_dir="$(mktemp -d)"
pg_url="$(bash scripts/postgres.sh "$pg_dir" 54399 2>/dev/null | tail -n 1)"
for m in migrations/central/*.sql; do psql "$pg_url" -v ON_ERROR_STOP=1 -q -f "$m"; done
bash scripts/postgres.sh --stop "$pg_dir" 2>/dev/null

echo "== fuzzing (a short run of each target)"
bash scripts/fuzz.sh 15

echo "== benchmark smoke run"
bench_dir="$(mktemp -d)"
trap 'rm -rf "$bench_dir"' EXIT
cargo run --quiet -p passdesk-bench -- --dir "$bench_dir" --appointments 5000 --lookups 200 --seconds 0.3 --release-runs 1 >/dev/null
cargo run --quiet -p passdesk-bench --bin notices -- --runs 1 >/dev/null

echo "== all tests passed in $((SECONDS - started)) s"
