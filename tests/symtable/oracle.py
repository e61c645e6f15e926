#!/usr/bin/env python3
"""CPython 3.11's side of tests/symtable.rs: the same one-line rendering of a
source's scopes, computed with Python's own `symtable` and `compile`.

    python3 tests/symtable/oracle.py 'def f(x): return x'   # print one rendering
    python3 tests/symtable/oracle.py --module 'x = 1'        # the module block too
    python3 tests/symtable/oracle.py --qualnames 'def f(): pass'
    python3 tests/symtable/oracle.py --check tests/symtable.rs   # verify every case
    python3 tests/symtable/oracle.py --fix tests/symtable.rs     # rewrite expectations

A case in tests/symtable.rs is a call `check("SRC", "EXPECTED")`,
`check_module(...)` or `check_qualnames(...)` with plain string literals.
Rendering: blocks in source order joined by ` | `, each
`name(params) [generator] [__class__]: sym=scope ...` with names sorted;
an error is `error: MSG @ LINE:COL-END_COL` (1-based character columns).
"""
import re
import sys
import symtable
import _symtable

SCOPES = {
    _symtable.LOCAL: "local",
    _symtable.CELL: "cell",
    _symtable.FREE: "free",
    _symtable.GLOBAL_IMPLICIT: "global_implicit",
    _symtable.GLOBAL_EXPLICIT: "global_explicit",
}
BLOCK_NAMES = {"top": "<module>", "lambda": "<lambda>", "listcomp": "<listcomp>",
               "setcomp": "<setcomp>", "dictcomp": "<dictcomp>", "genexpr": "<genexpr>"}
CO_GENERATOR = 0x20


def render(src, mode="plain"):
    try:
        top = symtable.symtable(src, "<test>", "exec")
        code = compile(src, "<test>", "exec")
    except SyntaxError as e:
        return render_error(src, e)
    pairs = []
    pair_blocks(top, code, pairs)
    if mode == "qualnames":
        return " ".join(c.co_qualname if c else "?" for _, c in pairs[1:])
    skip = 0 if mode == "module" else 1
    return " | ".join(render_block(t, c) for t, c in pairs[skip:])


def render_error(src, e):
    line = src.split("\n")[e.lineno - 1].encode() if e.lineno else b""
    col = chars(line, e.offset)
    end = chars(line, e.end_offset) if e.end_lineno == e.lineno else "..."
    return f"error: {e.msg} @ {e.lineno}:{col}-{end}"


def chars(line, offset):
    """CPython's 1-based byte offset as a 1-based character offset."""
    return len(line[: offset - 1].decode(errors="replace")) + 1


def pair_blocks(table, code, out):
    """Pre-order (symbol table, code object) pairs; children are matched by
    name and rank among same-named siblings, as code constants may be
    compiled in another order than the symbol table visits them."""
    out.append((table, code))
    codes = [c for c in (code.co_consts if code else ()) if hasattr(c, "co_code")]
    seen = {}
    for child in table.get_children():
        name = BLOCK_NAMES.get(child.get_name(), child.get_name())
        rank = seen.get(name, 0)
        seen[name] = rank + 1
        same = [c for c in codes if c.co_name == name]
        pair_blocks(child, same[rank] if rank < len(same) else None, out)


def is_generator(name, code):
    """Comprehensions are decided by kind: their code objects may pair badly."""
    if name in ("<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"):
        return name == "<genexpr>"
    return code is not None and bool(code.co_flags & CO_GENERATOR)


def render_block(table, code):
    name = BLOCK_NAMES.get(table.get_name(), table.get_name())
    out = name
    params = list(table._table.varnames)
    if params:
        out += "(" + ", ".join(params) + ")"
    if is_generator(name, code):
        out += " [generator]"
    if table.get_type() == "class" and code is not None and "__class__" in code.co_cellvars:
        out += " [__class__]"
    out += ":"
    for sym, flags in sorted(table._table.symbols.items()):
        scope = SCOPES[(flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK]
        extra = "+free_class" if flags & _symtable.DEF_FREE_CLASS else ""
        out += f" {sym}={scope}{extra}"
    return out


STRING = r'"((?:[^"\\]|\\.)*)"'
CASE = re.compile(r"\b(check|check_module|check_qualnames)\(\s*" + STRING + r",\s*" + STRING + r",?\s*\)", re.S)
MODES = {"check": "plain", "check_module": "module", "check_qualnames": "qualnames"}


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def check_file(path, fix):
    text = open(path, encoding="utf-8").read()
    bad = 0
    count = 0

    def one(m):
        nonlocal bad, count
        count += 1
        src, expected = unescape(m.group(2)), unescape(m.group(3))
        got = render(src, MODES[m.group(1)])
        if got == expected:
            return m.group(0)
        bad += 1
        print(f"MISMATCH {src!r}\n  rust test: {expected}\n  cpython:   {got}")
        start, end = m.span(3)
        return m.group(0)[: start - m.start()] + escape(got) + m.group(0)[end - m.start():]

    new = CASE.sub(one, text)
    if fix and new != text:
        open(path, "w", encoding="utf-8").write(new)
    print(f"{count} cases, {bad} differ from CPython" + (" (fixed)" if fix and bad else ""))
    return bad == 0 or fix


def main(argv):
    if argv[:1] in (["--check"], ["--fix"]):
        return 0 if check_file(argv[1], argv[0] == "--fix") else 1
    mode = {"--module": "module", "--qualnames": "qualnames"}.get(argv[0], "plain")
    print(render(argv[-1], mode))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
