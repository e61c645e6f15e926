# set(), set(iterable), set(set), frozenset-free set algebra with iterables
print(set(), set([]), set('mississippi') == {'m', 'i', 's', 'p'}, set(range(5)), set({3: 'a', 1: 'b'}), set((9, 8, 7)))
a = set([10, 20, 30, 40, 50])
b = set(a)
b.add(60)
print(a, b, a <= b, a.copy() == a, set(x % 4 for x in range(20)), {x * 3 for x in range(6)})
print(a.union(range(3)), a.difference(range(20, 45)), a.intersection(iter([50, 10, 99])))
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
