# slots with a class-level default via property-like access
class P:
    __slots__ = ("_x",)
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
p = P(); p.x = 3
print(p.x, p._x)
try:
    p.y = 1
except AttributeError as e: print(e)
