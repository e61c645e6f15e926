# LOAD_FAST for locals, LOAD_GLOBAL for globals and builtins.
import dis

total = 0

def f(a):
    b = a + total
    return len([b])

dis.dis(f)
