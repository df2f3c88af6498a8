#!/usr/bin/env bash
# What an edit costs before the tests can run again: the integration tests rebuilt and
# linked after a test file changes, and after the library changes.
#
#   1. Every integration test source touched, then `cargo test --no-run`: the test crates
#      compiled and linked again (the library is up to date). With one test binary
#      (tests/it/main.rs) this is one compile and one link; with a binary per file it was
#      one of each per file.
#   2. src/lib.rs touched, then `cargo test --no-run`: the library rebuilt, then every
#      binary that uses it linked again.
#
# Each is run RUNS times (default 3) after a warm-up build; the median and worst wall times
# are printed. The machine's load changes these numbers: compare runs made on the same
# machine at the same load.
#
# Usage: bench/link.sh            (from the repo root)
#        RUNS=1 bench/link.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
cargo test --no-run --quiet 2>/dev/null

measure() {
  local label="$1"
  shift
  local times=()
  for _ in $(seq "$runs"); do
    touch "$@"
    local start end
    start=$(date +%s.%N)
    cargo test --no-run --quiet 2>/dev/null
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 }
    END { printf "%-40s median %.1f s, worst %.1f s (%d runs)\n", label, t[int((NR + 1) / 2)], t[NR], NR }'
}

mapfile -t test_sources < <(find tests -name '*.rs')
measure "test sources touched ($(ls tests/*.rs tests/*/main.rs 2>/dev/null | wc -l) binaries)" "${test_sources[@]}"
measure "src/lib.rs touched" src/lib.rs
