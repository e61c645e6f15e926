# A top-level function has no enclosing function at all.
def f():
    nonlocal y
    y = 1

f()
