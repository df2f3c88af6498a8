#!/usr/bin/env bash
# `windown list` with 200 user routine files (target: under 50 ms).
# Builds the release binary once, writes 200 routines (each like the built-in evening
# stretch: 2 steps, comments, notes) into a temporary config folder, and times `windown list`
# with hyperfine. Usage: bench/list.sh (from the repo root or anywhere).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine" >&2; exit 1; }
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/config/routines"
for i in $(seq -w 1 200); do
  sed "s/^title = .*/title = \"Bench routine $i\"/" routines/evening-legs.toml \
    > "$tmp/config/routines/bench-$i.toml"
done
export WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_DATA_DIR="$tmp/data" WINDOWN_STATE_DIR="$tmp/state"
lines=$("$bin" list | wc -l)
echo "windown list: $lines lines of output (3 built-ins + 200 user routines + header)"
hyperfine --warmup 5 --runs 50 --shell=none --export-json "$tmp/list.json" "$bin list" >/dev/null
python3 - "$tmp/list.json" <<'PY' 2>/dev/null || jq -r '.results[0] | "mean \(.mean*1000) ms"' "$tmp/list.json"
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"windown list, 200 user routines: mean {r['mean']*1000:.1f} ms ± {r['stddev']*1000:.1f} ms, "
      f"min {r['min']*1000:.1f} ms, max {r['max']*1000:.1f} ms (target < 50 ms)")
PY
