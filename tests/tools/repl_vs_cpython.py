#!/usr/bin/env python3
"""Differential check of the REPL's input handling: every program of
tests/programs/ is typed, line by line, into `python3 -i` and into
`cellar --echo`, and the two screens are compared (addresses masked).
Scripts make good REPL stress tests: blocks not closed by a blank line,
indented blank lines, brackets over several lines, comments.

    python3 tests/tools/repl_vs_cpython.py [CELLAR_BINARY]

Prints the programs whose screens differ (most differences left are in
the interpreter, not the REPL: run `diff` on the two files it names).
"""
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import transcripts  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def masked(text):
    return re.sub(r"0x[0-9a-f]+", "0x", text)


def main():
    cellar = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/debug/cellar")
    same, differ = 0, []
    for path in sorted((ROOT / "tests/programs").rglob("*.py")):
        lines = path.read_text().splitlines()
        expected = transcripts.cpython_session(lines)
        ours = subprocess.run([cellar, "--echo"], input="".join(l + "\n" for l in lines),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              cwd=ROOT, timeout=30).stdout
        # python3's screen stops at its last prompt; cellar's may go on.
        if masked(ours).startswith(masked(expected)):
            same += 1
        else:
            differ.append(path.relative_to(ROOT))
    print(f"{same} same, {len(differ)} differ")
    for p in differ:
        print(f"  {p}")


if __name__ == "__main__":
    main()
