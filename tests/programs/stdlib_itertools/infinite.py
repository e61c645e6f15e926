# count, cycle and repeat: infinite iterators cut with islice, and their reprs
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), c)
print(list(islice(count(10, 5), 4)), count(1.5, 0.5), count(-1, -2))
print(count(2, 1), count(0, 1.0), count(start=3), count(step=2))
cy = cycle("ab")
print([next(cy) for _ in range(5)])
print(list(islice(cycle([]), 3)))
r = repeat("x", 3)
print(r, list(r), r, list(r))
print(repeat(None), repeat([1], times=-4), list(repeat(7, 0)))
print(list(map(pow, range(5), repeat(2))))
print(type(count()), type(cycle("")).__name__, type(repeat(1)).__module__)
ids = count(1)
def make_id(prefix):
    return f"{prefix}-{next(ids)}"
print(make_id("a"), make_id("b"), ids)
