#!/usr/bin/env bash
# Reminder process footprint and preview speed, with public tools (/proc, hyperfine).
#   - the size of each binary (`windown`, and `windown-remind`, which `remind run` becomes);
#   - an idle `windown remind run` (no notification due): resident memory (VmRSS, and the
#     peak VmHWM) 2 s after start and after IDLE_SECS seconds (default 120), wake-ups
#     (voluntary context switches of all its threads) and CPU time (`windown` alone no longer
#     runs the loop in-process, so the in-process peer of earlier runs is gone: issue 24);
#     CPU time with every reminder off over IDLE_OFF_SECS seconds (default 20);
#   - resident memory after notifications were sent: a reminder every 2 s for SENT_SECS
#     seconds (default 30) to dunst on a private bus and X display, both variants (skipped,
#     with the reason, when dbus-run-session, Xvfb or dunst is missing);
#   - `windown remind preview --days 365` and `windown remind export --ics` (a year) with
#     hyperfine.
# Targets: <= 5 MB resident and peak at every moment (also after notifications), about one wake-up a minute, ~0% CPU;
# preview of a year 5 ms (issue 24; beside `cat` of the reminders file, the floor); export of a year < 50 ms.
# Usage (from the repo root): bench/remind.sh        IDLE_SECS=60 bench/remind.sh
#        WINDOWN_BIN_BEFORE=/work/base/target/release/windown bench/remind.sh  (preview beside it)
#        PREVIEW_ONLY=1 bench/remind.sh  (the preview and the export alone, without the
#        minutes of the reminder process's footprint)
#        WINDOWN_BIN=/somewhere/windown bench/remind.sh  (that build, no `cargo build`)
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE_SECS=${IDLE_SECS:-120}
IDLE_OFF_SECS=${IDLE_OFF_SECS:-20}
SENT_SECS=${SENT_SECS:-30}
# WINDOWN_BIN: a `windown` already built (its `windown-remind` beside it), else the release build.
if [ -n "${WINDOWN_BIN:-}" ]; then
  BIN=$WINDOWN_BIN
else
  cargo build --release --quiet
  BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
fi
SMALL="$(dirname "$BIN")/windown-remind"
TMP=$(mktemp -d)
PID=
XPID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
export WINDOWN_CONFIG_DIR=$TMP/config WINDOWN_DATA_DIR=$TMP/data WINDOWN_STATE_DIR=$TMP/state
export XDG_RUNTIME_DIR=$TMP
unset DBUS_SESSION_BUS_ADDRESS
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binaries: windown $(stat -c %s "$BIN") bytes, windown-remind $(stat -c %s "$SMALL") bytes"
# A schedule with nothing due in the next hours: one reminder at a fixed time far from now.
mkdir -p "$WINDOWN_CONFIG_DIR"
far=$(date -d '+6 hours' +%H:00)
printf '[[reminder]]\nid = "far"\ntitle = "Far"\nat = ["%s"]\n' "$far" > "$WINDOWN_CONFIG_DIR/reminders.toml"

# One line of memory figures: peak and resident, in kB.
mem() { awk '/^VmHWM/ {h = $2} /^VmRSS/ {r = $2} END {printf "peak (VmHWM) %5d kB  resident (VmRSS) %5d kB", h, r}' /proc/"$1"/status; }

