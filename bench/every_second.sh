#!/usr/bin/env bash
# Issue 21: a 1 MiB reminders.toml of `every = "1s"` reminders (each from 07:00 until 20:30,
# about 48,600 occurrences a day each). `remind preview` (one day) and `remind export --ics`
# (a year, to a file) must each finish in under a second and under 50 MB resident (peak).
# Measured with GNU time's maximum resident set size and wall-clock time, three runs each;
# the peer is the binary of another build (WINDOWN_BIN_BEFORE, e.g. main's).
# Usage (from the repo root): bench/every_second.sh
#        WINDOWN_BIN_BEFORE=/work/main/target/release/windown bench/every_second.sh
# A run that goes over TIMEOUT_SECS (default 60) is stopped and reported as such.
set -euo pipefail
cd "$(dirname "$0")/.."
TIMEOUT_SECS=${TIMEOUT_SECS:-60}
BIN=${WINDOWN_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/windown}
[ -n "${WINDOWN_BIN:-}" ] || cargo build --release --quiet
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export WINDOWN_CONFIG_DIR=$TMP/config WINDOWN_DATA_DIR=$TMP/data WINDOWN_STATE_DIR=$TMP/state
export TZ=Europe/Berlin
mkdir -p "$WINDOWN_CONFIG_DIR"
python3 - "$WINDOWN_CONFIG_DIR/reminders.toml" <<'PY'
import sys
out, n, size = [], 0, 0
while size < 1024 * 1024:
    r = f'[[reminder]]\nid = "r{n}"\ntitle = "Tick {n}"\nevery = "1s"\nfrom = "07:00"\nuntil = "20:30"\n\n'
    if size + len(r) > 1024 * 1024:
        break
    out.append(r); size += len(r); n += 1
open(sys.argv[1], 'w').write(''.join(out))
print(f"reminders.toml: {size} bytes, {n} reminders")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  local label=$1; shift
  for i in 1 2 3; do
    if /usr/bin/time -f "%e s %M kB" -o "$TMP/time" timeout "$TIMEOUT_SECS" "$@" >"$TMP/out" 2>"$TMP/err"; then
      printf '%-34s run %d: %s, %d bytes out\n' "$label" "$i" "$(cat "$TMP/time")" "$(stat -c %s "$TMP/out")"
    else
      printf '%-34s run %d: failed or over %ss (%s)\n' "$label" "$i" "$TIMEOUT_SECS" "$(tail -1 "$TMP/time")"
    fi
  done
}
for b in "$BIN" ${WINDOWN_BIN_BEFORE:+"$WINDOWN_BIN_BEFORE"}; do
  echo "binary: $b"
  run "remind preview --days 1" "$b" remind preview --from 2026-12-01 --days 1
  run "remind export --ics (a year)" "$b" remind export --ics --from 2026-12-01 --days 365 -o "$TMP/r.ics"
  [ -f "$TMP/r.ics" ] && echo "  the .ics: $(stat -c %s "$TMP/r.ics") bytes" && rm -f "$TMP/r.ics"
done
