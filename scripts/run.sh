#!/usr/bin/env bash
# The main job: builds PassDesk and opens the desktop app on the demo
# database (created on first start). Extra arguments go to the app
# (for example --kiosk).
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
DEMO_DB="${PASSDESK_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/passdesk/demo.sqlite3}"
build_ui
cargo build --release -p passdesk-app -p passdesk-cli
echo "PassDesk demo: $DEMO_DB"
echo "Demo accounts: admin/admin-demo-2026, manager/manager-demo-2026, desk/desk-demo-2026, cashier/cashier-demo-2026"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "passdesk: no display here; showing the demo on the command line instead" >&2
    exec "$CARGO_TARGET_DIR/release/passdesk" --db "$DEMO_DB" demo --show DAL
fi
exec "$CARGO_TARGET_DIR/release/passdesk-app" --db "$DEMO_DB" --demo "$@"
