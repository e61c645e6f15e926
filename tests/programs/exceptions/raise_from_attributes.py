# raise ... from ... sets __cause__; raising inside except sets __context__.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(f"no {k}") from e

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while dividing")

for f, args in [(lookup, ({}, "a")), (implicit, ())]:
    try:
        f(*args)
    except Exception as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
