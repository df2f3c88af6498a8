#!/usr/bin/env python3
"""Time from writing a routine file until the open home screen shows it (issue 14: < 300 ms).

Usage: reload.py BINARY CONFIG_DIR RUNS

Starts BINARY (the home screen) once on a 100x30 pseudo-terminal with WINDOWN_CONFIG_DIR set,
waits for its first frame, then RUNS times: writes CONFIG_DIR/routines/reload.toml with a new
title (atomically, as editors do: a temporary file renamed over it) and measures the time
until that title has been written to the terminal. Every run writes a title whose every letter differs
from the one before (a frame carries only changed cells), so the time is write -> watcher -> debounce -> worker reads the folder -> frame.
Prints the median, min and max in milliseconds; exits 1 if a change never shows (5 s).
"""
import fcntl, os, pty, select, signal, statistics, struct, sys, termios, time

sys.path.insert(0, os.path.dirname(__file__))


def wait_for(fd, marker, limit=5.0):
    seen = b""
    end = time.perf_counter() + limit
    while marker not in seen:
        left = end - time.perf_counter()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 65536)
        if not chunk:
            return None
        seen = (seen + chunk)[-65536:]
    return time.perf_counter()


def main():
    binary, config, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    routines = os.path.join(config, "routines")
    os.makedirs(routines, exist_ok=True)
    env = dict(os.environ, WINDOWN_CONFIG_DIR=config, TERM="xterm-256color", LANG="C.UTF-8")
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        os.execve(binary, [binary], env)
    if wait_for(fd, b"Routines") is None:
        print("reload: no first frame", file=sys.stderr)
        sys.exit(1)
    time.sleep(0.5)
    times = []
    path = os.path.join(routines, "reload.toml")
    for i in range(runs):
        # Every cell differs from the last title's (the frame carries only changed cells).
        title = chr(ord("A") + i % 26) * 12
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            f.write(f'title = "{title}"\n[[step]]\ntitle = "Hold"\nhold = "10s"\n')
        t0 = time.perf_counter()
        os.rename(tmp, path)
        t1 = wait_for(fd, title.encode())
        if t1 is None:
            print(f"reload: run {i}: the new title never showed", file=sys.stderr)
            os.kill(pid, signal.SIGTERM)
            sys.exit(1)
        times.append((t1 - t0) * 1000)
        time.sleep(0.2)
    os.kill(pid, signal.SIGTERM)
    try:
        while select.select([fd], [], [], 0.5)[0]:
            if not os.read(fd, 65536):
                break
    except OSError:
        pass
    os.waitpid(pid, 0)
    times.sort()
    print(f"reload: write -> on screen, {runs} runs: median {statistics.median(times):6.1f} ms   "
          f"min {times[0]:6.1f} ms   max {times[-1]:6.1f} ms   (target < 300 ms)")


if __name__ == "__main__":
    main()
