# Shared by scripts/demo and scripts/test: install what is missing, configure, build.
# Sourced, not run. Works as root (apt-get directly) and as a normal user (sudo, or prints the
# one command to run).

OPSDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OPSDESK_BUILD=${OPSDESK_BUILD:-$OPSDESK_ROOT/build}

OPSDESK_PACKAGES=(
    clang-16 cmake ninja-build pkg-config
    qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-psql qcoro-qt6-dev libspdlog-dev
    qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
    qml6-module-qtqml-workerscript qml6-module-qtcharts qml6-module-qttest qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel
    qtkeychain-qt6-dev
    postgresql postgresql-client libpq-dev fonts-dejavu-core fonts-noto-color-emoji
    poppler-utils
)

opsdesk_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

opsdesk_install_packages() {
    local missing=()
    local package
    for package in "${OPSDESK_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    opsdesk_log "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
    if [ "$(id -u)" -eq 0 ]; then
        "${apt[@]}" update -q && "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo "${apt[@]}" update -q && sudo "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"
    else
        echo "OpsDesk needs these Debian packages. Install them with:" >&2
        echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        return 1
    fi
}

# opsdesk_build [TARGET...]: configures (incrementally) and builds the targets (default: all).
opsdesk_build() {
    opsdesk_log "Configuring (clang-16, RelWithDebInfo) in $OPSDESK_BUILD"
    cmake -S "$OPSDESK_ROOT" -B "$OPSDESK_BUILD" -G Ninja -Wno-dev \
        -DCMAKE_CXX_COMPILER=clang++-16 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DOPSDESK_BUILD_CLIENT=ON -DOPSDESK_BUILD_TESTS=ON >/dev/null || return 1
    opsdesk_log "Building ${*:-everything}"
    local targets=()
    for target in "$@"; do targets+=(--target "$target"); done
    cmake --build "$OPSDESK_BUILD" --parallel "$(nproc)" "${targets[@]}"
}

# Benchmarks: a private, migrated PostgreSQL cluster (fsync off) in a temporary folder, stopped
# and removed when the script exits. Needs $opsdeskd; sets $work and $owner_url.
opsdesk_bench_cluster() {
    work=$(mktemp -d)
    chmod 755 "$work"
    trap '"$opsdeskd" cluster destroy --data-dir "$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
    owner_url=$("$opsdeskd" cluster start --data-dir "$work" --fast | sed -n 's/^OPSDESK_DATABASE_URL=//p')
    OPSDESK_DATABASE_URL=$owner_url OPSDESK_LOG_LEVEL=warn "$opsdeskd" migrate >/dev/null
}

# $owner_url signed in as login $1 with password $2.
opsdesk_url_as() {
    sed -E "s#//[^@]*@#//$1:$2@#" <<<"$owner_url"
}
