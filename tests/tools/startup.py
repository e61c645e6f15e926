#!/usr/bin/env python3
"""Time from exec to the first `>>> ` prompt in a pseudo-terminal, for
cellar and for CPython's `-q` REPL (the real binary, not a PATH shim).

    python3 tests/tools/startup.py [CELLAR_BINARY] [RUNS]
"""
import os
import pty
import select
import statistics
import sys
import time


def first_prompt(argv, env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    seen = b""
    while b">>> " not in seen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            raise SystemExit(f"no prompt from {argv[0]}")
        seen += os.read(fd, 4096)
    elapsed = time.perf_counter() - start
    os.write(fd, b"\x04")
    try:
        while os.read(fd, 4096):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    cellar = sys.argv[1] if len(sys.argv) > 1 else "target/release/cellar"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    env = dict(os.environ, TERM="xterm", NO_COLOR="1", XDG_STATE_HOME="/tmp/cellar-startup-state")
    env.pop("PYTHONSTARTUP", None)
    results = {}
    for name, argv in [("cellar", [os.path.abspath(cellar)]), ("python3 -q", [sys.executable, "-q"])]:
        times = [first_prompt(argv, env) for _ in range(runs)]
        results[name] = statistics.median(times)
        print(f"{name:12} median {results[name] * 1000:6.1f} ms over {runs} runs")
    print(f"ratio cellar / python3 -q: {results['cellar'] / results['python3 -q']:.2f}")


if __name__ == "__main__":
    main()