if [ -z "${PREVIEW_ONLY:-}" ]; then
"$BIN" remind run 2>"$TMP/run.log" &
PID=$!
sleep 2
echo "remind run, 2 s after start:"
echo "  windown-remind:       $(mem "$PID")  ($(basename "$(readlink /proc/"$PID"/exe)"))"
switches() { cat /proc/"$PID"/task/*/status | awk '/^voluntary_ctxt_switches/ {s += $2} END {print s}'; }
cpu_ticks() { awk '{print $14 + $15}' /proc/"$PID"/stat; }
s0=$(switches); c0=$(cpu_ticks)
echo "idle remind run: measuring for ${IDLE_SECS}s (pid $PID, threads: $(ls /proc/$PID/task | wc -l))"
sleep "$IDLE_SECS"
s1=$(switches); c1=$(cpu_ticks)
hz=$(getconf CLK_TCK)
echo "  windown-remind:       $(mem "$PID")"
grep -E '^(RssAnon|RssFile)' /proc/"$PID"/status | sed 's/^/  windown-remind /'
awk -v s="$((s1 - s0))" -v t="$IDLE_SECS" 'BEGIN {printf "  wake-ups: %d in %d s = %.2f per minute\n", s, t, s * 60 / t}'
awk -v c="$((c1 - c0))" -v hz="$hz" -v t="$IDLE_SECS" 'BEGIN {printf "  CPU: %.2f s in %d s = %.3f %%\n", c / hz, t, c / hz / t * 100}'
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

# Every reminder off: the process must still sleep (it once spun a core here).
printf '[[reminder]]\nid = "far"\ntitle = "Far"\nat = ["%s"]\nenabled = false\n' "$far" > "$WINDOWN_CONFIG_DIR/reminders.toml"
"$BIN" remind run 2>>"$TMP/run.log" &
PID=$!
sleep 2
c0=$(cpu_ticks)
sleep "$IDLE_OFF_SECS"
c1=$(cpu_ticks)
awk -v c="$((c1 - c0))" -v hz="$hz" -v t="$IDLE_OFF_SECS" 'BEGIN {printf "every reminder off: CPU %.2f s in %d s = %.3f %%\n", c / hz, t, c / hz / t * 100}'
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

# After notifications: a reminder every 2 s, sent to dunst (with Done/Snooze, so threads wait
# for answers), then the process's memory.
if command -v dbus-run-session >/dev/null && command -v Xvfb >/dev/null && command -v dunst >/dev/null; then
  printf '[[reminder]]\nid = "tick"\ntitle = "Tick"\nevery = "2s"\n' > "$WINDOWN_CONFIG_DIR/reminders.toml"
  Xvfb -displayfd 3 -nolisten tcp -screen 0 640x480x24 3>"$TMP/display" 2>/dev/null &
  XPID=$!
  for _ in $(seq 100); do [ -s "$TMP/display" ] && break; sleep 0.1; done
  mkdir -p "$TMP/home"
  DISPLAY=":$(cat "$TMP/display")" HOME="$TMP/home" BIN="$BIN" SENT_SECS="$SENT_SECS" dbus-run-session -- bash -c '
    mem() { awk "/^VmHWM/ {h = \$2} /^VmRSS/ {r = \$2} END {printf \"peak (VmHWM) %5d kB  resident (VmRSS) %5d kB\", h, r}" /proc/"$1"/status; }
    dunst >/dev/null 2>&1 & D=$!
    sleep 1
    "$BIN" remind run 2>"$WINDOWN_STATE_DIR.sent.log" & P=$!
    sleep "$SENT_SECS"
    echo "after notifications: $(grep -c "sent tick" "$WINDOWN_STATE_DIR.sent.log") sent in ${SENT_SECS}s (threads: $(ls /proc/$P/task | wc -l))"
    echo "  windown-remind:       $(mem "$P")"
    grep -E "^(RssAnon|RssFile)" /proc/"$P"/status | sed "s/^/  windown-remind /"
    kill "$P"; wait "$P" 2>/dev/null; kill "$D"'
  kill "$XPID"; wait "$XPID" 2>/dev/null || true; XPID=
else
  echo "after notifications: skipped (needs dbus-run-session, Xvfb and dunst)"
fi

fi  # PREVIEW_ONLY
rm "$WINDOWN_CONFIG_DIR/reminders.toml"   # the built-in reminders for the preview
echo "preview of a year ($("$BIN" remind preview --from 2026-01-01 --days 365 | wc -l) occurrences):"
# Beside the binary before a change, in the same run, when WINDOWN_BIN_BEFORE is set (the
# load average with it: on a busy machine read the ratio and the user time).
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# The floor: `cat` of the file the reminders are read from (the built-in one).
preview=(-n "this" "$BIN remind preview --from 2026-01-01 --days 365")
[ -n "${WINDOWN_BIN_BEFORE:-}" ] && preview+=(-n "before" "$WINDOWN_BIN_BEFORE remind preview --from 2026-01-01 --days 365")
preview+=(-n "cat reminders.toml" "cat $PWD/assets/reminders.toml")
hyperfine --warmup 3 --min-runs 20 -N "${preview[@]}" 2>&1 | sed 's/^/  /'
echo "export --ics of a year ($("$BIN" remind export --ics --from 2026-01-01 --days 365 | grep -c BEGIN:VEVENT) events):"
hyperfine --warmup 3 --min-runs 20 -N "$BIN remind export --ics --from 2026-01-01 --days 365" 2>&1 | sed 's/^/  /'
