# deque errors: empty pops, bad indexes, maxlen, mutation while iterating
from collections import deque

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: deque([1])[5])
attempt("index type", lambda: deque([1])["a"])
attempt("remove missing", lambda: deque([1]).remove(3))
attempt("index missing", lambda: deque([1]).index(3))
attempt("maxlen negative", lambda: deque(maxlen=-1))
attempt("maxlen type", lambda: deque([1], maxlen="a"))
attempt("too many args", lambda: deque([1], 2, 3))
attempt("not iterable", lambda: deque(1))
attempt("concat list", lambda: deque("ab") + [1])
attempt("unhashable", lambda: hash(deque()))
attempt("full insert", lambda: deque([1], 1).insert(0, 2))
attempt("set maxlen", lambda: setattr(deque(), "maxlen", 3))
d = deque([1, 2, 3])
def mutate():
    for x in d:
        d.append(x)
attempt("mutate", mutate)
