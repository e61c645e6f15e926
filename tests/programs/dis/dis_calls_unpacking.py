# dis of calls and displays with * and ** as CPython 3.11 compiles them: items before the first star pushed then built, keyword runs as sub-dicts (BUILD_CONST_KEY_MAP for two or more), BUILD_TUPLE 0 folded to (), KW_NAMES shown bare.
import dis
import sys
def f(args, kw, g):
    print("warning:", *args, file=sys.stderr)
    g(*args, a=1, b=2)
    g(1, *args, **kw)
    g(**kw, c=3)
    g(x=1, **kw, y=2, z=3)
    t = (1, *args, 2)
    l = [*args, 3]
    s = {1, 2, *args}
    g(height=2)
    return t, l, s
dis.dis(f)
def show(*a, **k):
    return a, k
print(f((1, 2), {"q": 0}, show))
