#!/usr/bin/env python3
"""Check (or with --regen, rewrite) the REPL transcripts that CPython defines.

Every tests/transcripts/*.txt whose first line starts with "# generated" is a
session of CPython 3.11's interactive mode: its typed lines (those after
">>> " and "... ") are piped to `python3 -q -i`, and the screen is rebuilt
from what python3 prints: prompt, typed line, then the output that line
caused, stdout and stderr interleaved. Prompts are told apart from output
by a marker byte put in sys.ps1/sys.ps2 through PYTHONSTARTUP.

    python3 tests/tools/transcripts.py           # check, exit 1 on a difference
    python3 tests/tools/transcripts.py --regen   # rewrite the files
"""
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIR = ROOT / "tests" / "transcripts"
MARK = "\x01"
HEADER = ("# generated from CPython 3.11's interactive mode by "
          "tests/tools/transcripts.py --regen; do not edit the session by hand\n")


def typed_lines(session):
    lines = []
    for line in session.splitlines():
        for prompt in (">>> ", "... "):
            if line.startswith(prompt):
                lines.append(line[len(prompt):])
    return lines


def cpython_session(lines):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as startup:
        startup.write(f"import sys as _s\n_s.ps1 = {MARK + '>>> '!r}\n_s.ps2 = {MARK + '... '!r}\n"
                      "del _s\n")
    env = dict(os.environ, PYTHONSTARTUP=startup.name, PYTHONIOENCODING="utf-8")
    env.pop("PYTHONWARNINGS", None)
    try:
        result = subprocess.run(
            [sys.executable, "-q", "-u", "-i"], input="".join(l + "\n" for l in lines),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    finally:
        os.unlink(startup.name)
    chunks = result.stdout.split(MARK)[1:]
    screen = []
    for line, chunk in zip(lines, chunks):
        screen.append(chunk[:4] + line + "\n" + chunk[4:])
    return "".join(screen)


def main():
    regen = "--regen" in sys.argv[1:]
    failed = 0
    for path in sorted(DIR.glob("*.txt")):
        text = path.read_text()
        if not text.startswith("# generated"):
            continue
        body = "".join(l for l in text.splitlines(keepends=True) if not l.startswith("#"))
        fresh = HEADER + cpython_session(typed_lines(body))
        if fresh == text:
            continue
        if regen:
            path.write_text(fresh)
            print(f"rewrote {path.relative_to(ROOT)}")
        else:
            failed += 1
            print(f"differs from CPython: {path.relative_to(ROOT)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
