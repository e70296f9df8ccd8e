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
# The desktop app (Tauri 2 on WebKitGTK) and its build.
ensure_packages build-essential pkg-config file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev \
    libayatana-appindicator3-dev librsvg2-dev
# The fonts notices are printed in (Latin, Cyrillic, Vietnamese, Arabic, Korean, Chinese).
ensure_packages fonts-noto-core fonts-noto-cjk

# build_ui: the web UI (TypeScript, Vite) that the app binary embeds.
build_ui() {
    if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
        ensure_packages nodejs npm
    fi
    if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
        echo "passdesk: the UI build needs Node.js 20 or newer; this machine has $(node --version)" >&2
        exit 1
    fi
    # `npm install`, not `npm ci`: with this machine's npm settings `npm ci` misreads the
    # lock file's platform-specific optional packages; install follows the lock all the same.
    (cd "$PASSDESK_ROOT/ui" && npm install --no-audit --no-fund --loglevel=error && npm run --silent build >/dev/null)
}
