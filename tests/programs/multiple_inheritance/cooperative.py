# Cooperative classes: keyword arguments passed along the MRO, properties
# and class methods from mixins, hooks that see the whole MRO.
class Shape:
    def __init__(self, *, name="shape", **rest):
        super().__init__(**rest)
        self.name = name

class Colored:
    def __init__(self, *, color="black", **rest):
        super().__init__(**rest)
        self.color = color

    @property
    def label(self):
        return f"{self.color} {self.name}"

    @classmethod
    def make_red(cls, **kw):
        return cls(color="red", **kw)

class Square(Shape, Colored):
    def __init__(self, side, **rest):
        super().__init__(**rest)
        self.side = side

s = Square(3, name="sq", color="blue")
print(s.label, s.side, vars(s))
r = Square.make_red(side=2, name="r")
print(r.label, type(r).__name__, [c.__name__ for c in Square.__mro__])
try:
    Square(1, shade=3)
except TypeError as e:
    print("TypeError:", e)

class Frozen:
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is frozen")
        super().__setattr__(name, value)

class Pair(Square.__mro__[-2], Frozen):
    pass

class Config(Frozen, dict):
    def freeze(self):
        self._frozen = True

c = Config(a=1)
c.x = 1
c.freeze()
try:
    c.y = 2
except AttributeError as e:
    print("AttributeError:", e)
c["b"] = 2
print(c, c.x, isinstance(c, dict), Config.__mro__)

class Eq:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None

class Val(Eq, Shape):
    pass

print(Val(name="a") == Val(name="a"), Val(name="a") == Val(name="b"))
try:
    hash(Val())
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(Val) if not n.startswith("__")))
