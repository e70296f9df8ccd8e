# Sourced by run.sh and test.sh: installs whatever this machine is missing
# (Debian 12 with the Rust toolchain) and sets the build environment.
set -euo pipefail

PASSDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PASSDESK_ROOT
# The build lives outside the checkout, so it survives between clones and CI runs.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/passdesk-target}"
# No debug info in test builds: half the size, faster links.
export CARGO_PROFILE_DEV_DEBUG="${CARGO_PROFILE_DEV_DEBUG:-0}"

apt_updated=0
# ensure_packages PKG...: installs the Debian packages not installed yet.
ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "passdesk: installing ${missing[*]}" >&2
    if [ "$apt_updated" -eq 0 ]; then
        $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
}

command -v cargo >/dev/null || { echo "passdesk: needs the Rust toolchain (cargo) on PATH" >&2; exit 1; }
ensure_packages build-essential pkg-config
