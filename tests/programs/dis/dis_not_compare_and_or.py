# dis of 'not (a is b)' and 'not (a in b)' (folded to 'is not' / 'not in' as CPython's AST optimizer does) and of and/or chains (jumps fused).
import dis
def f(a, b, c):
    x = not (a is None)
    y = not a is b
    z = a and b or c
    w = not (a in b)
    if (a or b) and c:
        return x
    return a if not b is None else c
dis.dis(f)
print(f(1, [1], 0), f(None, 2, 3) if False else "ok", not (1 in [1]), not (None is None))
