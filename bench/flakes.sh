#!/usr/bin/env bash
# Does the README's `cargo test` pass on a loaded machine every time? Runs the whole suite N
# times in a row (default 5) while `stress-ng --cpu 2` keeps two cores busy, the way a
# laptop compiling something else would, then prints the flake count (runs with any
# failure) and which tests failed in which run.
#
# The test binaries and the release binary (for the end-to-end tests) are built first,
# without the load, so that every run measures the tests and not the compiler. Each run
# uses `--no-fail-fast`, so one failing test never hides the rest.
#
# Usage: bench/flakes.sh [N]       (from the repo root; needs stress-ng)
#        STRESS_CPUS=4 bench/flakes.sh 3
set -euo pipefail
cd "$(dirname "$0")/.."
command -v stress-ng >/dev/null || { echo "bench/flakes.sh: needs stress-ng (apt-get install stress-ng)" >&2; exit 1; }
runs="${1:-5}"
cpus="${STRESS_CPUS:-2}"

cargo build --release --quiet
export WINDOWN_E2E_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
cargo test --no-run --quiet 2>/dev/null

logs="$(mktemp -d)"
stress-ng --cpu "$cpus" --quiet &
stress=$!
cleanup() {
  kill "$stress" 2>/dev/null || true
  wait "$stress" 2>/dev/null || true
}
trap cleanup EXIT

flakes=0
for run in $(seq "$runs"); do
  log="$logs/run-$run.log"
  start=$(date +%s)
  if cargo test --no-fail-fast >"$log" 2>&1; then
    echo "run $run: ok ($(( $(date +%s) - start )) s)"
  else
    flakes=$((flakes + 1))
    echo "run $run: FAILED ($(( $(date +%s) - start )) s)"
    # libtest prints each failure as "test NAME ... FAILED"; a binary that did not run at all
    # shows up as cargo's "error: ..." instead.
    grep -E '^test .* \.\.\. FAILED$|^error: ' "$log" | sed 's/^/  /' || true
  fi
done
cleanup
trap - EXIT
echo "flakes: $flakes of $runs runs under stress-ng --cpu $cpus (logs in $logs)"
