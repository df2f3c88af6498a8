#!/usr/bin/env bash
# Spoken cues and sounds: how soon each program starts, how well the ticks keep time, and
# what they cost windown.
#
# Runs `windown run --plain` (release build) on a routine with whole-second phases, with a
# stand-in `espeak-ng` and `pw-play` first on PATH (bash scripts that write $EPOCHREALTIME as
# their first act, so each figure includes bash's own start, about 1-3 ms), and prints:
#   - speech: from each phase line on stdout to the speech program's exec (worst, mean);
#     the cue is handed over before the line is written, so this is the delay a listener
#     would notice between the screen and the voice (target: within 20 ms);
#   - ticks: each tick's start against its whole second (the phase's planned start plus
#     length minus 3, 2, 1 s, counted from the first line) (target: within 30 ms), and the
#     last tone against its plan (drift);
#   - windown's own CPU time over the run (utime+stime of the process, not of the programs it
#     starts) as a share of one core (target: at most 0.05 %);
#   - wake-ups of every windown thread while a task step waits for 5 s with speech and
#     sounds on (target: 0);
#   - beside it, when termdown and tmux are installed: termdown in a detached tmux terminal
#     running the same stand-in every second (`--exec-cmd`, its hook for per-second sounds
#     and speech; its `--voice` calls /usr/bin/espeak by absolute path, which a stand-in
#     cannot take the place of), as the spacing of consecutive calls against 1 s, the same
#     measure as windown's ticks.
#
# The routine has the built-in evening stretch's shape (10 s get ready, 3 holds of 10 s with
# 10 s rests on each leg, a 5 s switch: 115 s a step), then a task that waits.
#
# Usage: bench/cues.sh [STEPS]   (each step: 115 s; default 1; 16 = about 30 min)
#        WINDOWN=path/to/windown bench/cues.sh   (skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."
steps="${1:-1}"
command -v python3 >/dev/null || { echo "bench/cues.sh: needs python3" >&2; exit 1; }
command -v bash >/dev/null || { echo "bench/cues.sh: needs bash" >&2; exit 1; }
if [ -z "${WINDOWN:-}" ]; then
  cargo build --release --quiet
  WINDOWN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
routine="$tmp/bench-cues.toml"
{
  echo 'title = "Bench cues"'
  for i in $(seq 1 "$steps"); do
    cat <<EOF
[[step]]
title = "Step $i"
targets = ["calves"]
prepare = "10s"
duration = "10s"
reps = 3
rest = "10s"
sides = "both"
switch = "5s"
EOF
  done
  cat <<EOF
[[step]]
title = "Wait here"
kind = "task"
EOF
} >"$routine"
bash_path="$(command -v bash)"
mkdir -p "$tmp/bin"
for name in espeak-ng pw-play espeak; do
  printf '#!%s\nt=$EPOCHREALTIME\nf=${@: -1}\necho "$t %s ${f##*/}" >> %q\n' \
    "$bash_path" "$name" "$tmp/log" >"$tmp/bin/$name"
  chmod +x "$tmp/bin/$name"
done
export WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_DATA_DIR="$tmp/data" WINDOWN_STATE_DIR="$tmp/state"
mkdir -p "$WINDOWN_CONFIG_DIR"
printf '[cues]\nbell = false\n' >"$WINDOWN_CONFIG_DIR/config.toml"

# termdown speaking its last seconds through the stand-in espeak, alongside.
if command -v termdown >/dev/null && command -v tmux >/dev/null; then
  tmux -L windown-bench-cues kill-server 2>/dev/null || true
  tmux -L windown-bench-cues new-session -d -x 100 -y 30 \
    "termdown --no-art --exec-cmd '$tmp/bin/espeak {0}' 8; sleep 1"
  sleep 10
  tmux -L windown-bench-cues kill-server 2>/dev/null || true
fi

PATH="$tmp/bin:$PATH" python3 - "$WINDOWN" "$routine" "$tmp/log" <<'PY'
import os, subprocess, sys, time

exe, routine, log = sys.argv[1], sys.argv[2], sys.argv[3]
tick = os.sysconf("SC_CLK_TCK")

def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick  # utime, stime: windown's own

def wakeups(pid):
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/status") as f:
            for line in f:
                if line.startswith("voluntary_ctxt_switches:"):
                    total += int(line.split()[1])
    return total

