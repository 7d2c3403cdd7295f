#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang, ASan + UBSan) and runs each from its
# seed corpus in tests/fuzz/corpus/. `fuzz.sh SECONDS` explores for that long with a random
# seed (local use, default 30); `fuzz.sh --ci` runs a fixed number of inputs from a fixed
# seed, so a CI run is repeatable. Prints executions per second and total executions; exits
# non-zero on a crash or broken property (the input is saved under build-fuzz/findings/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-30}
targets=(envelope sse jsonc toml yaml dotenv url)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}" >/dev/null
mkdir -p build-fuzz/findings
printf '%-10s %12s %14s\n' target "exec/s" "executions"
status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  log=$(mktemp)
  # New inputs go to a scratch folder: the committed seeds are only read.
  if [[ $mode == --ci ]]; then
    case $t in envelope) runs=1500000 ;; url) runs=400000 ;; yaml) runs=40000 ;; *) runs=150000 ;; esac
    budget=(-seed=1 -runs="$runs")
  else
    budget=(-max_total_time="$mode")
  fi
  # A fixed Qt hash seed: the same inputs take the same paths, so a CI run is repeatable.
  if ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1 QT_HASH_SEED=0 \
     "build-fuzz/fuzz/fuzz_$t" "$work" "tests/fuzz/corpus/$t" "${budget[@]}" \
       -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$t-" -max_len=65536 >"$log" 2>&1; then
    :
  else
    echo "fuzz_$t FAILED:" >&2
    tail -n 40 "$log" >&2
    status=1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
  printf '%-10s %12s %14s\n' "$t" "${rate:-?}" "${execs:-?}"
  rm -rf "$work" "$log"
done
exit $status
