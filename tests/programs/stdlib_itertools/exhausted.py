# exhausted itertools iterators keep raising StopIteration; next() with a default
from itertools import islice, chain, takewhile, zip_longest, groupby

for it in [islice([1], 5), chain([1]), takewhile(bool, [1, 0, 1]), zip_longest([1]), groupby("a")]:
    first = next(it)
    print(type(it).__name__, first if not isinstance(first, tuple) or len(first) != 2 or isinstance(first[0], int) else first[0], next(it, "done"), next(it, "done"))
c = chain("a")
next(c)
try:
    next(c)
except StopIteration as e:
    print("StopIteration", repr(e.value))
