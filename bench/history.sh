#!/usr/bin/env bash
# Reading history at the speed of the disk: `windown stats`, `windown report` and
# `windown report --html` beside `cat` of the same file, in one hyperfine run, with ratios.
#
# Two files, made by bench/ten_years.py with every record type (sessions, check-ins, cramps of
# format 2, reminder acknowledgements):
#   10y    ten years (3650 days, about 16,700 lines, 2 MB). Target: each command within 3x
#          `cat` of the file (median against median).
#   64MiB  as many days as fit under the 64 MiB cap (history::store::HISTORY_LIMIT), cut at
#          a line end. Targets: within 0.15 s and 60 MB peak resident memory (VmHWM; read as
#          the child's ru_maxrss, which is VmHWM at its exit).
# Home's history header on ten years (time to the first frame with "last session" on a pty)
# is bench/first_frame_history.sh.
#
# Binaries: this tree's release build (honouring CARGO_TARGET_DIR), and beside it in the same
# run WINDOWN_BIN_BEFORE (default /work/base/target/release/windown when it exists; set it
# empty to measure this tree alone). The load average is printed before and after: the
# ratios side by side are what to read on a busy machine.
# On a loaded machine, instruction counts are steadier than times: IR=1 adds each command's
# instructions (valgrind's callgrind, total Ir, one run each) on both files, for every
# binary. For where they go, build `cargo build --profile profiling` (symbols and line
# tables) and run e.g. `valgrind --tool=callgrind windown stats` with WINDOWN_DATA_DIR on the
# cap's folder.
# Usage (from the repo root): bench/history.sh        RUNS=50 IR=1 bench/history.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 1; }
if [ -z "${WINDOWN_BIN:-}" ]; then
  cargo build --release --quiet
  WINDOWN_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
before_default=/work/base/target/release/windown
[ -x "$before_default" ] || before_default=
BEFORE="${WINDOWN_BIN_BEFORE-$before_default}"
RUNS="${RUNS:-30}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_STATE_DIR="$tmp/state"
mkdir -p "$tmp/10y" "$tmp/64MiB"
python3 bench/ten_years.py "$tmp/10y/history.jsonl" 3650 --cramps --acks
# The cap: 64 MiB; 2 MB is ten years, so 330 years are more than enough, then cut.
python3 bench/ten_years.py "$tmp/all.jsonl" 120500 --cramps --acks
python3 - "$tmp/all.jsonl" "$tmp/64MiB/history.jsonl" <<'PY'
import sys
cap = 64 * 1024 * 1024
data = open(sys.argv[1], "rb").read()
# The newest days are kept, from the first whole line: a history grows at its end.
tail = data[-cap:]
if len(data) > cap:
    tail = tail[tail.find(b"\n") + 1:]
open(sys.argv[2], "wb").write(tail)
PY
rm "$tmp/all.jsonl"

for f in 10y 64MiB; do
  file="$tmp/$f/history.jsonl"
  echo "$f: $(wc -l < "$file") lines, $(stat -c %s "$file") bytes"
  WINDOWN_DATA_DIR="$tmp/$f" "$WINDOWN_BIN" stats 2>&1 | head -2 | sed 's/^/  /'
done

bins=("this:$WINDOWN_BIN")
[ -n "$BEFORE" ] && bins+=("before:$BEFORE")

run() { # data folder name, then hyperfine's own arguments
  local f="$1"; shift
  local file="$tmp/$f/history.jsonl"
  local args=(-n "cat" "cat $file")
  export WINDOWN_DATA_DIR="$tmp/$f"
  for b in "${bins[@]}"; do
    local name="${b%%:*}" bin="${b#*:}"
    args+=(-n "$name: stats" "$bin stats")
    args+=(-n "$name: report" "$bin report")
    args+=(-n "$name: report --html" "$bin report --html $tmp/page-$name.html")
  done
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  hyperfine -N --warmup 3 --runs "$RUNS" --style basic --output null --export-json "$tmp/$f.json" "${args[@]}" >"$tmp/$f.log" 2>&1 \
    || { cat "$tmp/$f.log"; exit 1; }
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$tmp/$f.json" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
cat = next(r for r in res if r["command"] == "cat")
print(f"  {'command':24} {'median':>9} {'max':>9} {'x cat':>7}")
for r in res:
    print(f"  {r['command']:24} {r['median'] * 1000:6.2f} ms {r['max'] * 1000:6.2f} ms {r['median'] / cat['median']:6.1f}x")
PY
}

echo "--- ten years, $RUNS runs each, one hyperfine run (target: each command <= 3x cat)"
run 10y
echo "--- the 64 MiB cap, $RUNS runs each (target: <= 0.15 s)"
run 64MiB

echo "--- the 64 MiB cap, peak resident memory (VmHWM at exit; target: <= 60 MB)"
python3 - "$tmp/64MiB" "$tmp" "${bins[@]}" <<'PY'
import os, subprocess, sys
data, tmp, bins = sys.argv[1], sys.argv[2], sys.argv[3:]
env = dict(os.environ, WINDOWN_DATA_DIR=data)
for b in bins:
    name, path = b.split(":", 1)
    for argv in (["stats"], ["report"], ["report", "--html", f"{tmp}/page-rss.html"]):
        peaks = []
        for _ in range(3):
            p = subprocess.Popen([path] + argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(p.pid, 0)
            peaks.append(usage.ru_maxrss / 1024)
        print(f"  {name + ': ' + ' '.join(argv[:2]):24} {max(peaks):6.1f} MB")
PY

if [ "${IR:-0}" = 1 ] && command -v valgrind >/dev/null; then
  echo "--- instructions (callgrind total Ir, one run each; steadier than times on a busy machine)"
  for f in 10y 64MiB; do
    for b in "${bins[@]}"; do
      name="${b%%:*}" bin="${b#*:}"
      for argv in "stats" "report" "report --html $tmp/page-ir.html"; do
        # shellcheck disable=SC2086
        ir=$(WINDOWN_DATA_DIR="$tmp/$f" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
          "$bin" $argv 2>&1 >/dev/null | sed -n 's/.*Collected : *//p')
        printf '  %-6s %-24s %14s Ir\n' "$f" "$name: ${argv%% /*}" "$ir"
      done
    done
  done
fi
