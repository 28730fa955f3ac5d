#!/usr/bin/env bash
# Installs the offline test host: Debian's Chromium plus code-server (a real VS Code whose
# extension host is plain Node). @vscode/test-electron cannot download VS Code on machines that
# only reach the npm registry and Debian's packages, so integration and UI tests run here instead.
#
# Idempotent: packages are installed only when missing (and only as root); code-server goes into a
# versioned cache folder outside the repo and is marked complete only after a full install, so an
# interrupted install is redone and a second run takes seconds.
#
# Usage: scripts/setup-test-host.sh [--packages-only]
# Env:   APIFY_TASKS_TEST_HOST_DIR overrides the install folder (test/host/paths.ts reads the same).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# Chromium drives the workbench; libkrb5-dev and pkg-config build the `kerberos` addon; ripgrep
# stands in for @vscode/ripgrep's binary, which would be downloaded from GitHub; g++, make and
# python3 are what node-gyp needs for the other native addons; openssl makes the throwaway
# certificate of the https-through-a-proxy test (test/host/testCertificate.ts).
PACKAGES=(chromium libkrb5-dev pkg-config ripgrep g++ make python3 openssl)

HOST_DIR="${APIFY_TASKS_TEST_HOST_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/apify-tasks-vscode/code-server-$CODE_SERVER_VERSION}"
MARKER="$HOST_DIR/.install-complete"

log() { echo "[test-host] $*"; }
die() { echo "[test-host] ERROR: $*" >&2; exit 1; }
trap 'rc=$?; [ $rc -eq 0 ] || echo "[test-host] ERROR: setup failed (exit $rc); rerun to retry" >&2' EXIT

install_packages() {
  local missing=() pkg
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "Debian packages present: ${PACKAGES[*]}"
    return
  fi
  [ "$(id -u)" -eq 0 ] || die "missing Debian packages: ${missing[*]} (run this script as root, or: sudo apt-get install -y ${missing[*]})"
  log "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
}

install_code_server() {
  if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ]; then
    log "code-server $CODE_SERVER_VERSION already installed"
    return
  fi
  command -v rg >/dev/null || die "ripgrep (rg) not found"
  # Start from an empty folder: whatever an interrupted run left behind is not trusted.
  log "installing code-server $CODE_SERVER_VERSION (about a minute)"
  rm -rf "$HOST_DIR"
  mkdir -p "$HOST_DIR"
  cd "$HOST_DIR"
  npm init -y >/dev/null

  # Its postinstall downloads ripgrep from GitHub, so skip scripts and do that work by hand below.
  log "npm install code-server@$CODE_SERVER_VERSION --ignore-scripts"
  npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null

  local vscode_dir="$HOST_DIR/node_modules/code-server/lib/vscode"
  cd "$vscode_dir"
  log "npm install VS Code's runtime dependencies"
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
  log "npm rebuild native addons"
  npm rebuild --loglevel=error @parcel/watcher @vscode/spdlog kerberos native-watchdog @vscode/deviceid >/dev/null
  # node-pty's rebuild fails in its last step (compile_commands_json), after pty.node is built.
  npm rebuild --loglevel=error node-pty >/dev/null 2>&1 || true
  [ -f node_modules/node-pty/build/Release/pty.node ] || die "node-pty did not build pty.node"

  log "linking Debian's ripgrep and the helper scripts"
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)

  log "npm install built-in extensions' dependencies"
  (cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)

  cd "$HOST_DIR"
  log "npm rebuild argon2"
  npm rebuild --loglevel=error argon2 >/dev/null

  # code-server writes a config file (with a random password) and logs into the XDG folders on
  # every start; point them at a throwaway folder so nothing lands in the user's home.
  local version scratch
  scratch="$(mktemp -d)"
  version="$(XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" \
    "$HOST_DIR/node_modules/.bin/code-server" --version 2>&1 | grep -m 1 "^$CODE_SERVER_VERSION " || true)"
  rm -rf "$scratch"
  [ -n "$version" ] || die "code-server $CODE_SERVER_VERSION does not start (try: rm -rf '$HOST_DIR' and rerun)"
  log "code-server reports: $version"
  echo "$CODE_SERVER_VERSION" >"$MARKER"
}

main() {
  install_packages
  [ "${1:-}" = "--packages-only" ] && return
  mkdir -p "$(dirname "$HOST_DIR")"
  # Two runs at once (say, two terminals) would trample one another's npm installs.
  exec 9>"$HOST_DIR.lock"
  flock 9
  install_code_server
  log "ready: $HOST_DIR"
}

main "$@"
