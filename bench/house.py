#!/usr/bin/env python3
"""The house's figures from the source alone: lines of Rust under src/ (code, tests inside src
counted apart), `pub` items against `pub(crate)` ones, and functions longer than 60 lines.

Usage: bench/house.py [REPO]   (default: this checkout; REPO may be a worktree of an older commit)
"""
import os, re, signal, sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped to head

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
src = os.path.join(root, "src")
files = []
for d, _, names in os.walk(src):
    files += [os.path.join(d, n) for n in names if n.endswith(".rs")]

ITEM = r"(fn|struct|enum|const|static|mod|type|trait|use|union|async fn|unsafe fn)\b"
pub_re = re.compile(r"^\s*pub\s+" + ITEM)
crate_re = re.compile(r"^\s*pub\((crate|super|in [^)]*)\)\s+" + ITEM)
field_pub = re.compile(r"^\s*pub\s+[a-z_][a-z0-9_]*\s*:")
field_crate = re.compile(r"^\s*pub\(crate\)\s+[a-z_][a-z0-9_]*\s*:")
fn_re = re.compile(r"^(\s*)(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")

lines = test_lines = pub = crate = fpub = fcrate = 0
long_fns = []
for path in sorted(files):
    text = open(path, encoding="utf-8").read().split("\n")
    in_tests = path.endswith("_tests.rs")
    for i, line in enumerate(text):
        if re.match(r"^\s*#\[cfg\(test\)\]", line) and i + 1 < len(text) and re.match(r"^\s*(pub(\([^)]*\))?\s+)?mod\s", text[i + 1]):
            in_tests = True
        if in_tests:
            test_lines += 1
        else:
            lines += 1
            pub += bool(pub_re.match(line))
            crate += bool(crate_re.match(line))
            fpub += bool(field_pub.match(line))
            fcrate += bool(field_crate.match(line))
        m = fn_re.match(line)
        if m and not in_tests:
            # the body: from the first `{` to its matching `}` (strings and chars ignored roughly)
            depth, start, n = 0, None, i
            while n < len(text):
                s = re.sub(r'"(\\.|[^"\\])*"', '""', text[n])
                s = re.sub(r"'(\\.|[^'\\])'", "''", s)
                s = s.split("//")[0]
                for c in s:
                    if c == "{":
                        depth += 1
                        start = n if start is None else start
                    elif c == "}":
                        depth -= 1
                if start is not None and depth == 0:
                    break
                if start is None and s.rstrip().endswith(";"):
                    break
                n += 1
            if start is not None and n - i + 1 > 60:
                long_fns.append((n - i + 1, os.path.relpath(path, root), m.group(7)))

print(f"rust lines under src/: {lines} (plus {test_lines} in unit tests)")
print(f"pub items: {pub} (and {fpub} pub fields); pub(crate)/pub(super) items: {crate} (and {fcrate} fields)")
print(f"functions over 60 lines: {len(long_fns)}")
for n, p, f in sorted(long_fns, reverse=True):
    print(f"  {n:4}  {p}  {f}")
