#!/usr/bin/env bash
# System calls of the terminal interface, counted with strace: a redraw during a countdown
# should be one write (the frame is buffered and goes out whole; the terminal size comes
# from resize events, so no ioctl, and nothing is opened), and the idle home screen should
# make no system calls at all.
#
# Method: `windown run countdown` (a routine with one long hold) and the home screen (with
# ten years of history, bench/ten_years.py, read before the count starts) run in tmux at
# 100x30. After 2 s, `strace -f -ttt -p PID` is attached to each for STRACE_SECONDS (default
# 10) and detached with SIGINT. From its log:
#   - system calls per second by name, every thread (calls already in progress when strace
#     attached, and the restart_syscall that attaching causes, are left out and listed);
#   - redraws: the calls come in bursts (a wake-up and what follows it, gaps < 20 ms); a
#     burst with a write is a redraw. Per redraw: writes (and to which fd, how many bytes),
#     openat, ioctl, and every other call.
# Then a resize (tmux resize-window to 160x48) during the countdown, strace'd on its own for
# 2 s: the calls that follow the SIGWINCH, by thread (the full redraw at the new size).
# Binaries: WINDOWN_BIN (default: build this tree's release binary, honouring
# CARGO_TARGET_DIR); WINDOWN_BIN_BEFORE, if set, is measured the same way in the same run.
# strace is not installed by this script: without it, the script says so and measures nothing
# (`apt-get install strace`).
# Usage (from the repo root): bench/syscalls.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v strace >/dev/null; then
  echo "bench/syscalls.sh: strace is missing (apt-get install strace): system calls NOT measured"
  exit 0
fi
command -v tmux >/dev/null || { echo "bench/syscalls.sh: needs tmux" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench/syscalls.sh: needs python3" >&2; exit 1; }
if [ -z "${WINDOWN_BIN:-}" ]; then
  cargo build --release --quiet
  WINDOWN_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
SECS="${STRACE_SECONDS:-10}"

work="$(mktemp -d)"
sock="windown-syscalls-$$"
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  sleep 0.5
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$work/config/routines" "$work/data" "$work/tenyears"
printf '[cues]\nbell = false\n' > "$work/config/config.toml"
cat > "$work/config/routines/countdown.toml" <<EOT
title = "One long hold"
[[step]]
title = "Hold"
prepare = "0s"
hold = "$((SECS + 30))s"
reps = 1
EOT
python3 bench/ten_years.py "$work/tenyears/history.jsonl"
export WINDOWN_CONFIG_DIR="$work/config" LANG=C.UTF-8 TERM=xterm-256color

measure() {  # label binary
  local label="$1" bin="$2"
  tmux -L "$sock" new-session -d -x 100 -y 30 -s "cd-$label" \
    "WINDOWN_DATA_DIR='$work/data' WINDOWN_STATE_DIR='$work/state-$label' exec '$bin' run countdown"
  tmux -L "$sock" new-session -d -x 100 -y 30 -s "home-$label" \
    "WINDOWN_DATA_DIR='$work/tenyears' WINDOWN_STATE_DIR='$work/state-home-$label' exec '$bin'"
  local cpid hpid
  cpid="$(tmux -L "$sock" display-message -p -t "cd-$label" '#{pane_pid}')"
  hpid="$(tmux -L "$sock" display-message -p -t "home-$label" '#{pane_pid}')"
  sleep 2
  local t
  for t in /proc/"$cpid"/task/*; do echo "${t##*/} $(cat "$t/comm")"; done > "$work/cd-$label.names"
  for t in /proc/"$hpid"/task/*; do echo "${t##*/} $(cat "$t/comm")"; done > "$work/home-$label.names"
  timeout -s INT "$SECS" strace -f -ttt -s 0 -o "$work/cd-$label.log" -p "$cpid" 2>/dev/null &
  local s1=$!
  timeout -s INT "$SECS" strace -f -ttt -s 0 -o "$work/home-$label.log" -p "$hpid" 2>/dev/null &
  local s2=$!
  wait "$s1" "$s2" || true
  # A resize during the countdown: the full redraw at the new size, on its own.
  timeout -s INT 2 strace -f -ttt -s 0 -o "$work/rs-$label.log" -p "$cpid" 2>/dev/null &
  s1=$!
  sleep 0.6
  tmux -L "$sock" resize-window -t "cd-$label" -x 160 -y 48
  wait "$s1" || true
  tmux -L "$sock" kill-session -t "cd-$label"
  tmux -L "$sock" kill-session -t "home-$label"
  python3 - "$label: countdown" "$work/cd-$label.log" "$cpid" "$SECS" \
           "$label: home idle (10y history)" "$work/home-$label.log" "$hpid" "$SECS" \
           "$label: resize 100x30 -> 160x48 in the countdown" "$work/rs-$label.log" "$cpid" resize <<'PY'
import collections, re, sys

LINE = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+(.*)$")
CALL = re.compile(r"^([a-z0-9_]+)\((.*)$")

