# starmap over argument tuples with a partial and a closure
from itertools import starmap
from functools import partial

def scale(factor):
    def apply(x, y):
        return (x * factor, y * factor)
    return apply

pts = [(1, 2), (3, 4)]
print(list(starmap(scale(10), pts)), list(starmap(partial(pow, 2), [(3,), (4,)])))
print(list(starmap(lambda *a: len(a), [(), (1,), (1, 2)])))
