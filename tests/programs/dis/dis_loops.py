# Loops as CPython 3.11 lays them out: an if/else inside a loop jumps
# straight back to the loop's head (a jump to a jump is threaded), and
# `while True:` keeps a NOP on its line and jumps back on that line.
import dis


def split(xs):
    odd, even = [], []
    for x in xs:
        if x % 2:
            odd.append(x)
        else:
            even.append(x)
    return odd, even


def first_big(xs):
    it = iter(xs)
    while True:
        x = next(it)
        if x > 10:
            return x


def guarded_sum(xs):
    total = 0
    for x in xs:
        try:
            total += x
        except TypeError:
            continue
    return total


for f in [split, first_big, guarded_sum]:
    dis.dis(f)
print(split(range(5)), first_big([1, 20]), guarded_sum([1, "a", 2]))
