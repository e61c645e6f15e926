# iter() and next() on lists, strings and generators; next with a default.
it = iter([10, 20])
print(next(it), next(it), next(it, "empty"))
s = iter("ab")
print(next(s), next(s), next(s, None))

def two():
    yield 1
    yield 2

g = two()
print(iter(g) is g, next(g), next(g, 0), next(g, 0))
d = iter({"x": 1, "y": 2})
print(list(d), list(d))
r = iter(range(3))
print(next(r), list(r))
print(next(iter(()), "nothing"))
