# sorted() and list.sort() make CPython's comparisons in CPython's order for short lists (timsort's run count and binary insertion): the __lt__ calls and the TypeError's operand order match.
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("cmp", self.v, o.v)
        return self.v < o.v
print([k.v for k in sorted([K(3), K(1), K(2), K(5), K(4)])])
print([k.v for k in sorted([K(5), K(4), K(3), K(1), K(2)])])
try:
    sorted([3, "x", 1])
except TypeError as e:
    print(e)
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]), sorted([2, 1, 3], reverse=True))
l = [4, 2, 9, 1]
l.sort(key=lambda x: -x)
print(l, sorted("hello"), sorted([]))
