# dataclass errors: missing arguments, field order, mutable defaults, bad helpers
from dataclasses import dataclass, field, fields, asdict, replace

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

@dataclass
class P:
    x: int
    y: int = 0
    z: int = field(init=False, default=9)

attempt("missing", lambda: P())
attempt("too many", lambda: P(1, 2, 3))
attempt("unknown kw", lambda: P(1, w=2))

def bad_order():
    @dataclass
    class Q:
        a: int = 1
        b: int
attempt("order", bad_order)

def mutable_default():
    @dataclass
    class R:
        a: list = []
attempt("mutable", mutable_default)
attempt("eq order", lambda: dataclass(order=True, eq=False)(type("X", (), {})))
attempt("both defaults", lambda: field(default=1, default_factory=list))
attempt("fields int", lambda: fields(1))
attempt("asdict int", lambda: asdict(1))
attempt("replace unknown", lambda: replace(P(1), w=2))
attempt("replace init false", lambda: replace(P(1), z=3))
