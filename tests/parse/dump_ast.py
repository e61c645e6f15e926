"""Print CPython's AST of a file in the compact form tests/parse_ast.rs prints
cellar's: one node per `Kind(field=value, ...)`, statements and expressions
followed by `@line:col-end_line:end_col` (positions inside f-strings left out),
strings as JSON, floats (and an imaginary literal's imaginary part) as
their IEEE bits. Used by regen_ast.sh."""
import ast, json, struct, sys

SKIP = {"ctx", "type_comment", "kind", "type_ignores", "is_async", "level"}
CONV = {-1: "None", 115: "'s'", 114: "'r'", 97: "'a'"}


def dump(node, pos=True):
    if isinstance(node, list):
        return "[" + ", ".join(dump(x, pos) for x in node) + "]"
    if node is None:
        return "None"
    if isinstance(node, ast.AST):
        inner = pos and not isinstance(node, ast.JoinedStr)
        fields = []
        for f in node._fields:
            if f in SKIP:
                continue
            value = getattr(node, f)
            if isinstance(node, ast.FormattedValue) and f == "conversion":
                fields.append(f"{f}={CONV[value]}")
            elif isinstance(node, ast.AnnAssign) and f == "simple":
                fields.append(f"{f}={value}")
            else:
                fields.append(f"{f}={dump(value, inner)}")
        text = f"{type(node).__name__}({', '.join(fields)})"
        if pos and isinstance(node, (ast.stmt, ast.expr)):
            text += f"@{node.lineno}:{node.col_offset}-{node.end_lineno}:{node.end_col_offset}"
        return text
    if isinstance(node, bool) or node is Ellipsis:
        return repr(node)
    if isinstance(node, str):
        return json.dumps(node)
    if isinstance(node, float):
        return "f" + str(struct.unpack("<Q", struct.pack("<d", node))[0])
    if isinstance(node, complex):  # a literal: 0 + imag*j
        return "j" + str(struct.unpack("<Q", struct.pack("<d", node.imag))[0])
    return repr(node)


tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
for stmt in tree.body:
    print(dump(stmt))