def report(label, path, pid, secs):
    events, at_attach, artefacts = [], [], 0
    names = {}
    try:
        with open(path[: -len(".log")] + ".names") as f:
            for line in f:
                tid, comm = line.split(maxsplit=1)
                names[int(tid)] = comm.strip()
    except OSError:
        pass
    who = lambda tid: "main" if tid == pid else names.get(tid, str(tid))
    first_t = None
    seen_tid = set()
    with open(path) as f:
        for raw in f:
            m = LINE.match(raw.rstrip("\n"))
            if not m:
                continue
            tid, t, rest = int(m[1]), float(m[2]), m[3]
            first_t = t if first_t is None else first_t
            if rest.startswith(("<...", "+++", "---")):
                continue  # a call's resumption, an exit or a signal: not a new call
            c = CALL.match(rest)
            if not c:
                continue
            name = c[1]
            new_tid = tid not in seen_tid
            seen_tid.add(tid)
            if name == "restart_syscall":
                artefacts += 1
                at_attach.append(f"{who(tid)}: restart_syscall")
                continue
            if new_tid and t - first_t < 0.005 and rest.endswith(("<unfinished ...>", "<detached ...>")):
                at_attach.append(f"{who(tid)}: {name}")
                continue
            fd = None
            size = None
            if name in ("write", "writev", "pwrite64"):
                fd = c[2].split(",", 1)[0]
                r = re.search(r"= (\d+)$", rest)
                size = int(r[1]) if r else None
            events.append((t, tid, name, fd, size))
    span = secs
    print(f"{label}: {len(events)} system calls in {span} s = {len(events) / span:.2f}/s"
          f"   (in progress at attach, left out: {', '.join(at_attach) or 'none'})")
    if not events:
        return
    by = collections.Counter(e[2] for e in events)
    print("  per second: " + ", ".join(f"{n} {c / span:.2f}" for n, c in by.most_common()))
    bursts, cur = [], [events[0]]
    for e in events[1:]:
        if e[0] - cur[-1][0] < 0.020:
            cur.append(e)
        else:
            bursts.append(cur)
            cur = [e]
    bursts.append(cur)
    redraws = [b for b in bursts if any(e[2] in ("write", "writev", "pwrite64") for e in b)]
    print(f"  bursts (wake-ups with work): {len(bursts)} = {len(bursts) / span:.2f}/s;"
          f" redraws (bursts with a write): {len(redraws)} = {len(redraws) / span:.2f}/s")
    if not redraws:
        return
    n = len(redraws)
    per = collections.Counter(e[2] for b in redraws for e in b)
    writes = [sum(1 for e in b if e[3] is not None) for b in redraws]
    fds = collections.Counter(e[3] for b in redraws for e in b if e[3] is not None)
    sizes = [sum(e[4] or 0 for e in b if e[3] is not None) for b in redraws]
    print(f"  writes per redraw: {sum(writes) / n:.2f} (min {min(writes)}, max {max(writes)};"
          f" fds {dict(fds)}; bytes per redraw median {sorted(sizes)[n // 2]}, max {max(sizes)})")
    print(f"  openat per redraw: {per['openat'] / n:.2f}   ioctl per redraw: {per['ioctl'] / n:.2f}")
    print("  every call per redraw: " + ", ".join(f"{k} {v / n:.2f}" for k, v in per.most_common()))

def resize(label, path, pid):
    """The calls that follow the SIGWINCH (gaps < 20 ms), by thread."""
    lines = []
    with open(path) as f:
        for raw in f:
            m = LINE.match(raw.rstrip("\n"))
            if m:
                lines.append((float(m[2]), int(m[1]), m[3]))
    at = next((t for t, _, r in lines if r.startswith("--- SIGWINCH")), None)
    if at is None:
        print(f"{label}: no SIGWINCH seen")
        return
    burst, last = [], at
    for t, tid, rest in lines:
        if t <= at:
            continue
        if t - last >= 0.020:
            break
        last = t
        c = CALL.match(rest)
        if c and c[1] != "restart_syscall":
            burst.append(("main" if tid == pid else "other thread", c[1],
                          re.search(r"= (\d+)$", rest)[1] if c[1] == "write" and re.search(r"= (\d+)$", rest) else None))
    by = collections.Counter((w, n) for w, n, _ in burst)
    sizes = [int(b) for w, n, b in burst if n == "write" and b]
    print(f"{label}: " + ", ".join(f"{w} {n} x{c}" for (w, n), c in sorted(by.items()))
          + f"   (write sizes {sizes})")

args = sys.argv[1:]
for i in range(0, len(args), 4):
    if args[i + 3] == "resize":
        resize(args[i], args[i + 1], int(args[i + 2]))
    else:
        report(args[i], args[i + 1], int(args[i + 2]), int(args[i + 3]))
PY
}

echo "--- system calls over ${SECS} s (strace -f; targets: one write per redraw, none opened, no ioctl; idle home: none)"
measure this "$WINDOWN_BIN"
if [ -n "${WINDOWN_BIN_BEFORE:-}" ]; then
  measure before "$WINDOWN_BIN_BEFORE"
fi
