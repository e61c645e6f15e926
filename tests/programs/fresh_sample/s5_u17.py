# frozenset equality with sets and hashing consistency
a = frozenset([1, 2, 3])
print(a == {1, 2, 3}, {1, 2, 3} == a, hash(a) == hash(frozenset({3, 2, 1})), a.issuperset([1]), frozenset() == set())
print({a: "x"}.get(frozenset([3, 1, 2])), len({a, frozenset([1, 2, 3])}))
