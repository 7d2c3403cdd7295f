#!/usr/bin/env bash
# Fails when translations/*.ts is out of date with the sources (lupdate would add or drop
# messages) or has unfinished entries. Run by ctest; fix with scripts/update-translations.sh
# and then translate what it marks unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || true)
[[ -n "$lupdate" ]] || lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$root"/translations/*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  "$lupdate" -silent -no-obsolete -locations none "$root/app" -ts "$tmp/$name" >/dev/null
  before=$(grep -c '<message' "$ts")
  after=$(grep -c '<message' "$tmp/$name")
  unfinished=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
  echo "$name: $before messages committed, $after in the sources, $unfinished unfinished"
  if [[ $before -ne $after || $unfinished -ne 0 ]]; then
    echo "  out of date: run scripts/update-translations.sh and translate the unfinished entries" >&2
    grep -B3 'type="unfinished"' "$tmp/$name" | grep '<source>' | head -20 >&2 || true
    status=1
  fi
done
exit $status
