#!/usr/bin/env python3
"""What of windown's code is resident, crate by crate (issue 24: "find what is resident").

Reads /proc/PID/pagemap (root, or CAP_SYS_ADMIN, for the present bits) for the executable's
r-xp mapping of a running windown, and attributes each resident 4 KiB page's bytes to the
functions on it, named by `nm` of an unstripped build with the same layout (the release
profile with CARGO_PROFILE_RELEASE_STRIP=false: strip removes only the symbol table, the
loaded segments are the same).

    CARGO_PROFILE_RELEASE_STRIP=false cargo build --release
    tmux new-session -d -x 100 -y 30 -s w "target/release/windown run ROUTINE"
    sudo python3 bench/resident.py "$(tmux display-message -p -t w '#{pane_pid}')" target/release/windown

Measured on 7 Dec 2026 (issue 24): of a 3.8 MB text mapping, 3.4-3.5 MB was resident during
a countdown, although the functions that start-up and ten seconds of counting execute
(callgrind --dump-instr=yes) add up to 987 KB on 383 pages: the kernel maps a file's pages
around each fault (fault-around, 64 KiB), and the executed code is spread over 53 of the 60
64 KiB windows of the text. Code never run in a countdown (zbus, clap_mangen, gimli) is
resident for that reason alone.
"""
import os, re, struct, subprocess, sys, bisect, collections
pid, binp = int(sys.argv[1]), sys.argv[2]
maps = [l.split() for l in open(f"/proc/{pid}/maps")]
exe = os.readlink(f"/proc/{pid}/exe")
text = [m for m in maps if len(m) >= 6 and m[5] == exe and m[1] == "r-xp"][0]
lo, hi = (int(x, 16) for x in text[0].split("-"))
off = int(text[2], 16)
P = 4096
present = []
with open(f"/proc/{pid}/pagemap", "rb") as f:
    f.seek(lo // P * 8)
    data = f.read((hi - lo) // P * 8)
for i in range((hi - lo) // P):
    v = struct.unpack_from("<Q", data, i * 8)[0]
    present.append(bool(v >> 63))
# file offset -> vaddr in ELF: use readelf program headers for the text segment
ph = subprocess.run(["readelf", "-lW", binp], capture_output=True, text=True).stdout
seg = None
for l in ph.splitlines():
    p = l.split()
    if p and p[0] == "LOAD" and "E" in "".join(p[6:-1]):
        seg = (int(p[1], 16), int(p[2], 16))  # offset, vaddr
fo, va = seg
syms = []
for l in subprocess.run(["nm", "-S", "-C", "--defined-only", binp], capture_output=True, text=True, errors="replace").stdout.splitlines():
    p = l.split(" ", 3)
    if len(p) == 4 and p[2] in "tTwW":
        syms.append((int(p[0], 16), int(p[1], 16), p[3]))
syms.sort()
def crate(name):
    n = name.lstrip("<&*( ")
    n = re.sub(r"^(dyn |impl |mut )", "", n)
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)::", n)
    return m.group(1) if m else "?"
by = collections.Counter(); tot = collections.Counter()
for a, s, n in syms:
    # vaddr -> page index in mapping
    fileoff = a - va + fo
    if s == 0: continue
    c = crate(n); tot[c] += s
    # bytes of this symbol on resident pages
    start = fileoff - off
    b = 0
    x = start
    while x < start + s:
        pg = x // P
        nxt = min((pg + 1) * P, start + s)
        if 0 <= pg < len(present) and present[pg]:
            b += nxt - x
        x = nxt
    by[c] += b
print(f"text mapping {(hi-lo)/1024:.0f} KB, resident {sum(present)*4} KB")
for c, b in by.most_common(40):
    print(f"{b/1024:8.1f} KB resident of {tot[c]/1024:8.1f} KB  {c}")
