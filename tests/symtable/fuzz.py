#!/usr/bin/env python3
"""Differential fuzzing of cellar's symbol table against CPython 3.11.

    python3 tests/symtable/fuzz.py [COUNT] [SEED]

Generates COUNT random programs made of scope-relevant constructs (nested
def/class/lambda/comprehensions, global, nonlocal, del, imports, except-as,
annotations, super), renders each with tests/symtable/oracle.py's `render`,
asks cellar for the same rendering (the ignored test `dump_renderings` in
tests/symtable_fuzz.rs), and prints every program where they differ.
"""
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from oracle import render  # noqa: E402

NAMES = ["x", "y", "z", "f", "g"]


def gen_block(r, depth, kind, indent):
    lines = []
    for _ in range(r.randint(1, 4)):
        lines.extend(gen_stmt(r, depth, kind, indent))
    return lines


def expr(r, depth):
    n = r.choice(NAMES + ["super()", "__class__"])
    c = r.random()
    if depth < 3 and c < 0.15:
        return f"(lambda {r.choice(['', 'x', 'y=' + r.choice(NAMES)])}: {expr(r, depth + 1)})"
    if depth < 3 and c < 0.3:
        v = r.choice(NAMES)
        return f"[{expr(r, depth + 1)} for {v} in {expr(r, depth + 1)}]"
    if depth < 3 and c < 0.35:
        return f"({expr(r, depth + 1)} for {r.choice(NAMES)} in {r.choice(NAMES)} if {expr(r, depth + 1)})"
    if depth < 3 and c < 0.38:
        v, w = r.choice(NAMES), r.choice(NAMES)
        return f"{{{v}: {expr(r, depth + 1)} for {v} in {expr(r, depth + 1)} for {w} in {v}}}"
    if depth < 3 and c < 0.4:
        return f"{{{expr(r, depth + 1)} for {r.choice(NAMES)} in {expr(r, depth + 1)}}}"
    if c < 0.45:
        return f"{n} + {r.choice(NAMES)}"
    return n


def gen_stmt(r, depth, kind, indent):
    p = "    " * indent
    n = r.choice(NAMES)
    c = r.random()
    if depth < 4 and c < 0.2:
        params = r.choice(["", "x", "y", "x, *z", "g=x", "*, y=z", "x, /, y, **z", "x=lambda: y"])
        deco = [f"{p}@{r.choice(NAMES)}"] if r.random() < 0.2 else []
        return deco + [f"{p}def {r.choice(NAMES)}({params}):"] + gen_block(r, depth + 1, "def", indent + 1)
    if depth < 4 and c < 0.27:
        bases = r.choice(["", "(x)", "(y, z)"])
        return [f"{p}class {r.choice(['C', 'D', 'x'])}{bases}:"] + gen_block(r, depth + 1, "class", indent + 1)
    if c < 0.35:
        return [f"{p}nonlocal {n}"]
    if c < 0.42:
        return [f"{p}global {n}"]
    if c < 0.47:
        return [f"{p}del {n}"]
    if c < 0.5:
        return [f"{p}import {n}"]
    if c < 0.53:
        return [f"{p}for {n} in {expr(r, depth)}:", f"{p}    pass"]
    if c < 0.56:
        return [f"{p}try:", f"{p}    pass", f"{p}except E as {n}:", f"{p}    pass"]
    if c < 0.6:
        return [f"{p}{n}: int" + r.choice(["", " = 1"])]
    if c < 0.65 and kind == "def":
        return [f"{p}yield {expr(r, depth)}"]
    if c < 0.72:
        return [f"{p}{n} += {expr(r, depth)}"]
    if c < 0.85:
        return [f"{p}{n} = {expr(r, depth)}"]
    return [f"{p}print({expr(r, depth)})"]


def main(argv):
    count = int(argv[0]) if argv else 500
    seed = int(argv[1]) if len(argv) > 1 else 1
    r = random.Random(seed)
    programs = ["\n".join(gen_block(r, 0, "module", 0)) + "\n" for _ in range(count)]
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".txt") as f:
        f.write("\0".join(programs))
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    out = subprocess.run(
        ["cargo", "test", "-q", "--test", "symtable_fuzz", "dump_renderings", "--", "--ignored", "--nocapture"],
        cwd=root, env={**os.environ, "CELLAR_SYMTABLE_FUZZ": f.name}, capture_output=True, text=True)
    got = out.stdout.split("\0")[1:-1]
    if len(got) != len(programs):
        print(out.stdout[-2000:], out.stderr[-2000:])
        return 1
    bad = 0
    for src, mine in zip(programs, got):
        want = render(src, "module")
        if mine.strip() != want:
            bad += 1
            print(f"DIFF\n{src}  cpython: {want}\n  cellar:  {mine.strip()}\n")
    print(f"{len(programs)} programs, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
