#!/usr/bin/env python3
"""Checks (or with --regen rewrites) the recorded outputs of lessons with
CPython: the `python run`, `python step` and `python predict` blocks of a lesson run
cumulatively in one namespace, as cellar runs them in one session; each
`output` block (after a run block) and `answer` block (for a question) must
hold exactly what CPython printed. The exercise's solution plus its check
must print ✓.

    python3 tests/tools/lesson_outputs.py lessons/*.md          # check
    python3 tests/tools/lesson_outputs.py --regen lessons/03-*.md
"""
import contextlib
import io
import re
import sys
import traceback


def blocks(lines):
    """(info, start, end) for each fence: body is lines[start+1:end]."""
    i = 0
    while i < len(lines):
        if lines[i].startswith("```"):
            info = lines[i][3:].strip()
            j = i + 1
            while lines[j].rstrip() != "```":
                j += 1
            yield info, i, j
            i = j
        i += 1


def run(code, ns):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            exec(compile(code, "<lesson>", "exec"), ns)
        except BaseException:
            traceback.print_exc()
    return out.getvalue()


def process(path, regen):
    lines = open(path, encoding="utf-8").read().split("\n")
    found = list(blocks(lines))
    ns = {"__name__": "__main__"}
    edits = []  # (start, end, new body lines) in order
    inserts = []  # (after_line, text)
    problems = 0
    outputs = {}
    solution = None
    for n, (info, start, end) in enumerate(found):
        body = "\n".join(lines[start + 1:end]) + ("\n" if end > start + 1 else "")
        words = info.split()
        if words[:2] in (["python", "run"], ["python", "step"], ["python", "predict"]):
            got = run(body, ns)
            if words[1] == "predict":
                qid = re.search(r"id=(\S+)", info).group(1)
                outputs[qid] = got
                continue
            nxt = found[n + 1] if n + 1 < len(found) else None
            if nxt and nxt[0].split()[:1] == ["output"]:
                have = "\n".join(lines[nxt[1] + 1:nxt[2]]) + ("\n" if nxt[2] > nxt[1] + 1 else "")
                if have != got:
                    problems += 1
                    print(f"{path}:{nxt[1] + 1}: output differs\n--- recorded\n{have}--- python3\n{got}")
                    edits.append((nxt[1], nxt[2], got))
            elif got:
                problems += 1
                print(f"{path}:{start + 1}: run block prints but has no output block\n{got}")
                inserts.append((end, got))
        elif words[:1] == ["answer"]:
            qid = re.search(r"for=(\S+)", info).group(1)
            have = "\n".join(lines[start + 1:end]) + ("\n" if end > start + 1 else "")
            got = outputs.get(qid)
            if got is not None and have != got:
                problems += 1
                print(f"{path}:{start + 1}: answer differs\n--- recorded\n{have}--- python3\n{got}")
                edits.append((start, end, got))
        elif words[:2] == ["python", "exercise"]:
            solution = (solution or "") + body
        elif words[:2] == ["python", "solution"]:
            solution = (solution or "") + body
        elif words[:2] == ["python", "check"]:
            got = run((solution or "") + body, ns)
            if not got.endswith("✓\n") or "Traceback" in got:
                problems += 1
                print(f"{path}:{start + 1}: solution + check does not print ✓\n{got}")
    if regen and (edits or inserts):
        changes = [(s, e, g) for s, e, g in edits] + [(a, None, g) for a, g in inserts]
        for s, e, got in sorted(changes, key=lambda c: c[0], reverse=True):
            new = got[:-1].split("\n") if got.endswith("\n") else ([got] if got else [])
            if e is None:
                lines[s + 1:s + 1] = ["", "```output"] + new + ["```"]
            else:
                lines[s + 1:e] = new
        open(path, "w", encoding="utf-8").write("\n".join(lines))
        print(f"{path}: rewritten")
    return problems


def main():
    args = sys.argv[1:]
    regen = "--regen" in args
    files = [a for a in args if a != "--regen"]
    total = sum(process(f, regen) for f in files)
    if total and not regen:
        sys.exit(1)


if __name__ == "__main__":
    main()
