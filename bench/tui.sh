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
#      < 8 MB resident. tclock 0.1.0 (a clock with seconds: it has no countdown, so the
#      peer that redraws once a second is the clock itself; TCLOCK=path, default
#      /opt/tclock/bin/tclock) runs beside it at the same size, and WINDOWN_BIN_BEFORE, when
#      set, a second windown countdown in the same run: ratios are printed pair by pair, with
#      the load average before and after. Target: windown's CPU at or under tclock's.
#   3. `/etc/localtime` checks while counting down: after the CPU span, `strace -f -e
#      trace=openat,stat,statx,newfstatat,lstat,access` is attached to each countdown (and
#      tclock) for LOCALTIME_SECONDS (default 60) and the calls naming /etc/localtime are
#      counted (apart from the CPU span: ptrace slows what it traces). Target: at most one a
#      minute.
#   4. With BENCH_CALLGRIND=1, before 3: instructions over 10 s of counting, each program under
#      valgrind's callgrind (counters zeroed after start-up): a noise-free figure beside the
#      CPU time, for a machine whose load moves the times.
#
# Usage: bench/tui.sh            (from the repo root; builds the release binary)
#        BENCH_SECONDS=20 bench/tui.sh   (a shorter countdown while trying things)
#        WINDOWN_BIN=... WINDOWN_BIN_BEFORE=... BENCH_FIRST_FRAME=0 bench/tui.sh
#          (two given binaries side by side, no build, no first-frame runs)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "bench/tui.sh: needs tmux" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench/tui.sh: needs python3" >&2; exit 1; }
if [ -z "${WINDOWN_BIN:-}" ]; then
  cargo build --release --quiet
fi
BIN="${WINDOWN_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/windown}"
BEFORE="${WINDOWN_BIN_BEFORE:-}"
TCLOCK="${TCLOCK:-/opt/tclock/bin/tclock}"
SECS="${BENCH_SECONDS:-60}"
TZSECS="${LOCALTIME_SECONDS:-60}"

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
hold = "$((SECS + TZSECS + 60))s"
reps = 1
EOF
export WINDOWN_CONFIG_DIR="$work/config" WINDOWN_DATA_DIR="$work/data" WINDOWN_STATE_DIR="$work/state"
export LANG=C.UTF-8 TERM=xterm-256color

if [ "${BENCH_FIRST_FRAME:-1}" != 0 ]; then
echo "--- first frame (pty 100x30, 30 runs; target < 30 ms)"
python3 bench/first_frame.py "windown (home screen)" 30 Routines "$BIN"
python3 bench/first_frame.py "windown run countdown" 30 HOLD "$BIN" run countdown
fi

echo "--- ${SECS} s countdown, side by side in tmux 100x30 (targets: < 0.05 % of one core, < 8 MB)"
tmux -L "$sock" new-session -d -x 100 -y 30 -s windown "exec '$BIN' run countdown"
tmux -L "$sock" new-session -d -x 100 -y 30 -s home "exec '$BIN'"
tpid=0
if command -v termdown >/dev/null; then
  tmux -L "$sock" new-session -d -x 100 -y 30 -s termdown "exec termdown $((SECS + TZSECS + 60))"
  tpid="$(tmux -L "$sock" display-message -p -t termdown '#{pane_pid}')"
else
  echo "(termdown is not installed: measured without it)"
fi
tmux -L "$sock" new-session -d -x 100 -y 30 -s tclock "exec '$TCLOCK'"
if [ -n "$BEFORE" ]; then
  tmux -L "$sock" new-session -d -x 100 -y 30 -s before \
    "WINDOWN_STATE_DIR='$work/state-before' exec '$BEFORE' run countdown"
fi
pid_of() { tmux -L "$sock" display-message -p -t "$1" '#{pane_pid}'; }
wpid="$(pid_of windown)"
hpid="$(pid_of home)"
cpid="$(pid_of tclock)"
bpid=0
[ -n "$BEFORE" ] && bpid="$(pid_of before)"

python3 - "$wpid" "$tpid" "$SECS" "$hpid" "$cpid" "$bpid" <<'PY'
import os, sys, time
wpid, tpid, secs, hpid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
cpid, bpid = int(sys.argv[5]), int(sys.argv[6])
tick = os.sysconf("SC_CLK_TCK")
load = lambda: open("/proc/loadavg").read().split()[:3]

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

