#!/usr/bin/env bash
# The whole test suite: installs what is missing, checks that generated and
# committed files are current, lints, runs every test (the end-to-end tests
# drive the real window under Xvfb) and a short run of the benchmark binary.
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
started=$SECONDS
ensure_packages xvfb xauth webkit2gtk-driver sqlite3 poppler-utils zbar-tools openbox wmctrl
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

echo "== a throwaway PostgreSQL on 127.0.0.1 for the central database's tests"
pg_dir="$(mktemp -d)"
stop_postgres() { bash scripts/postgres.sh --stop "$pg_dir" >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap stop_postgres EXIT
# Each test makes its own fresh database on this server.
export PASSDESK_TEST_POSTGRES="$(bash scripts/postgres.sh "$pg_dir" 54399 2>/dev/null | tail -n 1)"
for m in migrations/central/*.sql; do psql "$PASSDESK_TEST_POSTGRES" -v ON_ERROR_STOP=1 -q -f "$m"; done

echo "== tests (end-to-end ones in a real window under Xvfb)"
xvfb-run -a -s "-screen 0 1400x1000x24" cargo test --workspace --quiet

echo "== the OS keychain, for real (gnome-keyring's Secret Service in a private D-Bus session)"
bash scripts/secret-service-test.sh

echo "== fuzzing (a short run of each target)"
bash scripts/fuzz.sh 15

echo "== benchmark smoke run"
bench_dir="$(mktemp -d)"
trap 'rm -rf "$bench_dir"; stop_postgres' EXIT
cargo run --quiet -p passdesk-bench -- --dir "$bench_dir" --appointments 5000 --lookups 200 --seconds 0.3 --release-runs 1 >/dev/null
cargo run --quiet -p passdesk-bench --bin notices -- --runs 1 >/dev/null
cargo run --quiet -p passdesk-bench --bin central -- --quick >/dev/null

echo "== all tests passed in $((SECONDS - started)) s"
