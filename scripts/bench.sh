#!/usr/bin/env bash
# Prints median wall time and peak RSS of `aipexbase-setup-cli create` against
# the local stand-in (a Release build), over RUNS runs. Figures only: no pass/fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-20}

./scripts/setup-deps.sh >/dev/null
cmake --preset release -DAIPEXBASE_BUILD_TESTS=ON -DAIPEXBASE_BUILD_GUI=OFF >/dev/null
cmake --build --preset release --target aipexbase-setup-cli aipexbase-fake-server >/dev/null
bin="$root/build-release/bin"

log=$(mktemp)
work=$(mktemp -d)
"$bin/aipexbase-fake-server" --flavor v2 --prefix /baas-api --quiet >"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$log" "$work"' EXIT
for _ in $(seq 100); do grep -q '^listening ' "$log" && break; sleep 0.05; done
url=$(sed -n 's/^listening //p' "$log")

export AIPEXBASE_BASE_URL="$url" AIPEXBASE_ADMIN_EMAIL=admin@example.com AIPEXBASE_ADMIN_PASSWORD=admin123
export LANG=C.UTF-8
cd "$work"
# One warm-up run so the page cache holds the binaries, as for a user's second run.
"$bin/aipexbase-setup-cli" create warmup >/dev/null

times=() rss=()
for i in $(seq "$runs"); do
  start=$EPOCHREALTIME
  kib=$( { /usr/bin/time -f '%M' "$bin/aipexbase-setup-cli" create "bench-$i" >/dev/null; } 2>&1 | tail -n1)
  end=$EPOCHREALTIME
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 1000 }')")
  rss+=("$kib")
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { printf '%s\n' "$@" | sort -n | tail -n1; }
echo "aipexbase-setup-cli create against the local stand-in, $runs runs (Release):"
echo "  median wall time: $(median "${times[@]}") ms   (min $(printf '%s\n' "${times[@]}" | sort -n | head -n1) ms, max $(max "${times[@]}") ms)"
echo "  peak RSS:         median $(awk -v k="$(median "${rss[@]}")" 'BEGIN { printf "%.1f", k / 1024 }') MiB, max $(awk -v k="$(max "${rss[@]}")" 'BEGIN { printf "%.1f", k / 1024 }') MiB"
