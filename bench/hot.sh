#!/usr/bin/env bash
# Makes src/hot.ld: the functions that start-up, the home screen and a countdown run, which the
# linker places together at the front of the code (build.rs passes the script to the linker for
# `windown` on Linux). The kernel maps a program's code in 64 KiB windows around each page it
# runs (fault-around), so code that runs spread over the whole binary makes nearly all of it
# resident; placed together, it is about the size of what runs (issue 24: the TUI's memory).
#
# Each program runs under valgrind's callgrind in tmux at 100x30 (home 12 s, a 600 s hold for
# 12 s, then `q`), and every function it entered is listed, by its mangled name with the crate
# hashes made wildcards (`Cs*_`, `17h*E`): the hashes change with every build setting, the
# paths do not. A stale list is harmless: a name that matches nothing is ignored, and a function
# not listed lies with the rest of the code. Run it after larger changes to the interface:
#   CARGO_PROFILE_RELEASE_STRIP=false cargo build --release && bench/hot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${WINDOWN_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/windown}"
command -v valgrind >/dev/null || { echo "bench/hot.sh: needs valgrind" >&2; exit 1; }
nm "$BIN" >/dev/null 2>&1 && [ -n "$(nm "$BIN" 2>/dev/null | head -1)" ] ||
  { echo "bench/hot.sh: $BIN has no symbols (build with CARGO_PROFILE_RELEASE_STRIP=false)" >&2; exit 1; }
work="$(mktemp -d)"
sock="windown-hot-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; sleep 0.5; rm -rf "$work"' EXIT
mkdir -p "$work/config/routines" "$work/data"
printf '[cues]\nbell = false\n[voice]\nengine = "off"\n[sounds]\nplayer = "off"\n' >"$work/config/config.toml"
printf 'title = "One long hold"\n[[step]]\ntitle = "Hold"\nprepare = "0s"\nhold = "600s"\nreps = 1\n' \
  >"$work/config/routines/countdown.toml"
for run in "home:" "run:run countdown"; do
  n="${run%%:*}"
  tmux -L "$sock" new-session -d -x 100 -y 30 -s "$n" \
    "LANG=C.UTF-8 TERM=xterm-256color WINDOWN_CONFIG_DIR='$work/config' WINDOWN_DATA_DIR='$work/data' \
     WINDOWN_STATE_DIR='$work/state-$n' exec valgrind --tool=callgrind --demangle=no \
     --callgrind-out-file='$work/cg-$n' '$BIN' ${run#*:}"
done
sleep 12
for n in home run; do
  callgrind_control -d "$(tmux -L "$sock" display-message -p -t "$n" '#{pane_pid}')" >/dev/null 2>&1 || true
  tmux -L "$sock" send-keys -t "$n" q
done
sleep 1
tmux -L "$sock" send-keys -t run q 2>/dev/null || true
for _ in $(seq 30); do [ -z "$(tmux -L "$sock" list-sessions 2>/dev/null)" ] && break; sleep 1; done
python3 - "$work"/cg-* <<'PY' >src/hot.ld
import re, sys
names = set()
for path in sys.argv[1:]:
    for line in open(path, errors="replace"):
        m = re.match(r"c?fn=\(\d+\) (_R\S+|_ZN\S+)", line)
        if m:
            names.add(m.group(1))
pats = set()
for s in names:
    s = re.sub(r"Cs[0-9A-Za-z]*_", "Cs*_", s)
    s = re.sub(r"17h[0-9a-f]{16}E", "17h*E", s)
    s = re.sub(r"\.llvm\.\d+", ".llvm.*", s)
    pats.add(s)
print("/* The code start-up, the home screen and a countdown run, placed together: made by")
print("   bench/hot.sh (do not edit by hand), given to the linker by build.rs. */")
print("SECTIONS {")
print("  .text.hot : {")
for p in sorted(pats):
    # A #[cold] function's section is `.text.unlikely.<name>`.
    print(f"    *(.text.{p} .text.unlikely.{p})")
print("  }")
print("}")
print("INSERT BEFORE .text;")
PY
echo "src/hot.ld: $(grep -c '^    \*' src/hot.ld) functions"
