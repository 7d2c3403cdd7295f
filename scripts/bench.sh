#!/usr/bin/env bash
# Prints figures, never a pass/fail (Release build, RUNS runs each):
#  1. median wall time and peak RSS of `aipexbase-setup-cli create` against the local stand-in;
#  2. time from process start to the wizard's first painted page, and peak RSS then,
#     beside a bare QWizard of six empty pages (the floor), offscreen and under Xvfb.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-20}

./scripts/setup-deps.sh >/dev/null
cmake --preset release -DAIPEXBASE_BUILD_TESTS=ON -DAIPEXBASE_BUILD_GUI=ON >/dev/null
cmake --build --preset release --target aipexbase-setup-cli aipexbase-fake-server aipexbase-setup \
  aipexbase-bare-wizard >/dev/null
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

# --- start-up of the wizard ------------------------------------------------------
# Runs PROGRAM until it logs its first painted page (the app's own aipexbase.gui.startup
# category), reads its peak RSS at that moment, then stops it. Prints "ms kib".
first_frame() {
  local errlog; errlog=$(mktemp)
  QT_LOGGING_RULES="aipexbase.gui.startup.info=true" HOME="$work" "$@" 2>"$errlog" &
  local pid=$! ms="" kib=""
  for _ in $(seq 400); do
    ms=$(sed -n 's/.*first page shown \([0-9.]*\) ms.*/\1/p' "$errlog" | head -n1)
    [[ -n "$ms" ]] && break
    sleep 0.025
  done
  kib=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  rm -f "$errlog"
  echo "${ms:-nan} ${kib:-0}"
}

startup_report() { # label, command...
  local label=$1; shift
  local t=() r=()
  for _ in $(seq "$runs"); do
    read -r ms kib < <(first_frame "$@")
    t+=("$ms"); r+=("$kib")
  done
  printf '  %-34s first page %7s ms   peak RSS %5s MiB\n' "$label" "$(median "${t[@]}")" \
    "$(awk -v k="$(median "${r[@]}")" 'BEGIN { printf "%.1f", k / 1024 }')"
}

echo "wizard start-up, median of $runs runs (Release):"
QT_QPA_PLATFORM=offscreen startup_report "offscreen: aipexbase-setup" "$bin/aipexbase-setup"
QT_QPA_PLATFORM=offscreen startup_report "offscreen: bare QWizard (floor)" "$bin/aipexbase-bare-wizard"
if command -v Xvfb >/dev/null; then
  display=":$((100 + $$ % 500))"
  Xvfb "$display" -screen 0 1600x1200x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 0.5
  DISPLAY=$display QT_QPA_PLATFORM=xcb startup_report "Xvfb: aipexbase-setup" "$bin/aipexbase-setup"
  DISPLAY=$display QT_QPA_PLATFORM=xcb startup_report "Xvfb: bare QWizard (floor)" "$bin/aipexbase-bare-wizard"
  kill "$xvfb" 2>/dev/null || true
fi
