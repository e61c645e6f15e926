# set and frozenset operations and comparisons
a = {1, 2, 3}
b = frozenset({2, 3, 4})
print(a & b, b & a, a - b, b - a, a ^ b)
print(a == set(b), frozenset(a) == a, a <= {1, 2, 3, 4}, b < frozenset({1, 2, 3, 4}))
print({frozenset(): "empty"}[frozenset()], hash(frozenset()) == hash(frozenset([])))
