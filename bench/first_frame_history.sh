#!/usr/bin/env bash
# The home screen's first frame with no history and with ten years of it, beside `cat`.
#
# The home screen draws its first frame before it reads the history (a worker thread reads
# it and fills the header when it arrives), so ten years of records should not delay the
# first frame. Target: first frame within 10 ms on a pty with ten years of history.
#
# Method: bench/first_frame.py's pty timer (100x30; fork, exec, terminal set-up and the draw
# are all inside), RUNS rounds (default 30). Each round runs every case once, in a shuffled
# order, so drift on the machine hits all cases alike:
#   cat          `cat` of a 3 KB file on the same pty, until its first bytes are there: the
#                floor (process start and the pty, no app).
#   empty        windown (home screen), empty data dir, until "Routines" (the list's panel
#                title: the first frame).
#   10y          windown with ten years of history (bench/ten_years.py: a finished session
#                every evening and a check-in every morning for 3650 days, 7300 lines), until
#                "Routines"; and, from the same runs, until "session" (the header's "last
#                session": the history has been read and drawn).
# Prints median and worst (max) per case and their ratio to cat's median and worst.
#
# Binaries: WINDOWN_BIN (default: build this tree's release binary, honouring
# CARGO_TARGET_DIR); WINDOWN_BIN_BEFORE, if set, is measured the same way in the same run
# (e.g. a build of the commit before a change).
# Usage (from the repo root): bench/first_frame_history.sh
#        RUNS=50 WINDOWN_BIN_BEFORE=/path/to/old/windown bench/first_frame_history.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 1; }
if [ -z "${WINDOWN_BIN:-}" ]; then
  cargo build --release --quiet
  WINDOWN_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
RUNS="${RUNS:-30}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/config" "$tmp/empty" "$tmp/tenyears"
printf '[cues]\nbell = false\n' > "$tmp/config/config.toml"
python3 bench/ten_years.py "$tmp/tenyears/history.jsonl"
head -c 3000 /dev/zero | tr '\0' 'x' | sed 's/^/Routines /' > "$tmp/floor.txt"

# The generated file loads: the last three days and the totals, as windown reads them.
echo "ten-year history: $(wc -l < "$tmp/tenyears/history.jsonl") lines, $(du -h "$tmp/tenyears/history.jsonl" | cut -f1)"
WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_DATA_DIR="$tmp/tenyears" WINDOWN_STATE_DIR="$tmp/state-check" \
  "$WINDOWN_BIN" history --days 3 | sed 's/^/  /'
WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_DATA_DIR="$tmp/tenyears" WINDOWN_STATE_DIR="$tmp/state-check" \
  "$WINDOWN_BIN" stats | head -3 | sed 's/^/  /'

echo "--- home screen first frame, pty 100x30, $RUNS rounds, cases shuffled per round (target: < 10 ms with ten years)"
python3 - "$tmp" "$RUNS" "$WINDOWN_BIN" "${WINDOWN_BIN_BEFORE:-}" <<'PY'
import os, random, statistics, sys
sys.path.insert(0, "bench")
from first_frame import times_to

tmp, runs, this, before = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
base = {k: v for k, v in os.environ.items() if not k.startswith("WINDOWN_")}
base.update(LANG="C.UTF-8", TERM="xterm-256color", WINDOWN_CONFIG_DIR=f"{tmp}/config")

bins = [("this", this)] + ([("before", before)] if before else [])
cases = [("cat (floor)", ["/bin/cat", f"{tmp}/floor.txt"], dict(base), [b"Routines"])]
for name, path in bins:
    for hist in ("empty", "tenyears"):
        env = dict(base, WINDOWN_DATA_DIR=f"{tmp}/{hist}", WINDOWN_STATE_DIR=f"{tmp}/state-{name}-{hist}")
        markers = [b"Routines"] + ([b"session"] if hist == "tenyears" else [])
        cases.append((f"{name}: {'empty' if hist == 'empty' else '10y'}", [path], env, markers))

results = {c[0]: [[] for _ in c[3]] for c in cases}
rng = random.Random(1)
for _ in range(runs):
    order = list(cases)
    rng.shuffle(order)
    for label, argv, env, markers in order:
        got = times_to(argv, markers, env)
        for i, t in enumerate(got):
            if t is None:
                sys.exit(f"{label}: marker {markers[i].decode()!r} never came")
            results[label][i].append(t * 1000)

floor = results["cat (floor)"][0]
fmed, fmax = statistics.median(floor), max(floor)
print(f"{'case':28} {'median':>9} {'worst':>9}   {'x cat (median)':>14} {'x cat (worst)':>13}")
for label, _, _, markers in cases:
    for i, m in enumerate(markers):
        ts = results[label][i]
        what = "first frame" if m == b"Routines" else "header"
        if label.startswith("cat"):
            what = "first bytes"
        med, worst = statistics.median(ts), max(ts)
        print(f"{label + ', ' + what:28} {med:6.2f} ms {worst:6.2f} ms   {med / fmed:13.1f}x {worst / fmax:12.1f}x")
PY
