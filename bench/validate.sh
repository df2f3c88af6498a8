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
# A routine just under 1 MiB broken everywhere in its shape: unknown keys, wrong types and
# unquoted values in every step (tens of thousands of problems; the first 50 are shown).
python3 - "$tmp/broken.toml" <<'PY'
import sys
parts, size, i = ['title = "Broken"\n'], 0, 0
while size < 1024 * 1024 - 200:
    u = f'[[step]]\ntitle = {i}\nhodl = "10s"\nreps = 2.5\ntargets = "calves"\nhold = 10s\n'
    parts.append(u); size += len(u); i += 1
open(sys.argv[1], "w").write("".join(parts))
PY
if "$bin" validate "$tmp/broken.toml" >/dev/null 2>"$tmp/err"; then echo "bench: broken.toml was not refused" >&2; exit 1; fi
tail -1 "$tmp/err"
hyperfine --warmup 3 --runs 20 -N -i --export-json "$tmp/b.json" "$bin validate $tmp/broken.toml" "cat $tmp/broken.toml" >/dev/null
python3 - "$tmp/b.json" <<'PY'
import json, sys
for r, name in zip(json.load(open(sys.argv[1]))["results"], ["windown validate", "cat"]):
    print(f"{name + ' (1 MiB broken routine)':38} mean {r['mean']*1000:6.1f} ms ± {r['stddev']*1000:.1f} ms")
print("target: under 100 ms (as bench/parse.sh)")
PY
