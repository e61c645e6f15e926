for i, (j, k) in enumerate(pairs):
    print(i, j, k)
del a, b[0], c.d
global g1, g2
assert x, (
    "message"
)
raise E(
    "x"
) from None
import a.b.c as d, e
from x.y import (z,
                 w as v)
class K(Base, metaclass=Meta, **extra):
    x: int
    y: "str" = "s"
    def m(self, /, a, *, b): ...
try:
    pass
except (A, B):
    pass
except C as e:
    pass
x = y = z = 0
x, = y
[a, [b, *c]] = d
a.b.c = 1
a[b][c] = 2
