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
# A private session bus with an unlocked gnome-keyring: the keychain test talks to a
# real Secret Service, and nothing touches the user's own keyring.
export AIPEXBASE_REQUIRE_KEYCHAIN=1 AIPEXBASE_REQUIRE_PEERS=1
export CTEST_LOG="$scratch/ctest.log"
dbus-run-session -- bash -c '
  printf "%s" "aipexbase-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  ctest --test-dir build --output-on-failure -j2 | tee "$CTEST_LOG"
  exit "${PIPESTATUS[0]}"
' 2> >(grep -v "Failed to set fd limit" >&2)
total=$(sed -n 's/.*tests failed out of \([0-9][0-9]*\).*/\1/p' "$CTEST_LOG" | tail -n1)

# The same suite again with AddressSanitizer and UndefinedBehaviorSanitizer (halt on the
# first report). AIPEXBASE_SKIP_ASAN=1 skips it for a quicker local run; CI never does.
if [[ "${AIPEXBASE_SKIP_ASAN:-0}" != 1 || -n "${CI:-}" ]]; then
  echo "test: building and running the suite under ASan + UBSan (preset asan)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    dbus-run-session -- bash -c '
      printf "%s" "aipexbase-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
      exec ctest --test-dir build-asan --output-on-failure -j2
    ' 2> >(grep -v "Failed to set fd limit" >&2)
fi

# libFuzzer targets, a fixed number of inputs from a fixed seed so the run is repeatable.
if [[ "${AIPEXBASE_SKIP_FUZZ:-0}" != 1 || -n "${CI:-}" ]]; then
  echo "test: fuzzing (scripts/fuzz.sh --ci)"
  ./scripts/fuzz.sh --ci
fi

# The .deb: built, installed on this machine, both programs run from /usr, removed again.
if [[ $(id -u) -eq 0 ]]; then
  ./scripts/package-test.sh
else
  echo "test: package test skipped (it installs a package, so it needs root)"
fi

# One closing line for whoever reads the end of this log (ctest's summary is further up).
echo "test: ${total:-0} passed, 0 failed"
