#!/usr/bin/env bash
# When a cramp strikes: how fast `windown cramp` shows its first frame on a pseudo-terminal
# (100x30; target < 30 ms), beside the home screen's first frame on the same machine; and how
# long `windown report` takes on ten years of daily records with cramps (target < 100 ms),
# beside `windown stats` on the same file, text and with --html.
# Usage (from the repo root): bench/cramp.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 1; }
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_DATA_DIR="$tmp/data" WINDOWN_STATE_DIR="$tmp/state"
mkdir -p "$WINDOWN_DATA_DIR"
file="$WINDOWN_DATA_DIR/history.jsonl"

echo "--- first frame on a pty (100x30, 20 runs; target < 30 ms), empty history"
LANG=C.UTF-8 TERM=xterm-256color python3 bench/first_frame.py "windown cramp" 20 "Let it ease" "$bin" cramp
LANG=C.UTF-8 TERM=xterm-256color python3 bench/first_frame.py "windown (home)" 20 "Routines" "$bin"

python3 bench/ten_years.py "$file" 3650 --cramps
echo "--- ten years: $(wc -l < "$file") lines, $(du -h "$file" | cut -f1) (target < 100 ms for report)"
echo "--- and the same first frame over it"
LANG=C.UTF-8 TERM=xterm-256color python3 bench/first_frame.py "windown cramp (10 years)" 20 "Let it ease" "$bin" cramp
hyperfine --warmup 3 --runs 30 -N \
  -n "windown report" "$bin report" \
  -n "windown report --weeks 104 --html" "$bin report --weeks 104 --html $tmp/r.html" \
  -n "windown stats" "$bin stats"
