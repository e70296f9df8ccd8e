#!/usr/bin/env bash
# The central database's password through a real OS keychain: starts a
# private D-Bus session with gnome-keyring's Secret Service (unlocked with a
# throwaway password) and runs the one test that is ignored elsewhere,
# crates/services/tests/secret_service.rs. Installs what is missing.
#
#   bash scripts/secret-service-test.sh
source "$(dirname "$0")/setup.sh"
cd "$PASSDESK_ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
ensure_packages gnome-keyring dbus libsecret-1-0
# A keyring of its own, never the user's: gnome-keyring keeps it under $HOME.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c 'echo -n passdesk | gnome-keyring-daemon --unlock --components=secrets >/dev/null; cargo test -p passdesk-services --test secret_service -- --ignored'
