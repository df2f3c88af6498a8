#!/usr/bin/env bash
# Size and memory of the release binaries (issue 24: "memory under 5 MB, at every moment",
# the binary built by the `release` profile at most 5 MB = 5,000,000 bytes), this build beside
# an earlier one in the same run, with the load average:
#   - the size in bytes of `windown` and `windown-remind`;
#   - the terminal interface in tmux 100x30: the home screen, and a countdown with the cues
#     off (no bell, voice or sounds) and on (the defaults: voice and sounds when installed),
#     VmRSS and the peak VmHWM from /proc/PID/status after SETTLE seconds (default 5);
#   - `windown remind run` (which becomes `windown-remind`): the peak 2 s after start and,
#     when dbus-run-session, Xvfb and dunst are present, after a reminder every 2 s for
#     SENT_SECS seconds (default 12) sent to dunst on a private bus.
# It builds nothing: build first (`cargo build --release`).
# Usage (from the repo root): bench/size.sh
#        WINDOWN_DIR_BEFORE=/tmp/before bench/size.sh   (a folder holding windown and windown-remind)
set -euo pipefail
cd "$(dirname "$0")/.."
AFTER="${WINDOWN_DIR:-${CARGO_TARGET_DIR:-$PWD/target}/release}"
BEFORE="${WINDOWN_DIR_BEFORE:-}"
SETTLE="${SETTLE:-5}"
SENT_SECS="${SENT_SECS:-12}"
TMP=$(mktemp -d)
sock="windown-size-$$"
XPID=
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null
  sleep 0.5
  rm -rf "$TMP" 2>/dev/null || true
}
trap cleanup EXIT
dirs=("$AFTER")
names=(this)
[ -n "$BEFORE" ] && { dirs+=("$BEFORE"); names+=(before); }
mem() { awk '/^VmHWM/ {h = $2} /^VmRSS/ {r = $2} END {printf "peak %5d kB  resident %5d kB", h, r}' /proc/"$1"/status; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!dirs[@]}"; do
  printf '%-7s windown %9d bytes  windown-remind %9d bytes\n' "${names[$i]}" \
    "$(stat -c %s "${dirs[$i]}/windown")" "$(stat -c %s "${dirs[$i]}/windown-remind")"
  # Each library is mapped, and partly resident, in every run (libm.so alone was about 0.3 MB
  # for three functions); the packed relocations (RELR) are 2 KB where the plain ones were 113.
  if command -v readelf >/dev/null; then
    printf '        windown needs %s; relocations %s\n' \
      "$(readelf -d "${dirs[$i]}/windown" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ')" \
      "$(readelf -d "${dirs[$i]}/windown" | grep -q '(RELR)' && echo packed || echo plain)"
  fi
done
export LANG=C.UTF-8 TERM=xterm-256color
for i in "${!dirs[@]}"; do
  for cues in off on; do
    w="$TMP/${names[$i]}-$cues"
    mkdir -p "$w/config/routines" "$w/data" "$w/state"
    [ "$cues" = off ] &&
      printf '[cues]\nbell = false\n[voice]\nengine = "off"\n[sounds]\nplayer = "off"\n' >"$w/config/config.toml"
    printf 'title = "One long hold"\n[[step]]\ntitle = "Hold"\nprepare = "0s"\nhold = "600s"\nreps = 1\n' \
      >"$w/config/routines/countdown.toml"
    env="WINDOWN_CONFIG_DIR='$w/config' WINDOWN_DATA_DIR='$w/data' WINDOWN_STATE_DIR='$w/state'"
    tmux -L "$sock" new-session -d -x 100 -y 30 -s "${names[$i]}-$cues-run" \
      "$env exec '${dirs[$i]}/windown' run countdown"
    [ "$cues" = off ] && tmux -L "$sock" new-session -d -x 100 -y 30 -s "${names[$i]}-home" \
      "$env WINDOWN_STATE_DIR='$w/state-home' exec '${dirs[$i]}/windown'"
  done
done
sleep "$SETTLE"
pid_of() { tmux -L "$sock" display-message -p -t "$1" '#{pane_pid}'; }
echo "terminal interface after ${SETTLE} s (tmux 100x30):"
for n in "${names[@]}"; do
  printf '  %-7s home               %s\n' "$n" "$(mem "$(pid_of "$n-home")")"
  printf '  %-7s countdown, cues off %s\n' "$n" "$(mem "$(pid_of "$n-off-run")")"
  printf '  %-7s countdown, cues on  %s\n' "$n" "$(mem "$(pid_of "$n-on-run")")"
done
tmux -L "$sock" kill-server 2>/dev/null || true

echo "reminder process (windown remind run -> windown-remind):"
for i in "${!dirs[@]}"; do
  w="$TMP/${names[$i]}-remind"
  mkdir -p "$w/config" "$w/data" "$w/state"
  far=$(date -d '+6 hours' +%H:00)
  printf '[[reminder]]\nid = "far"\ntitle = "Far"\nat = ["%s"]\n' "$far" >"$w/config/reminders.toml"
  WINDOWN_CONFIG_DIR=$w/config WINDOWN_DATA_DIR=$w/data WINDOWN_STATE_DIR=$w/state \
    DBUS_SESSION_BUS_ADDRESS= "${dirs[$i]}/windown" remind run 2>"$w/log" &
  p=$!
  sleep 2
  printf '  %-7s 2 s after start      %s (%s)\n' "${names[$i]}" "$(mem "$p")" "$(basename "$(readlink /proc/$p/exe)")"
  kill "$p"; wait "$p" 2>/dev/null || true
done
if command -v dbus-run-session >/dev/null && command -v Xvfb >/dev/null && command -v dunst >/dev/null; then
  Xvfb -displayfd 3 -nolisten tcp -screen 0 640x480x24 3>"$TMP/display" 2>/dev/null &
  XPID=$!
  for _ in $(seq 100); do [ -s "$TMP/display" ] && break; sleep 0.1; done
  mkdir -p "$TMP/home"
  for i in "${!dirs[@]}"; do
    w="$TMP/${names[$i]}-sent"
    mkdir -p "$w/config" "$w/data" "$w/state"
    printf '[[reminder]]\nid = "tick"\ntitle = "Tick"\nevery = "2s"\n' >"$w/config/reminders.toml"
    DISPLAY=":$(cat "$TMP/display")" HOME="$TMP/home" WINDOWN_CONFIG_DIR=$w/config \
      WINDOWN_DATA_DIR=$w/data WINDOWN_STATE_DIR=$w/state B="${dirs[$i]}/windown" N="${names[$i]}" \
      SENT_SECS="$SENT_SECS" dbus-run-session -- bash -c '
        dunst >/dev/null 2>&1 & D=$!
        sleep 1
        "$B" remind run 2>"$WINDOWN_STATE_DIR.log" & P=$!
        sleep "$SENT_SECS"
        printf "  %-7s after %2d notifications %s\n" "$N" "$(grep -c "sent tick" "$WINDOWN_STATE_DIR.log")" \
          "$(awk "/^VmHWM/ {h = \$2} /^VmRSS/ {r = \$2} END {printf \"peak %5d kB  resident %5d kB\", h, r}" /proc/$P/status)"
        kill "$P"; wait "$P" 2>/dev/null; kill "$D"'
  done
else
  echo "  after notifications: skipped (needs dbus-run-session, Xvfb and dunst)"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