def clock(text):
    secs = 0
    for part in text.split(":"):
        secs = secs * 60 + int(part)
    return secs

launched = time.time()
proc = subprocess.Popen([exe, "run", routine, "--plain"], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
lines = []
while True:
    raw = proc.stdout.readline()
    if not raw:
        break
    text = raw.decode(errors="replace").rstrip("\n")
    lines.append((time.time(), text))
    if " TASK " in text:
        break
ran = time.time() - launched
cpu = cpu_seconds(proc.pid)
time.sleep(0.5)  # the task's cue programs finish
w0 = wakeups(proc.pid)
time.sleep(5)
idle = wakeups(proc.pid) - w0
proc.stdin.write(b"\n")
proc.stdin.close()
proc.wait()

phases = [(t, l) for t, l in lines if l and not l.startswith(" ")]
t0 = phases[0][0]
calls = []
with open(log) as f:
    for row in f:
        t, who, what = row.split(" ", 2)
        calls.append((float(t), who, what.strip()))
speech = [t for t, who, _ in calls if who == "espeak-ng"]
peer = [t for t, who, _ in calls if who == "espeak"]
tones = [(t, what) for t, who, what in calls if who == "pw-play"]

# Speech: each phase line against the speech exec nearest to it.
gaps = []
for t, _ in phases:
    near = min(speech, key=lambda s: abs(s - t))
    gaps.append(abs(near - t) * 1000)

# Ticks: planned at each phase's planned start + its length - k, for k = 3, 2, 1 (holds,
# rests and get-ready phases; a tick at a phase's first moment gives way to its tone).
planned_ticks = []
for t, line in phases:
    f = line.split(" ")
    if len(f) < 5 or f[1] not in ("READY", "HOLD", "REST") or not f[4].endswith("s"):
        continue
    start, length = clock(f[0]), int(f[4][:-1])
    planned_ticks += [start + length - k for k in (3, 2, 1) if k < length]
ticks = [t for t, what in tones if what == "tick.wav"]
offs = []
for p in planned_ticks:
    near = min(ticks, key=lambda s: abs((s - t0) - p))
    offs.append(((near - t0) - p) * 1000)
last_line_late = ((phases[-1][0] - t0) - clock(phases[-1][1].split(" ")[0])) * 1000

print(f"routine: {len(phases)} phase lines over {clock(phases[-1][1].split(' ')[0])} s (plain mode, release build, stand-in espeak-ng and pw-play)")
print(f"speech exec vs its phase line: worst {max(gaps):.1f} ms, mean {sum(gaps) / len(gaps):.1f} ms over {len(gaps)} cues (target: within 20 ms)")
print(f"ticks vs their whole second: worst {max(abs(o) for o in offs):.1f} ms, mean {sum(offs) / len(offs):.1f} ms over {len(offs)} ticks ({len(ticks)} played) (target: within 30 ms)")
def spacing(ts):
    # Consecutive calls of a countdown's last seconds, against 1 s apart.
    runs, run = [], [ts[0]] if ts else []
    for a, b in zip(ts, ts[1:]):
        if 0.5 < b - a < 1.5:
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    errs = [abs((b - a) - 1.0) * 1000 for r in runs for a, b in zip(r, r[1:])]
    return errs

mine = spacing(sorted(ticks))
print(f"tick spacing vs 1 s: worst {max(mine):.1f} ms, mean {sum(mine) / len(mine):.1f} ms over {len(mine)} pairs")
if peer:
    theirs = spacing(sorted(peer))
    if theirs:
        print(f"termdown --exec-cmd, its per-second command spaced vs 1 s: worst {max(theirs):.1f} ms, mean {sum(theirs) / len(theirs):.1f} ms over {len(theirs)} pairs")
else:
    print("termdown: not measured (needs termdown and tmux)")
print(f"drift: the last phase line {last_line_late:.1f} ms after its plan")
share = f"{100 * cpu / ran:.3f} %" if cpu > 0 else f"< {100 / tick / ran:.3f} %"
print(f"windown CPU with speech and sounds on: {cpu:.2f} s over {ran:.1f} s = {share} of one core (target: <= 0.05 %)")
print(f"waiting on a task for 5 s with speech and sounds on: {idle} wake-ups, all threads (target: 0)")
PY
