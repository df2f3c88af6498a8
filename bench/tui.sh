#!/usr/bin/env bash
# The terminal interface's speed and footprint, measured with public tools on this machine.
#
#   1. Time to first frame: a small Python script opens a pseudo-terminal (100x30), notes the
#      time, forks and execs the release binary on it, and reads the pty until the first
#      frame's text is on it ("Routines" for the home screen, "GET READY" for `run`).
#      Start-up of the process, terminal set-up and the first draw are all inside; 30 runs,
#      median and worst. Target: < 30 ms.
#   2. CPU, wake-ups and memory over a 60 s countdown (a routine with one 60 s hold), run in
#      tmux at 100x30 beside `termdown 60` in the same run, both read from /proc:
#      utime+stime from /proc/PID/stat (clock ticks), on-CPU nanoseconds from
#      /proc/PID/task/*/schedstat (finer), context switches from /proc/PID/task/*/status,
#      and VmHWM (peak resident) from /proc/PID/status; the home screen sits idle beside
#      them (it should not wake at all). Targets: < 0.05 % of one core,
#      < 8 MB resident.
#
# Usage: bench/tui.sh            (from the repo root; builds the release binary)
#        BENCH_SECONDS=20 bench/tui.sh   (a shorter countdown while trying things)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "bench/tui.sh: needs tmux" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench/tui.sh: needs python3" >&2; exit 1; }
cargo build --release --quiet
BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
SECS="${BENCH_SECONDS:-60}"

work="$(mktemp -d)"
sock="windown-bench-$$"
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  sleep 0.5   # the processes record their session on SIGHUP before they exit
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$work/config/routines" "$work/data" "$work/state"
printf '[cues]\nbell = false\n[voice]\nengine = "off"\n[sounds]\nplayer = "off"\n' > "$work/config/config.toml"
cat > "$work/config/routines/countdown.toml" <<EOF
title = "One long hold"
[[step]]
title = "Hold"
prepare = "0s"
hold = "${SECS}s"
reps = 1
EOF
export WINDOWN_CONFIG_DIR="$work/config" WINDOWN_DATA_DIR="$work/data" WINDOWN_STATE_DIR="$work/state"
export LANG=C.UTF-8 TERM=xterm-256color

echo "--- first frame (pty 100x30, 30 runs; target < 30 ms)"
python3 bench/first_frame.py "windown (home screen)" 30 Routines "$BIN"
python3 bench/first_frame.py "windown run countdown" 30 HOLD "$BIN" run countdown

echo "--- ${SECS} s countdown, side by side in tmux 100x30 (targets: < 0.05 % of one core, < 8 MB)"
tmux -L "$sock" new-session -d -x 100 -y 30 -s windown "exec '$BIN' run countdown"
tmux -L "$sock" new-session -d -x 100 -y 30 -s home "exec '$BIN'"
tmux -L "$sock" new-session -d -x 100 -y 30 -s termdown "exec termdown $SECS"
wpid="$(tmux -L "$sock" display-message -p -t windown '#{pane_pid}')"
tpid="$(tmux -L "$sock" display-message -p -t termdown '#{pane_pid}')"
hpid="$(tmux -L "$sock" display-message -p -t home '#{pane_pid}')"

python3 - "$wpid" "$tpid" "$SECS" "$hpid" <<'PY'
import os, sys, time
wpid, tpid, secs, hpid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
tick = os.sysconf("SC_CLK_TCK")

def sample(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])   # utime + stime
    ns = 0
    switches = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/schedstat") as f:
            ns += int(f.read().split()[0])
        with open(f"/proc/{pid}/task/{task}/status") as f:
            for line in f:
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    switches += int(line.split()[1])
    hwm = rss = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    return ticks, ns, switches, hwm, rss

time.sleep(1)   # past start-up: measure the countdown itself
start = {p: sample(p) for p in (wpid, tpid, hpid)}
t0 = time.monotonic()
time.sleep(max(secs - 2, 1))
end = {p: sample(p) for p in (wpid, tpid, hpid)}
span = time.monotonic() - t0
print(f"measured over {span:.1f} s of the countdown (after the first second)")
for name, pid in (("windown", wpid), ("termdown", tpid), ("home idle", hpid)):
    a, b = start[pid], end[pid]
    ticks = b[0] - a[0]
    ns = b[1] - a[1]
    wakes = (b[2] - a[2]) / span
    print(f"{name:9} cpu {100 * ns / 1e9 / span:7.4f} % of one core (schedstat)"
          f"   {100 * ticks / tick / span:6.3f} % (stat, {ticks} ticks)"
          f"   {wakes:5.2f} wakes/s   VmHWM {b[3] / 1024:5.1f} MB   VmRSS {b[4] / 1024:5.1f} MB")
PY

# Memory, side by side in one run (issue 24: at most 5 MB with cues off, 6 MB with them on):
# the peak (VmHWM) and resident (VmRSS) figures of the home screen idle and of a countdown
# with cues off and with cues on (the defaults: voice and tones "auto"), each read after
# 5 s. BEFORE_BIN=/path/to/an/older/windown puts an older build beside this one.
memory_side_by_side() {
  echo "--- memory after 5 s in tmux 100x30 (targets: 5 MB cues off, 6 MB cues on); load $(cut -d' ' -f1-3 /proc/loadavg)"
  local on="$work/config-cues-on"
  mkdir -p "$on/routines"
  printf 'title = "Long hold"\n[[step]]\ntitle = "Hold"\nprepare = "0s"\nhold = "60s"\nreps = 1\n' \
    | tee "$on/routines/long.toml" > "$work/config/routines/long.toml"
  local bins=("$BIN")
  [ -n "${BEFORE_BIN:-}" ] && bins+=("$BEFORE_BIN")
  local n=0 b
  for b in "${bins[@]}"; do
    n=$((n + 1))
    tmux -L "$sock" new-session -d -x 100 -y 30 -s "m$n-home" "exec '$b'"
    tmux -L "$sock" new-session -d -x 100 -y 30 -s "m$n-off" "exec '$b' run long"
    tmux -L "$sock" new-session -d -x 100 -y 30 -s "m$n-on" "WINDOWN_CONFIG_DIR='$on' exec '$b' run long"
  done
  sleep 5
  n=0
  for b in "${bins[@]}"; do
    n=$((n + 1))
    local s pid
    for s in home off on; do
      pid="$(tmux -L "$sock" display-message -p -t "m$n-$s" '#{pane_pid}')"
      awk -v who="$b" -v s="$s" '/^VmHWM/ {h = $2} /^VmRSS/ {r = $2}
        END {printf "  %-9s VmHWM %5.2f MB  VmRSS %5.2f MB  %s\n", s, h / 1024, r / 1024, who}' \
        /proc/"$pid"/status
    done
  done
}
memory_side_by_side
