#!/usr/bin/env bash
# The whole test suite: installs what is missing, checks that the committed
# sqlx offline data matches the queries, lints, runs every test and a short
# run of the benchmark binary so it cannot rot.
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
started=$SECONDS

echo "== sqlx offline data"
bash scripts/sqlx-prepare.sh --check

echo "== clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

echo "== tests"
cargo test --workspace --quiet

echo "== benchmark smoke run"
bench_dir="$(mktemp -d)"
trap 'rm -rf "$bench_dir"' EXIT
cargo run --quiet -p passdesk-bench -- --dir "$bench_dir" --appointments 5000 --lookups 200 --seconds 0.3 --release-runs 1 >/dev/null

echo "== all tests passed in $((SECONDS - started)) s"
