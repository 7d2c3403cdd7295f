#!/usr/bin/env bash
# Walks the wizard in a real X window (Xvfb) against the local stand-in and saves one
# PNG per page in docs/screenshots/: English and Chinese, light and dark, 100 % and 200 %.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup-deps.sh >/dev/null
cmake --preset dev >/dev/null
cmake --build --preset dev --target aipexbase-screenshot-tour >/dev/null
out="$root/docs/screenshots"
mkdir -p "$out"
tour="$root/build/bin/aipexbase-screenshot-tour"
export HOME=$(mktemp -d) # a clean settings folder: no history from earlier runs
trap 'rm -rf "$HOME"' EXIT
for lang in ${LANGS:-en zh_CN}; do
  for theme in ${THEMES:-light dark}; do
    for scale in ${SCALES:-1 2}; do
      args=(--out "$out" --lang "$lang" --prefix "$lang-$theme-${scale}x-")
      [[ $theme == dark ]] && args+=(--dark)
      QT_SCALE_FACTOR=$scale xvfb-run -a -s "-screen 0 2200x1600x24" "$tour" "${args[@]}"
    done
  done
done
