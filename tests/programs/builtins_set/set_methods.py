# set methods and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(s, s.copy(), s.issubset({2, 3, 4, 5}), s.issuperset([2]), s.isdisjoint((7, 8)), s.isdisjoint([2]))
t(lambda: s.remove(42))
t(lambda: set().pop())
t(lambda: s.add([1]))
t(lambda: s.union(5))
t(lambda: s.add())
p = {1, 2, 3, 9}
print(p.pop(), p.pop(), p)
u = {1}
u.update([5, 6], {7})
u.intersection_update({1, 5, 7, 9})
u.difference_update([7])
u.symmetric_difference_update({5, 100})
print(u)
u.clear()
print(u, len(u), bool(u))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == {1.0}, set() == set())
