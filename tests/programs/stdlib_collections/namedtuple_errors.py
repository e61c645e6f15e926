# namedtuple errors: bad field names, wrong argument counts, immutable fields
from collections import namedtuple

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

Point = namedtuple("Point", "x y")
p = Point(1, 2)
attempt("missing", lambda: Point(1))
attempt("too many", lambda: Point(1, 2, 3))
attempt("unknown kw", lambda: Point(1, z=2))
attempt("make short", lambda: Point._make([1]))
attempt("replace bad", lambda: p._replace(z=1))
attempt("set field", lambda: setattr(p, "x", 3))
attempt("set other", lambda: setattr(p, "z", 3))
attempt("del field", lambda: delattr(p, "x"))
attempt("duplicate", lambda: namedtuple("A", "x x"))
attempt("underscore", lambda: namedtuple("A", "_x"))
attempt("keyword", lambda: namedtuple("A", "class"))
attempt("not identifier", lambda: namedtuple("1A", "x"))
attempt("defaults", lambda: namedtuple("A", "x y", defaults=[1, 2, 3]))
attempt("index", lambda: p[2])
attempt("item assign", lambda: p.__setitem__(0, 1))
