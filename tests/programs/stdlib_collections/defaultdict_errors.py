# defaultdict errors: a factory that is not callable, no factory, a factory that fails
from collections import defaultdict

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("not callable", lambda: defaultdict(1))
attempt("no factory", lambda: defaultdict()["x"])
attempt("unhashable", lambda: hash(defaultdict(int)))
attempt("attribute", lambda: defaultdict(int).x)
attempt("bad update", lambda: defaultdict(int, 5))
dd = defaultdict(lambda: 1 / 0)
attempt("factory fails", lambda: dd["k"])
print(dict(dd))
