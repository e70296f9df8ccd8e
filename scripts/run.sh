#!/usr/bin/env bash
# The main job: builds PassDesk, creates (or refreshes) the demo database and
# shows the next open day's slots at Dallas.
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
DEMO_DB="${PASSDESK_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/passdesk/demo.sqlite3}"
cargo build --release -p passdesk-cli
"$CARGO_TARGET_DIR/release/passdesk" --db "$DEMO_DB" demo --show DAL "$@"
echo
echo "Try: $CARGO_TARGET_DIR/release/passdesk --db $DEMO_DB --help"
