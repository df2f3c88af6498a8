#!/usr/bin/env bash
# A broken file near the size limit (1 MiB) is reported within 100 ms, whatever its shape.
# Writes four files, each just under 1 MiB and broken everywhere, and times the release
# binary reporting each with hyperfine, beside `cat` of the same file (the floor: reading
# it at all). The shapes are the ones that used to be quadratic: tens of thousands of bad
# values on one line, thousands of broken reminders, thousands of duplicate ids, thousands of
# reminders with wrong types and unknown keys (each left out, their values still checked), and
# a routine with thousands of broken steps. Usage: bench/parse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 1; }
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/windown"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import os, sys
tmp = sys.argv[1]
limit = 1024 * 1024 - 64

def fill(name, head, unit, tail=""):
    parts, size, i = [head], len(head) + len(tail), 0
    while True:
        u = unit(i)
        if size + len(u) > limit:
            break
        parts.append(u); size += len(u); i += 1
    parts.append(tail)
    os.makedirs(os.path.dirname(os.path.join(tmp, name)), exist_ok=True)
    open(os.path.join(tmp, name), "w").write("".join(parts))

fill("one-line/reminders.toml", '[[reminder]]\nid = "a"\ntitle = "A"\nat = [', lambda i: '"25:00", ', "]\n")
fill("many/reminders.toml", "",
     lambda i: f'[[reminder]]\nid = "r{i}"\ntitle = "T"\nat = ["7am"]\ndays = ["moon"]\n')
fill("dups/reminders.toml", "", lambda i: '[[reminder]]\nid = "same"\ntitle = "T"\nat = ["07:00"]\n')
fill("types/reminders.toml", "",
     lambda i: f'[[reminder]]\nid = "r{i}"\ntitle = 3\nat = "07:00"\nevry = 1\n')
fill("routine/broken.toml", 'title = "Broken"\n',
     lambda i: f'[[step]]\ntitle = ""\ntargets = ["calfs"]\nhold = "10 parsecs"\nsides = "all"\n')
PY
export WINDOWN_DATA_DIR="$tmp/data" WINDOWN_STATE_DIR="$tmp/state"
results=()
for shape in one-line many dups types routine; do
  if [ "$shape" = routine ]; then
    file="$tmp/routine/broken.toml"
  else
    file="$tmp/$shape/reminders.toml"
  fi
  export WINDOWN_CONFIG_DIR="$tmp/$shape"
  # `validate` fails on a broken file (`remind preview` warns and goes on with what is valid).
  cmd="$bin validate $file"
  # It must fail, with the first 50 problems and the count of the rest.
  if $cmd >/dev/null 2>"$tmp/err"; then echo "bench: $shape was not refused" >&2; exit 1; fi
  grep -q "more problems in this file" "$tmp/err" || { echo "bench: $shape: no cap" >&2; exit 1; }
  echo "$shape: $(wc -c <"$file") bytes, $(grep -c '^error: ' "$tmp/err") problems shown, $(tail -1 "$tmp/err")"
  hyperfine --warmup 3 --runs 30 --shell=none -i --style none --export-json "$tmp/$shape.json" \
    "$cmd" "cat $file" >/dev/null 2>&1
  results+=("$shape=$tmp/$shape.json")
done
python3 - "${results[@]}" <<'PY'
import json, sys
worst = 0
for arg in sys.argv[1:]:
    shape, path = arg.split("=", 1)
    w, c = json.load(open(path))["results"]
    worst = max(worst, w["max"])
    print(f"{shape:9} windown mean {w['mean']*1000:6.1f} ms (max {w['max']*1000:6.1f}), "
          f"cat mean {c['mean']*1000:5.1f} ms")
print(f"slowest run {worst*1000:.1f} ms (target < 100 ms): {'ok' if worst < 0.1 else 'TOO SLOW'}")
PY
