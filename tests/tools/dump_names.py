"""Print the name-resolution instructions CPython 3.11 compiles for a program.

Usage: python3 tests/tools/dump_names.py FILE.py

For every code object -- the module first, then the children in co_consts
order, depth-first preorder (the order of dump_scopes.py) -- a header line

    == <co_qualname>

then one line per instruction whose opname is in NAME_OPS, in code order:

    OPNAME <arg>

where <arg> is the variable name for name instructions (LOAD_GLOBAL shows the
bare name, without dis's `NULL + `), the count for COPY_FREE_VARS, and for
MAKE_FUNCTION the flags as dis spells them (`defaults`, `kwdefaults`,
`annotations`, `closure`, joined by ", "); when MAKE_FUNCTION's flags are 0
the line is just `MAKE_FUNCTION` (no trailing space).  Instructions come from
dis.get_instructions(code) (not adaptive, no specialisation).

A program that does not compile prints one line instead and exits 1:

    SyntaxError: <msg> (line N)

`cellar --dump-names FILE.py` must print exactly the same text; regen.py
stores it (under a one-line header) as NAME.names next to NAME.py.
"""

import dis
import sys

from dump_scopes import code_objects, compile_file

NAME_OPS = {
    "MAKE_CELL", "COPY_FREE_VARS", "LOAD_CLOSURE", "MAKE_FUNCTION",
    "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
    "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLASSDEREF",
    "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
    "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
}


def instruction_line(ins):
    if ins.opname == "MAKE_FUNCTION":
        arg = ins.argrepr
    elif ins.opname == "COPY_FREE_VARS":
        arg = str(ins.arg)
    else:
        arg = ins.argval
    return f"{ins.opname} {arg}" if arg != "" else ins.opname


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    module, error = compile_file(argv[1])
    if error:
        print(error)
        return 1
    for code in code_objects(module):
        print(f"== {code.co_qualname}")
        for ins in dis.get_instructions(code):
            if ins.opname in NAME_OPS:
                print(instruction_line(ins))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
