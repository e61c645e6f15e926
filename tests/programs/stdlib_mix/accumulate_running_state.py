# running totals three ways: accumulate, a nonlocal closure, a generator
from itertools import accumulate

def running():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add

def gen_running(xs):
    total = 0
    for x in xs:
        total += x
        yield total

data = [3, 1, 4, 1, 5]
add = running()
print(list(accumulate(data)), [add(x) for x in data], list(gen_running(data)))
print(list(accumulate(data, max)), list(accumulate(data, lambda a, b: a * b, initial=1)))
print(add.__closure__[0].cell_contents)
