#!/usr/bin/env bash
# Renders the SVG masters in resources/icons to the PNG sizes that are committed:
# the desktop icon theme sizes, and small PNG twins of the UI icons so start-up
# never loads the SVG plugin. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
icons="$root/resources/icons"
id=io.github.aipexbase.McpSetup
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$icons/hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$icons/aipexbase-setup.svg" -o "$icons/hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$icons/hicolor/scalable/apps"
cp "$icons/aipexbase-setup.svg" "$icons/hicolor/scalable/apps/$id.svg"
for name in eye eye-off; do
  rsvg-convert -w 16 -h 16 "$icons/$name.svg" -o "$icons/$name-16.png"
  rsvg-convert -w 32 -h 32 "$icons/$name.svg" -o "$icons/$name-32.png"
done
