# Mixins: a second base adds methods; lookup follows the MRO.
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in vars(self).items())
        return "{" + items + "}"

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p, p.to_json())
print(Point.__mro__)
print(Point.__bases__, Point.mro() == list(Point.__mro__))
print(isinstance(p, ReprMixin), issubclass(Point, JsonMixin), issubclass(JsonMixin, Point))

class Named:
    kind = "named"
    def describe(self):
        return f"{self.kind}: {self.name}"

class Counted:
    kind = "counted"
    count = 0
    def __init__(self):
        type(self).count += 1

class Item(Named, Counted):
    def __init__(self, name):
        super().__init__()
        self.name = name

a, b = Item("a"), Item("b")
print(a.describe(), Item.count, Item.kind, Counted.count)

class AppError(Exception, ReprMixin):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

try:
    raise AppError(404)
except Exception as e:
    print(repr(e), e.args, isinstance(e, ReprMixin), type(e).__mro__)

class LoudDict(dict, ReprMixin):
    def shout(self):
        return {k.upper(): v for k, v in self.items()}

d = LoudDict(a=1)
d["b"] = 2
print(d.shout(), len(d), isinstance(d, dict), LoudDict.__mro__)
