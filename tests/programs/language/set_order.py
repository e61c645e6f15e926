# Sets of small ints print in hash order, which looks sorted.
print({3, 1, 2})
print(set([5, 3, 9, 1, 3]))
s = {10, 20}
s.add(15)
print(s, 15 in s, len(s))
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2})
print(set(), {x % 3 for x in range(10)})
print(sorted({8, 1, 64, 33}))
