# set iteration order is CPython's hash-table order
print({3, 1, 2}, {10, 100, 1000, 5}, set(range(20, 0, -3)))
x = -1
print({x, -2, 7, 8, 16}, {-1, -2, 7, 8, 16})
s = set()
for i in [5, 13, 21, 29, 37, 45, 53, 2, 64]:
    s.add(i)
print(s)
s.discard(13)
s.discard(29)
s.add(99)
s.add(13)
print(s, len(s))
print(set([(1, 2), (3, 4), (0, 0), (2, 1)]), {(1, 2), (3, 4)})
print(set('abc') == {'a', 'b', 'c'}, sorted(set('hello')))
print(set([1.5, 2.5, 1, 2]), {True, 1, 1.0, 0, False})
