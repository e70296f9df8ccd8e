#!/usr/bin/env bash
# Runs each fuzz target for a while (default 20 s each): the MRZ parser and
# the front desk's search box. `bash scripts/fuzz.sh 600` fuzzes longer.
# cargo fuzz needs the sanitizer flags of a nightly compiler; RUSTC_BOOTSTRAP
# lets the stable one accept them.
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
seconds="${1:-20}"
export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo-fuzz >/dev/null; then
    cargo install cargo-fuzz --locked --quiet
fi
export RUSTC_BOOTSTRAP=1
for target in mrz search; do
    mkdir -p "fuzz/corpus/$target"
    cargo fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- -max_total_time="$seconds" -max_len=512 2>&1 | tail -n 3
done
