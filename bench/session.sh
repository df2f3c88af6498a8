#!/usr/bin/env bash
# Plain-mode session timing and footprint.
#
# Runs `windown run --plain` (release build) on a test routine with whole-second phases,
# timestamps every line as it arrives, and prints:
#   - how late each phase line was against its planned start (worst, mean, last = drift),
#     counted from the first line, and the time from launch to the first line;
#   - the process's CPU time (/proc/PID/stat utime+stime) and peak RSS (/proc/PID/status
#     VmHWM) over the run, and its CPU share of one core;
#   - the same CPU and memory figures for termdown counting down the same length in a
#     detached tmux terminal alongside, when termdown and tmux are installed.
#
# Usage: bench/session.sh [STEPS]   (each step: 28 s; default 2 steps = 56 s; 64 = 30 min)
#        WINDOWN=path/to/windown bench/session.sh   (skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."
steps="${1:-2}"
command -v python3 >/dev/null || { echo "bench/session.sh: needs python3" >&2; exit 1; }
if [ -z "${WINDOWN:-}" ]; then
  cargo build --release --quiet
  WINDOWN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
tmp="$(mktemp -d)"
trap 'tmux -L windown-bench kill-session -t windown-bench-termdown 2>/dev/null || true; rm -rf "$tmp"' EXIT
routine="$tmp/bench-session.toml"
{
  echo 'title = "Bench session"'
  echo 'kind = "stretch"'
  for i in $(seq 1 "$steps"); do
    cat <<EOF
[[step]]
title = "Step $i"
targets = ["calves"]
prepare = "2s"
duration = "5s"
reps = 2
rest = "2s"
sides = "both"
switch = "2s"
EOF
  done
} >"$routine"
seconds=$((steps * 28))

termdown_note="termdown: not measured (needs termdown and tmux)"
if command -v termdown >/dev/null && command -v tmux >/dev/null; then
  tmux -L windown-bench kill-session -t windown-bench-termdown 2>/dev/null || true
  tmux -L windown-bench new-session -d -s windown-bench-termdown -x 100 -y 30 "exec termdown --no-bell $((seconds + 30))"
  sleep 0.3
  termdown_pid="$(tmux -L windown-bench list-panes -t windown-bench-termdown -F '#{pane_pid}' | head -n1)"
  # `exec`: the pane process is termdown itself.
  termdown_note=""
fi

export WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_DATA_DIR="$tmp/data" WINDOWN_STATE_DIR="$tmp/state"
mkdir -p "$WINDOWN_CONFIG_DIR"
printf '[cues]\nbell = false\n[voice]\nengine = "off"\n[sounds]\nplayer = "off"\n' >"$WINDOWN_CONFIG_DIR/config.toml"

python3 - "$WINDOWN" "$routine" "${termdown_pid:-}" <<'PY'
import os, subprocess, sys, threading, time

exe, routine, other = sys.argv[1], sys.argv[2], sys.argv[3]
tick = os.sysconf("SC_CLK_TCK")

def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick  # utime, stime

def hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None

def parse_clock(text):
    secs = 0
    for part in text.split(":"):
        secs = secs * 60 + int(part)
    return secs

launched = time.monotonic()
proc = subprocess.Popen([exe, "run", routine, "--plain"], stdin=subprocess.DEVNULL,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
peak = {"windown": 0, "other": 0}
switches = {"windown": 0}

def voluntary_switches(pid):
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/status") as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches:"):
                        total += int(line.split()[1])
    except OSError:
        pass
    return total
stop = threading.Event()

def sample():
    while not stop.is_set():
        for name, pid in (("windown", proc.pid), ("other", other)):
            if pid:
                v = hwm_kb(pid)
                if v:
                    peak[name] = max(peak[name], v)
        switches["windown"] = max(switches["windown"], voluntary_switches(proc.pid))
        stop.wait(0.5)

other_cpu0 = cpu_seconds(other) if other else None
other_t0 = time.monotonic()
threading.Thread(target=sample, daemon=True).start()

lines = []
for raw in proc.stdout:
    lines.append((time.monotonic(), raw.decode(errors="replace").rstrip("\n")))
# Exited but not reaped: its final CPU times are still readable.
os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
ran = time.monotonic() - launched
cpu = cpu_seconds(proc.pid)
stop.set()
code = proc.wait()
err = proc.stderr.read().decode(errors="replace")

phases = [(t, l) for t, l in lines if l and not l.startswith(" ")]
if not phases or code != 0:
    print(f"windown exited {code}; stderr:\n{err}", file=sys.stderr)
    sys.exit(1)
t0 = phases[0][0]
late = []
for t, line in phases:
    planned = parse_clock(line.split(" ", 1)[0])
    late.append(((t - t0) - planned) * 1000)
print(f"routine: {len(phases) - 1} phases over {parse_clock(phases[-1][1].split(' ', 1)[0])} s (plain mode, release build)")
print(f"first line after launch: {(t0 - launched) * 1000:.1f} ms")
print(f"phase lines late vs plan: worst {max(late):.1f} ms, mean {sum(late) / len(late):.1f} ms, "
      f"last line {late[-1]:.1f} ms (target: < 50 ms, no drift)")
cpu_text = f"{cpu:.2f} s" if cpu > 0 else f"< {1 / tick:.2f} s (under one clock tick)"
share = f"{100 * cpu / ran:.3f} %" if cpu > 0 else f"< {100 / tick / ran:.3f} %"
print(f"windown CPU: {cpu_text} over {ran:.1f} s = {share} of one core; "
      f"peak RSS {peak['windown'] / 1024:.1f} MB; "
      f"{switches['windown']} voluntary wake-ups seen (all threads; {len(phases)} lines)")
if other:
    try:
        ocpu = cpu_seconds(other) - other_cpu0
        ot = time.monotonic() - other_t0
        print(f"termdown alongside (same {ran:.0f} s): CPU {100 * ocpu / ot:.3f} % of one core; "
              f"peak RSS {peak['other'] / 1024:.1f} MB")
    except OSError:
        print("termdown alongside: ended before it could be measured")
PY
[ -z "$termdown_note" ] || echo "$termdown_note"

# The cue worker while a cue command plays: how often its thread wakes (it waits on the
# command, it does not poll). A 6 s hold with a cue command that runs 5 s; sampled over 3 s.
cue_dir="$tmp/cue"
mkdir -p "$cue_dir/config"
printf 'title = "Cue bench"\n[[step]]\ntitle = "Calf"\nprepare = "0s"\nduration = "6s"\n' >"$cue_dir/cue.toml"
printf '[cues]\nbell = false\n[sounds]\nplayer = "off"\n[voice]\ncommand = ["sleep", "5"]\n' >"$cue_dir/config/config.toml"
WINDOWN_CONFIG_DIR="$cue_dir/config" WINDOWN_DATA_DIR="$cue_dir/data" WINDOWN_STATE_DIR="$cue_dir/state" \
  "$WINDOWN" run "$cue_dir/cue.toml" --plain </dev/null >/dev/null &
cue_pid=$!
sleep 1
switches() {
  for t in /proc/"$cue_pid"/task/*; do
    if [ "$(cat "$t/comm" 2>/dev/null)" = cue-speech ]; then
      awk '/^voluntary_ctxt_switches/ {print $2}' "$t/status"
    fi
  done
}
s0="$(switches)"
sleep 3
s1="$(switches)"
wait "$cue_pid" || true
if [ -n "$s0" ] && [ -n "$s1" ]; then
  echo "cue worker while a cue command plays: $(( (s1 - s0) )) wake-ups in 3 s"
else
  echo "cue worker: not measured (thread not found)"
fi
