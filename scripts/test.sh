#!/usr/bin/env bash
# The README's test command: installs what is missing, builds the dev preset
# (warnings are errors) and runs every test. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

./scripts/setup-deps.sh

echo "test: configuring and building (preset dev)"
cmake --preset dev >/dev/null
cmake --build --preset dev

echo "test: running ctest"
export QT_QPA_PLATFORM=offscreen
# A private HOME and config folder: tests must never read or write the real user's files.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
ctest --test-dir build --output-on-failure -j2
