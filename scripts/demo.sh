#!/usr/bin/env bash
# The README's first command: builds what is needed, starts the local AIPEXBASE
# stand-in (v2, /baas-api) on a free port and opens the wizard on it. The stand-in
# stops when the wizard closes. Without a display it runs the CLI instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

./scripts/setup-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target aipexbase-setup aipexbase-setup-cli aipexbase-fake-server

bin="$root/build/bin"
log=$(mktemp)
"$bin/aipexbase-fake-server" --flavor v2 --prefix /baas-api --quiet >"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q '^listening ' "$log" && break; sleep 0.05; done
url=$(sed -n 's/^listening //p' "$log")
[[ -n "$url" ]] || { echo "demo: the stand-in server did not start" >&2; exit 1; }
echo "demo: AIPEXBASE stand-in at $url (sign in as admin@example.com / admin123)"

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" || "${QT_QPA_PLATFORM:-}" == offscreen ]]; then
  "$bin/aipexbase-setup" --server "$url" --demo "$@"
else
  echo "demo: no display found; running the command-line twin instead"
  out=$(mktemp -d)
  cd "$out"
  printf 'admin123\n' | AIPEXBASE_BASE_URL="$url" AIPEXBASE_ADMIN_EMAIL=admin@example.com \
    "$bin/aipexbase-setup-cli" create "Demo project" "Made by scripts/demo.sh" --password-stdin
  echo "demo: the config is in $out/mcp_config.json"
fi
