"""Print the scope facts CPython 3.11 compiles for a program, without running it.

Usage: python3 tests/tools/dump_scopes.py FILE.py

For every code object -- the module first, then the children in co_consts
order, depth-first preorder -- one line:

    <co_qualname>: varnames=<repr(co_varnames)> cellvars=<repr(co_cellvars)> freevars=<repr(co_freevars)>

A program that does not compile prints one line instead and exits 1:

    SyntaxError: <msg> (line N)   (or IndentationError: ...)

`cellar --dump-scopes FILE.py` must print exactly the same text; regen.py
stores it (under a one-line header) as NAME.scopes next to NAME.py.
"""

import sys
import types
import warnings

# compile-time SyntaxWarnings belong to the program's run, not to this dump
warnings.simplefilter("ignore", SyntaxWarning)


def code_objects(code):
    """Yield code and every code object nested in it, preorder, co_consts order."""
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from code_objects(const)


def compile_file(path):
    """Compile the file's source as python3 FILE would; a SyntaxError is returned."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        return compile(source, path, "exec", dont_inherit=True), None
    except SyntaxError as e:
        return None, f"{type(e).__name__}: {e.msg} (line {e.lineno})"


def scope_line(code):
    return (f"{code.co_qualname}: varnames={code.co_varnames!r} "
            f"cellvars={code.co_cellvars!r} freevars={code.co_freevars!r}")


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    module, error = compile_file(argv[1])
    if error:
        print(error)
        return 1
    for code in code_objects(module):
        print(scope_line(code))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
