#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (run after changing user-visible text).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || true)
[[ -n "$lupdate" ]] || lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -no-obsolete -locations relative "$root/app" -ts "$root/translations/aipexbase-setup_zh_CN.ts" \
  -source-language en -target-language zh_CN
