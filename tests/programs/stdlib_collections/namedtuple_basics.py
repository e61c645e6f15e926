# namedtuple: fields by name and index, _make, _replace, _asdict, defaults, tuple behaviour
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
x, y = p
print(x, y, p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), len(p), p + (3,))
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(0, 9), Point(1, 0)), list(p), p.count(1), p.index(2))
print(type(p), Point.__doc__, Point.__name__, Point.__module__, Point._field_defaults)
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__new__.__defaults__)
print(namedtuple("R", "a def _c a", rename=True)._fields, namedtuple("One", "v")(7))
print(Point.__new__.__qualname__, Point.x.__doc__, "%s and %s" % Point(8, 9), "{0.x}/{0.y}".format(p))

def make_record(*fields):
    Rec = namedtuple("Rec", fields)
    def build(*values):
        return Rec(*values)
    return build

rec = make_record("name", "age")
print(rec("ann", 30), rec("bo", 4).age, type(rec("c", 1)).__qualname__)
