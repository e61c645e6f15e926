# An assert's traceback line has carets under a comparison test, none for other tests (CPython 3.11's locations).
def check(flag, n):
    assert n > 0, "n must be positive"
    assert flag, "flag must be set"


try:
    check(True, 0)
except AssertionError as e:
    print("caught", e)
check(False, 1)
