# an immutable Point via __setattr__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"Point is immutable: cannot set {name}")
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"), Point.__slots__)
