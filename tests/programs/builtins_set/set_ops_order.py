# |, &, -, ^ and the named methods build results in CPython's order
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([100, 7, 64]), a.intersection([30, 9, 99, 0]), a.difference([0, 3]), a.symmetric_difference({1, 3}))
print(a.union(b, {1000}), a.intersection(b, {0, 15}))
c = set(range(10))
c -= {1, 2}
c |= {100, 33}
c &= set(range(50))
c ^= {0, 77}
print(c)
