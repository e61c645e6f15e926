"""How many functions of the test corpus disassemble exactly as CPython 3.11.

Usage: python3 tests/tools/dis_fidelity.py [path/to/cellar] [--show N]

Every program under tests/programs/ runs under python3 and under cellar with
a footer that calls dis.dis() on each global function; the outputs after the
program's own are compared (addresses and the file name normalized). Prints
the counts, and with --show N the first N differing programs as diffs.
Programs that fail before the footer (expected errors) are skipped.
"""
import difflib
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
FOOTER = """
import dis as _dis_
for _name_, _value_ in list(globals().items()):
    if type(_value_).__name__ == 'function':
        print('== function', _name_)
        _dis_.dis(_value_)
"""


def disassembly(cmd, program, cwd):
    run = subprocess.run(cmd + [program.name], capture_output=True, text=True, timeout=60, cwd=cwd)
    at = run.stdout.find("== function")
    if at < 0:
        return None
    return re.sub(r"0x[0-9a-f]+", "0x", run.stdout[at:])


def main():
    args = sys.argv[1:]
    show = 0
    if "--show" in args:
        show = int(args[args.index("--show") + 1])
        del args[args.index("--show"):args.index("--show") + 2]
    cellar = args[0] if args else str(ROOT / "target" / "release" / "cellar")
    same, differ, skipped = 0, [], 0
    with tempfile.TemporaryDirectory() as tmp:
        program = pathlib.Path(tmp) / "program.py"
        for source in sorted((ROOT / "tests" / "programs").rglob("*.py")):
            if "syntax_errors" in source.parts or "seeds_out_of_subset" in source.parts:
                continue
            program.write_text(source.read_text() + FOOTER)
            want = disassembly(["python3"], program, tmp)
            got = disassembly([cellar], program, tmp)
            if want is None or got is None:
                skipped += 1
            elif want == got:
                same += 1
            else:
                differ.append((source.relative_to(ROOT), want, got))
    print(f"same {same}, different {len(differ)}, skipped {skipped}")
    for name, want, got in differ[:show]:
        print(f"--- {name}")
        diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "cpython", "cellar", lineterm="")
        print("\n".join(diff))


main()
