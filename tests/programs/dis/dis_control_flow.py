# Control flow as CPython 3.11's compiler lays it out: conditions become
# jumps, the implicit `return None` is copied over the jumps that reach it,
# and a `try` statement's NOP sits before the range its handler covers.
import dis


def both(a, b):
    if a and b:
        return 1


def within(x, low, high):
    if not low <= x <= high:
        raise ValueError(x)
    return x


def either(a, b, c):
    if (b if a else c):
        print("yes")
    else:
        print("no")


def guarded(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)


def countdown(n):
    while n > 0:
        n -= 1


for f in [both, within, either, guarded, countdown]:
    dis.dis(f)
