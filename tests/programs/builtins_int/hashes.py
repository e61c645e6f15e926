# hash() of ints, big ints, floats and tuples as CPython computes them
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**100, -(2**100), 1.5, -0.1, 1e100, 2.0, float('inf'), -float('inf'), (1, 2), (), (1, (2, 3)), True]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(float(2**70)))
