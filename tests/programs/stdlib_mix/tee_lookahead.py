# tee for lookahead pairs, next to a closure that remembers the previous item
from itertools import tee

def pairs(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)

def remember():
    prev = None
    def step(x):
        nonlocal prev
        result = (prev, x)
        prev = x
        return result
    return step

step = remember()
print(list(pairs("abcd")), [step(c) for c in "abcd"][1:])
