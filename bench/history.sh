#!/usr/bin/env bash
# History on ten years of daily records (about 15,000 lines): how long `windown stats` takes
# (target < 100 ms) and how long the home screen's summary takes to load (target < 50 ms).
#
# The home screen is measured twice: `windown history --days 1` reads and parses the whole
# file exactly as `home_summary` does (the file has no index), then prints one day; and the
# real thing: time to the first frame of the app's home screen on a pseudo-terminal
# (100x30) with the ten years of records, until its history header ("last session") is on
# the terminal (the marker is "session": blanks are not written on a first frame). Process
# start, terminal set-up, reading the history and the first draw are all inside; 20 runs,
# median and worst (the same method as bench/tui.sh).
# Usage (from the repo root): bench/history.sh
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

# Ten years of evenings up to yesterday: a session on most evenings (some stopped early), a
# check-in every morning, two or three reminder acknowledgements a day.
start="$(date -d '-3652 days' +%Y-%m-%d)"
days=3652
awk -v start="$start" -v days="$days" '
function dim(y, m) { return m == 2 ? ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31) }
BEGIN {
  split(start, p, "-"); y = p[1] + 0; m = p[2] + 0; d = p[3] + 0
  for (i = 0; i < days; i++) {
    day = sprintf("%04d-%02d-%02d", y, m, d)
    # the next calendar day, for the morning check-in
    ny = y; nm = m; nd = d + 1
    if (nd > dim(ny, nm)) { nd = 1; nm++; if (nm > 12) { nm = 1; ny++ } }
    next_day = sprintf("%04d-%02d-%02d", ny, nm, nd)
    if (i % 9 != 4) {
      fin = (i % 13 == 7) ? "false" : "true"
      printf "{\"v\":1,\"type\":\"session\",\"routine_id\":\"evening-legs\",\"routine_title\":\"Evening legs\",\"started\":\"%sT22:%02d:00+01:00\",\"ended\":\"%sT22:%02d:00+01:00\",\"active_seconds\":%d,\"steps_done\":4,\"steps_skipped\":0,\"steps_total\":4,\"finished\":%s}\n", day, i % 30, day, i % 30 + 4, 200 + i % 40, fin
    }
    cr = (i % 7 == 3) ? "mild" : ((i % 17 == 5) ? "bad" : "none")
    printf "{\"v\":1,\"type\":\"checkin\",\"night_of\":\"%s\",\"cramps\":\"%s\",\"recorded\":\"%sT07:%02d:00+01:00\"}\n", day, cr, next_day, i % 50
    printf "{\"v\":1,\"type\":\"reminder_ack\",\"reminder_id\":\"hydrate\",\"at\":\"%sT11:00:00+01:00\"}\n", day
    printf "{\"v\":1,\"type\":\"reminder_ack\",\"reminder_id\":\"legs-up\",\"at\":\"%sT15:00:00+01:00\"}\n", day
    if (i % 3 == 0) printf "{\"v\":1,\"type\":\"reminder_ack\",\"reminder_id\":\"hydrate\",\"at\":\"%sT17:00:00+01:00\"}\n", day
    y = ny; m = nm; d = nd
  }
}' > "$file"

echo "history file: $(wc -l < "$file") lines, $(du -h "$file" | cut -f1)"
"$bin" stats | head -3
hyperfine --warmup 3 --runs 30 -N --export-json "$tmp/h.json" \
  -n "windown stats" "$bin stats" \
  -n "home summary (windown history --days 1)" "$bin history --days 1"

echo "--- home screen, first frame with its history header (pty 100x30, 20 runs; target < 50 ms)"
LANG=C.UTF-8 TERM=xterm-256color python3 bench/first_frame.py "home screen first frame" 20 session "$bin"
