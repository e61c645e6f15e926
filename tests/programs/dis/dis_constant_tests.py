# Constant tests as CPython 3.11 compiles them: a NOP for the line, the
# dead branch removed, a jump to the next instruction gone, and unused
# constants trimmed from the end of co_consts.
import dis
def w():
    while True:
        x()
        if y:
            break
    return 1
def w2(n):
    while 1:
        n -= 1
        if not n:
            return n
def a(x):
    assert True
    return x if True else 2
def b(x):
    return [i for i in x if True]
def c(x):
    if x and False:
        return 1
    elif None:
        pass
    return 2
for f in (w, w2, a, b, c):
    dis.dis(f)
    print(f.__code__.co_consts)

def dead_f(n):
    if False:
        n = 1
    return n
def dead_g(n):
    if 0:
        n = 1
    else:
        n = 2
    return n
def dead_h(n):
    while False:
        n += 1
    return n
def dead_k(n):
    if True:
        n = 3
    return n
dis.dis(dead_f); dis.dis(dead_g); dis.dis(dead_h); dis.dis(dead_k)