procs = [("windown", wpid), ("before", bpid), ("tclock", cpid), ("termdown", tpid),
         ("home idle", hpid)]
procs = [(n, p) for n, p in procs if p]
time.sleep(1)   # past start-up: measure the countdown itself
load0 = load()
start = {p: sample(p) for _, p in procs}
t0 = time.monotonic()
time.sleep(max(secs - 2, 1))
end = {p: sample(p) for _, p in procs}
span = time.monotonic() - t0
print(f"measured over {span:.1f} s of the countdown (after the first second);"
      f" load average {' '.join(load0)} before, {' '.join(load())} after")
cpu = {n: end[p][1] - start[p][1] for n, p in procs}
for name, pid in procs:
    a, b = start[pid], end[pid]
    ticks = b[0] - a[0]
    ns = b[1] - a[1]
    wakes = (b[2] - a[2]) / span
    print(f"{name:9} cpu {100 * ns / 1e9 / span:7.4f} % of one core (schedstat)"
          f"   {100 * ticks / tick / span:6.3f} % (stat, {ticks} ticks)"
          f"   {wakes:5.2f} wakes/s   VmHWM {b[3] / 1024:5.1f} MB   VmRSS {b[4] / 1024:5.1f} MB")
for name in ("windown", "before"):
    if name in cpu and cpu["tclock"]:
        print(f"{name} / tclock CPU (schedstat): {cpu[name] / cpu['tclock']:.2f}x")
if "before" in cpu and cpu["before"]:
    print(f"windown / before CPU (schedstat): {cpu['windown'] / cpu['before']:.2f}x")
PY

if [ "${BENCH_CALLGRIND:-0}" != 0 ] && command -v valgrind >/dev/null; then
  # Instructions, not time: each program under callgrind in its own tmux session, counters
  # zeroed after start-up, dumped 10 s later (callgrind_control). Noise-free beside the CPU
  # figures above; the binaries are stripped, so totals only (perf counters are not
  # available in this container).
  echo "--- instructions over 10 s of counting (valgrind --tool=callgrind, after start-up)"
  cg=("windown:$BIN run countdown" "tclock:$TCLOCK")
  [ -n "$BEFORE" ] && cg+=("before:$BEFORE run countdown")
  for nc in "${cg[@]}"; do
    n="${nc%%:*}"
    tmux -L "$sock" new-session -d -x 100 -y 30 -s "cg-$n" \
      "cd '$work' && WINDOWN_STATE_DIR='$work/state-cg-$n' exec valgrind --tool=callgrind --callgrind-out-file='$work/cg-$n.%p' ${nc#*:}"
  done
  sleep 8
  for nc in "${cg[@]}"; do callgrind_control -z "$(pid_of "cg-${nc%%:*}")" >/dev/null 2>&1; done
  sleep 10
  for nc in "${cg[@]}"; do
    n="${nc%%:*}"
    callgrind_control -d "$(pid_of "cg-$n")" >/dev/null 2>&1
    ir="$(grep -h '^summary:' "$work"/cg-"$n".*.[0-9]* 2>/dev/null | tail -1 | cut -d' ' -f2)"
    echo "$n: ${ir:-?} instructions in 10 s (about $(( ${ir:-0} / 10 )) a redraw, one a second)"
  done
fi

echo "--- /etc/localtime checks over ${TZSECS} s of the countdown (strace; target: at most one a minute)"
if command -v strace >/dev/null; then
  tz_pids=("windown:$wpid" "tclock:$cpid")
  [ -n "$BEFORE" ] && tz_pids+=("before:$bpid")
  for np in "${tz_pids[@]}"; do
    timeout -s INT "$TZSECS" strace -f -e trace=openat,stat,statx,newfstatat,lstat,access \
      -o "$work/tz-${np%%:*}.log" -p "${np#*:}" 2>/dev/null &
  done
  wait
  for np in "${tz_pids[@]}"; do
    n="$(grep -c /etc/localtime "$work/tz-${np%%:*}.log" || true)"
    echo "${np%%:*}: $n /etc/localtime checks in ${TZSECS} s"
  done
else
  echo "strace is missing (apt-get install strace): /etc/localtime checks NOT measured"
fi

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
