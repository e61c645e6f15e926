# itemgetter, attrgetter, methodcaller: what they return, their reprs, sorting keys
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 25, "b"), ("amy", 31, "a"), ("cat", 25, "c")]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(1)(rows[0]), itemgetter(0, 2)(rows[1]))
g = itemgetter("x")
print(g({"x": 5}), g, itemgetter(1, "a"), itemgetter(slice(1, None))([1, 2, 3]))

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tag = Tag(x * y)

class Tag:
    def __init__(self, n):
        self.n = n

pts = [Pt(3, 1), Pt(1, 2), Pt(2, 2)]
print([p.x for p in sorted(pts, key=attrgetter("y", "x"))], attrgetter("tag.n")(pts[2]), attrgetter("x", "tag.n")(pts[0]))
print(attrgetter("x"), attrgetter("a.b", "c"))
up = methodcaller("upper")
split2 = methodcaller("split", ",", maxsplit=1)
print(up("abc"), split2("a,b,c"), list(map(up, ["x", "y"])), up, split2)
print(type(up), type(g).__name__, callable(g))
def by(*fields):
    return itemgetter(*fields)
print(sorted([{"n": 2, "m": 1}, {"n": 1, "m": 3}], key=by("n")), by("m", "n")({"n": 1, "m": 3}))
