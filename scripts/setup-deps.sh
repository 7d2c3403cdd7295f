#!/usr/bin/env bash
# Installs every Debian package the build and the tests need. Safe to rerun:
# packages already present are skipped, so a warm machine pays only a dpkg query.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-translations-l10n libqt6svg6 desktop-file-utils appstream dpkg-dev fakeroot file
  qtkeychain-qt6-dev libgl-dev libxkbcommon-dev
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth fonts-wqy-microhei fonts-dejavu-core
  nodejs npm
  clang-format time openssl clang clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# nodesource ships its own nodejs that already includes npm; do not ask apt for
# Debian's npm on top of it (the two conflict).
if command -v npm >/dev/null 2>&1; then
  tmp=()
  for p in "${missing[@]}"; do [[ $p == npm || $p == nodejs ]] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi

if ((${#missing[@]})); then
  echo "setup-deps: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup-deps: all Debian packages present"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
if [[ -f "$root/tests/peers/package-lock.json" ]]; then
  if [[ ! -d "$root/tests/peers/node_modules" || "$root/tests/peers/package-lock.json" -nt "$root/tests/peers/node_modules/.package-lock.json" ]]; then
    echo "setup-deps: npm ci in tests/peers"
    (cd "$root/tests/peers" && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "setup-deps: tests/peers/node_modules up to date"
  fi
fi
