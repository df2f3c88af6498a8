#!/usr/bin/env bash
# Every speed and footprint figure windown promises, measured on this machine with public
# tools (hyperfine, /proc, tmux). Each part's script runs on its own too:
#   bench/list.sh     windown list with 200 user routines            (target < 50 ms)
#   bench/validate.sh windown validate: 200 routines + 2 files; 1 MiB broken routine (< 50 ms; < 100 ms; cat beside)
#   bench/session.sh  plain-mode phase timing, CPU and memory        (< 50 ms late, no drift)
#   bench/cues.sh     speech and tone timing, their CPU, idle wakes  (< 20 ms, < 30 ms, < 0.05 %, 0)
#   bench/tui.sh      first frame, CPU and RSS over a 60 s countdown (< 30 ms, < 0.05 %, < 8 MB)
#   bench/remind.sh   idle reminder process, preview over a year     (<= 6 MB, ~1 wake/min, < 50 ms)
#   bench/history.sh  stats and home summary on ten years of records (< 100 ms, < 50 ms)
#   bench/first_frame_history.sh  home first frame, empty and ten-year history, beside cat (< 10 ms)
#   bench/syscalls.sh system calls per redraw in a countdown, idle home (1 write, no openat/ioctl; 0)
#   bench/parse.sh    1 MiB broken reminders.toml and routine, reported (< 100 ms; cat beside)
#   bench/cramp.sh    windown cramp first frame, report on ten years   (< 30 ms, < 100 ms)
#   bench/reload.sh   a routine file written -> on the open home screen; idle wake-ups (< 300 ms; 0)
# Not part of the default run (nightly, minutes): bench/fuzz.sh SECONDS runs each fuzz target.
# Usage: bench/run.sh [part ...]   (default: all parts)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
cargo build --release --quiet
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(list validate session cues tui remind history first_frame_history syscalls parse cramp reload)
for p in "${parts[@]}"; do
  script="bench/$p.sh"
  if [ -x "$script" ] || [ -f "$script" ]; then
    echo "=== $p"
    bash "$script"
  else
    echo "=== $p: no $script" >&2
  fi
done
