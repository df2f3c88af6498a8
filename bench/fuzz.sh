#!/usr/bin/env bash
# Run every fuzz target (fuzz/, cargo-fuzz on nightly) for a given time each, starting from
# the seed corpora in fuzz/seeds/ (files from the tests and the shipped routines). New inputs
# go to a temporary corpus; a crash stops the run and leaves its input in
# fuzz/artifacts/TARGET/ (reproduce with `cargo +nightly fuzz run TARGET FILE`).
# Usage: bench/fuzz.sh [SECONDS per target, default 60] [TARGET...]
# Needs: rustup's nightly toolchain and cargo-fuzz (cargo install cargo-fuzz).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(routine reminders config history durations diagnostic writers)
command -v cargo-fuzz >/dev/null || { echo "fuzz: needs cargo-fuzz (cargo install cargo-fuzz)" >&2; exit 1; }
rustup run nightly true 2>/dev/null || { echo "fuzz: needs the nightly toolchain (rustup toolchain install nightly)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo +nightly fuzz build -O
for t in "${targets[@]}"; do
  mkdir -p "$tmp/$t"
  echo "fuzz: $t for ${secs}s"
  cargo +nightly fuzz run -O "$t" "$tmp/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    2>"$tmp/$t.log" || { tail -40 "$tmp/$t.log" >&2; echo "fuzz: $t FAILED" >&2; exit 1; }
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$tmp/$t.log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz: $t ok, $runs runs, corpus $(ls "$tmp/$t" | wc -l) inputs"
done
