#!/usr/bin/env bash
# The CPU of a whole built-in session in the terminal interface with speech and sounds on,
# against the same session with cues off (issue 19).
#
# Runs the release binary on a built-in routine (default evening-legs, about 4 minutes) in
# detached tmux terminals at 100x30, side by side in the same run so that both see the same
# load:
#   - "cues on": speech and sounds on, with stand-ins as slow as the real world first on a
#     PATH of their own: `espeak-ng` makes the real audio with the real espeak-ng
#     (`espeak-ng -w`) and sleeps as long as it lasts (`soxi -D`); `pw-play` sleeps as long
#     as the tone file lasts. So windown's speech queue, its waiter and its time limits all
#     work as they would with a loudspeaker;
#   - "cues off": `[voice] engine = "off"`, `[sounds] player = "off"`, no bell;
#   - with WINDOWN_BEFORE=path, a third terminal runs that binary (e.g. /work/main's) with
#     cues on, the same stand-ins.
# The set-up task is done with Enter once it shows; each session then runs to its summary
# ("Well done"). Printed for each: windown's own CPU time (utime+stime of the process from
# /proc/PID/stat: the programs it starts are not counted, they are the machine's speech),
# the wall time from start to summary, and the CPU as a share of one core. The load average
# before and after is printed too.
#
# Usage: bench/voice_tui.sh [ROUTINE]
#        WINDOWN=path/to/windown bench/voice_tui.sh   (skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."
routine="${1:-evening-legs}"
for t in tmux python3 espeak-ng soxi; do
  command -v "$t" >/dev/null || { echo "bench/voice_tui.sh: needs $t" >&2; exit 1; }
done
if [ -z "${WINDOWN:-}" ]; then
  cargo build --release --quiet
  WINDOWN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
tmp="$(mktemp -d)"
sock="windown-voice-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT

mkdir -p "$tmp/bin" "$tmp/wav"
espeak="$(command -v espeak-ng)"
soxi="$(command -v soxi)"
cat >"$tmp/bin/espeak-ng" <<EOF
#!/bin/sh
for a in "\$@"; do t=\$a; done
'$espeak' -w '$tmp/wav/'\$\$.wav -- "\$t"
exec sleep "\$('$soxi' -D '$tmp/wav/'\$\$.wav)"
EOF
cat >"$tmp/bin/pw-play" <<EOF
#!/bin/sh
exec sleep "\$('$soxi' -D "\$1")"
EOF
chmod +x "$tmp/bin/espeak-ng" "$tmp/bin/pw-play"

runs=(on off)
[ -n "${WINDOWN_BEFORE:-}" ] && runs+=(before)
for r in "${runs[@]}"; do
  mkdir -p "$tmp/$r/config" "$tmp/$r/home"
  if [ "$r" = off ]; then
    printf '[cues]\nbell = false\n[voice]\nengine = "off"\n[sounds]\nplayer = "off"\n' >"$tmp/$r/config/config.toml"
  else
    printf '[cues]\nbell = false\n' >"$tmp/$r/config/config.toml"
  fi
done

python3 - "$WINDOWN" "${WINDOWN_BEFORE:-}" "$routine" "$tmp" "$sock" "${runs[@]}" <<'PY'
import os, subprocess, sys, time

windown, before, routine, tmp, sock = sys.argv[1:6]
runs = sys.argv[6:]
tick = os.sysconf("SC_CLK_TCK")

def tmux(*args):
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True)

def cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

print(f"load average before: {open('/proc/loadavg').read().split()[:3]}")
state = {}
for r in runs:
    binary = before if r == "before" else windown
    home = f"{tmp}/{r}"
    env = (f"PATH={tmp}/bin HOME={home}/home WINDOWN_CONFIG_DIR={home}/config "
           f"WINDOWN_DATA_DIR={home}/data WINDOWN_STATE_DIR={home}/state "
           f"TERM=screen-256color LANG=C.UTF-8")
    tmux("new-session", "-d", "-s", r, "-x", "100", "-y", "30",
         f"env -i {env} {binary} run {routine}")
    time.sleep(0.2)
    pid = int(tmux("list-panes", "-t", r, "-F", "#{pane_pid}").stdout.split()[0])
    # `env -i` execs windown: the pane's process becomes windown itself.
    state[r] = {"pid": pid, "start": time.monotonic(), "entered": False, "end": None}

deadline = time.monotonic() + 30 * 60
while time.monotonic() < deadline and any(s["end"] is None for s in state.values()):
    for r, s in state.items():
        if s["end"] is not None:
            continue
        screen = tmux("capture-pane", "-p", "-t", r).stdout
        if not s["entered"] and "set up safely" in screen.lower():
            tmux("send-keys", "-t", r, "Enter")
            s["entered"] = True
        if "Well done" in screen:
            s["end"] = time.monotonic()
            s["cpu"] = cpu(s["pid"])
    time.sleep(1.0)

print(f"load average after:  {open('/proc/loadavg').read().split()[:3]}")
print(f"routine {routine}, TUI at 100x30 in tmux, windown's own CPU (utime+stime)")
for r, s in state.items():
    if s["end"] is None:
        print(f"  {r:7} did not reach its summary in 30 minutes")
        continue
    wall = s["end"] - s["start"]
    print(f"  cues {r:7} CPU {s['cpu']:6.2f} s over {wall:6.1f} s: {100 * s['cpu'] / wall:.3f} % of one core")
PY
