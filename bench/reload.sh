#!/usr/bin/env bash
# Live files (issue 14): how long after a routine file is written the open home screen shows
# it (target: within 300 ms), through a pty (bench/reload.py); then whether watching the
# files costs an idle home screen any wake-up: the home screen with a watched config folder
# under strace for 10 s (target: 0 system calls; bench/syscalls.sh measures the same for the
# idle home screen with ten years of history).
# Binary: WINDOWN_BIN (default: build this tree's release binary, honouring CARGO_TARGET_DIR).
# Usage (from the repo root): bench/reload.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "bench/reload.sh: needs python3" >&2; exit 1; }
if [ -z "${WINDOWN_BIN:-}" ]; then
  cargo build --release --quiet
  WINDOWN_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config/routines"
printf '[cues]\nbell = false\n[voice]\nengine = "off"\n' > "$work/config/config.toml"
export WINDOWN_DATA_DIR="$work/data" WINDOWN_STATE_DIR="$work/state"
python3 bench/reload.py "$WINDOWN_BIN" "$work/config" "${RUNS:-30}"

if ! command -v strace >/dev/null || ! command -v tmux >/dev/null; then
  echo "bench/reload.sh: strace or tmux missing: idle wake-ups NOT measured"
  exit 0
fi
sock="windown-reload-$$"
tmux -L "$sock" new-session -d -x 100 -y 30 \
  "WINDOWN_CONFIG_DIR='$work/config' exec '$WINDOWN_BIN'"
pid="$(tmux -L "$sock" display-message -p '#{pane_pid}')"
sleep 2
timeout -s INT 10 strace -f -ttt -s 0 -o "$work/idle.log" -p "$pid" 2>/dev/null || true
tmux -L "$sock" kill-server
# Calls in progress when strace attached (each thread's blocking wait) and their ends are
# not wake-ups.
calls="$(grep -v -e 'resumed>' -e 'unfinished' -e 'detached' -e '^[0-9]* *[0-9.]* *+++' -e '^[0-9]* *[0-9.]* *---' \
  -e 'restart_syscall' "$work/idle.log" | grep -c '(' || true)"
threads="$(grep -c . "$work/idle.log" || true)"
echo "reload: idle home screen with the files watched, 10 s under strace: $calls system calls ($threads log lines, waits in progress included)"
