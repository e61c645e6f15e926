# A mixin listed before a builtin base: the instance still carries the
# builtin value, and the mixin's methods come first in the MRO.
class Show:
    def show(self):
        return f"<{type(self).__name__} {self!r}>"

class Money(Show, int):
    pass

class Tags(Show, set):
    pass

class Row(Show, tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)

class Failure(Show, ValueError):
    pass

m = Money(3)
print(m, m + 1, m.show(), [c.__name__ for c in Money.__mro__])
t = Tags([2, 1])
t.add(3)
print(sorted(t), t.show(), len(t))
r = Row(1, 2)
print(r, r[0], r.show(), r + (3,))
try:
    raise Failure("bad")
except ValueError as e:
    print(repr(e), e.show(), [c.__name__ for c in Failure.__mro__])
