#!/usr/bin/env bash
# `windown validate` with no path over a config folder of 200 user routines, reminders.toml
# and config.toml (target: under 50 ms). Every file is read once with spans, its keys and
# types checked, then its values. Peers on the same files: `cat` (reading them, the floor)
# and `taplo check` (a TOML checker, only when taplo is installed).
# Builds the release binary once. Usage: bench/validate.sh (from the repo root or anywhere).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine" >&2; exit 1; }
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/config/routines"
for i in $(seq -w 1 200); do
  sed "s/^title = .*/title = \"Bench routine $i\"/" routines/evening-legs.toml \
    > "$tmp/config/routines/bench-$i.toml"
done
cp assets/reminders.toml "$tmp/config/reminders.toml"
printf 'wake = "06:30"\nbedtime = "22:00"\n[voice]\nrate = 150\n' > "$tmp/config/config.toml"
export WINDOWN_CONFIG_DIR="$tmp/config" WINDOWN_DATA_DIR="$tmp/data" WINDOWN_STATE_DIR="$tmp/state"
oks=$("$bin" validate | grep -c '^ok:')
echo "windown validate: $oks files ok (200 routines, reminders.toml, config.toml)"
files=("$tmp"/config/routines/*.toml "$tmp/config/reminders.toml" "$tmp/config/config.toml")
cmds=("$bin validate" "cat ${files[*]}")
command -v taplo >/dev/null && cmds+=("taplo check ${files[*]}")
hyperfine --warmup 5 --runs 50 -N --export-json "$tmp/v.json" "${cmds[@]}" >/dev/null
python3 - "$tmp/v.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    words = r["command"].split()
    name = words[0].rsplit("/", 1)[-1] + ("" if words[1].startswith("/") else " " + words[1])
    name += " (202 files)"
    print(f"{name:32} mean {r['mean']*1000:6.1f} ms ± {r['stddev']*1000:.1f} ms, "
          f"min {r['min']*1000:.1f} ms, max {r['max']*1000:.1f} ms")
print("target: windown validate under 50 ms")
PY
