# BaseException.add_note (notes printed under the exception line), sys.exc_info(), traceback objects' tb_lineno/tb_next.
import sys
try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
    t, v, tb = sys.exc_info()
    print(t, v, tb is None)
print(sys.exc_info())
def f():
    raise KeyError(1)
def g():
    f()
try:
    g()
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno)
        tb = tb.tb_next
    print(type(e.__traceback__).__name__, repr(e.__traceback__)[:20])
print(ValueError().__traceback__)
try:
    ValueError().add_note(3)
except TypeError as e:
    print(e)


def check(n):
    if n < 0:
        err = ValueError(f"negative: {n}")
        err.add_note("hint: pass a positive number")
        raise err
    return n


check(-1)
