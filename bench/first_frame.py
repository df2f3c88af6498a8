#!/usr/bin/env python3
"""Time from starting a program on a pseudo-terminal until its first frame is on the terminal.

Usage: first_frame.py LABEL RUNS MARKER BINARY [ARGS...]

Starts BINARY ARGS on a 100x30 pty RUNS times, and for each run measures the time until the
text MARKER (something only the drawn frame contains) has been written to the terminal; then
sends SIGTERM, drains the pty so the program can restore the terminal, and reaps it. Prints
one line: LABEL, median, min and max in milliseconds. Exits 1 if a run shows no frame within
5 seconds. Used by bench/tui.sh and bench/history.sh.

As a module (bench/first_frame_history.py): `times_to(argv, markers, env)` runs once and
gives the time to each marker (None where one never came), with the program's environment
given; any program works, e.g. `cat FILE` as the floor (fork, exec, pty, one write).
"""
import fcntl, os, pty, select, signal, statistics, struct, sys, termios, time


def times_to(argv, markers, env=None):
    """Run argv once on a fresh 100x30 pty; seconds until each marker was on it."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        if env is None:
            os.execv(argv[0], argv)
        os.execve(argv[0], argv, env)
    t0 = time.perf_counter()
    seen = b""
    found = [None] * len(markers)
    while None in found:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        now = time.perf_counter() - t0
        for i, m in enumerate(markers):
            if found[i] is None and m in seen:
                found[i] = now
    os.kill(pid, signal.SIGTERM)
    try:
        while select.select([fd], [], [], 0.5)[0]:
            if not os.read(fd, 65536):
                break
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return found


def first_frame(argv, marker, env=None):
    return times_to(argv, [marker], env)[0]


def main():
    label, runs, marker, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode(), sys.argv[4:]
    times = []
    for _ in range(runs):
        t = first_frame(argv, marker)
        if t is None:
            print(f"{label}: no frame seen", file=sys.stderr)
            sys.exit(1)
        times.append(t * 1000)
    times.sort()
    print(f"{label:26} median {statistics.median(times):6.2f} ms   "
          f"min {times[0]:6.2f} ms   max {times[-1]:6.2f} ms")


if __name__ == "__main__":
    main()
