#!/usr/bin/env bash
# Makes src/hot.ld: the functions that start-up, the home screen and a countdown run, which the
# linker places together at the front of the code (build.rs passes the script to the linker for
# `windown` on Linux). The kernel maps a program's code in 64 KiB windows around each page it
# runs (fault-around), so code that runs spread over the whole binary makes nearly all of it
# resident; placed together, it is about the size of what runs (issue 24: the TUI's memory).
#
# Each program runs under valgrind's callgrind in tmux at 100x30 (home 12 s, a 600 s hold for
# 12 s with the cues off and another with them on, then `q`), and every function it entered is
# listed, by its mangled name with the crate
# hashes made wildcards (`Cs*_`, `17h*E`): the hashes change with every build setting, the
# paths do not. A stale list is harmless: a name that matches nothing is ignored, and a function
# not listed lies with the rest of the code. The list is in four runs, each sorted by name: what
# only home runs, what home and a countdown both run, what only a countdown runs, and what only
# the cues add; so home's pages end where a countdown's begin, and the cues' code follows the
# countdown's (with the functions in name order, home's and a countdown's code was interleaved,
# and each kept the other's pages resident). Run it after larger changes to the interface:
#   CARGO_PROFILE_RELEASE_STRIP=false cargo build --release && bench/hot.sh
# (HOT_SECS=40 bench/hot.sh on a loaded machine: valgrind must get through start-up and a few
# seconds of counting in that time.)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${WINDOWN_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/windown}"
command -v valgrind >/dev/null || { echo "bench/hot.sh: needs valgrind" >&2; exit 1; }
nm "$BIN" >/dev/null 2>&1 && [ -n "$(nm "$BIN" 2>/dev/null | head -1)" ] ||
  { echo "bench/hot.sh: $BIN has no symbols (build with CARGO_PROFILE_RELEASE_STRIP=false)" >&2; exit 1; }
work="$(mktemp -d)"
sock="windown-hot-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; sleep 0.5; rm -rf "$work"' EXIT
mkdir -p "$work/config/routines" "$work/data" "$work/config-cues/routines"
printf '[cues]\nbell = false\n[voice]\nengine = "off"\n[sounds]\nplayer = "off"\n' >"$work/config/config.toml"
printf 'title = "One long hold"\n[[step]]\ntitle = "Hold"\nprepare = "0s"\nhold = "600s"\nreps = 1\n' \
  >"$work/config/routines/countdown.toml"
cp "$work/config/routines/countdown.toml" "$work/config-cues/routines/"
for run in "home:config:" "run:config:run countdown" "cues:config-cues:run countdown"; do
  n="${run%%:*}"
  rest="${run#*:}"
  tmux -L "$sock" new-session -d -x 100 -y 30 -s "$n" \
    "LANG=C.UTF-8 TERM=xterm-256color WINDOWN_CONFIG_DIR='$work/${rest%%:*}' WINDOWN_DATA_DIR='$work/data' \
     WINDOWN_STATE_DIR='$work/state-$n' exec valgrind --tool=callgrind --demangle=no \
     --callgrind-out-file='$work/cg-$n' '$BIN' ${rest#*:}"
done
sleep "${HOT_SECS:-12}"
for n in home run cues; do
  callgrind_control -d "$(tmux -L "$sock" display-message -p -t "$n" '#{pane_pid}')" >/dev/null 2>&1 || true
  tmux -L "$sock" send-keys -t "$n" q
done
sleep 1
tmux -L "$sock" send-keys -t run q 2>/dev/null || true
tmux -L "$sock" send-keys -t cues q 2>/dev/null || true
for _ in $(seq 30); do [ -z "$(tmux -L "$sock" list-sessions 2>/dev/null)" ] && break; sleep 1; done
# callgrind_control -d writes the part so far to cg-NAME.1 and the rest to cg-NAME at the end.
python3 - "$work" <<'PY' >src/hot.ld
import glob, re, sys
def entered(name):
    pats = set()
    for path in glob.glob(f"{sys.argv[1]}/cg-{name}*"):
        for line in open(path, errors="replace"):
            m = re.match(r"c?fn=\(\d+\) (_R\S+|_ZN\S+)", line)
            if m:
                s = m.group(1)
                s = re.sub(r"Cs[0-9A-Za-z]*_", "Cs*_", s)
                s = re.sub(r"17h[0-9a-f]{16}E", "17h*E", s)
                s = re.sub(r"\.llvm\.\d+", ".llvm.*", s)
                pats.add(s)
    return pats
home, run, cues = (entered(n) for n in ("home", "run", "cues"))
count = run | cues
runs = [
    ("home only", home - count),
    ("home and a countdown", home & count),
    ("a countdown only", run - home),
    ("the cues only", cues - home - run),
]
print("/* The code start-up, the home screen and a countdown run, placed together: made by")
print("   bench/hot.sh (do not edit by hand), given to the linker by build.rs. */")
print("SECTIONS {")
print("  .text.hot : {")
for what, pats in runs:
    print(f"    /* {what}: {len(pats)} */")
    for p in sorted(pats):
        # A #[cold] function's section is `.text.unlikely.<name>`.
        print(f"    *(.text.{p} .text.unlikely.{p})")
print("  }")
print("}")
print("INSERT BEFORE .text;")
PY
echo "src/hot.ld: $(grep -c '^    \*' src/hot.ld) functions"
