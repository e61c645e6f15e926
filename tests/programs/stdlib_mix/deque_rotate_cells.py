# a deque of closures rotated: each closure keeps its own cell
from collections import deque

def make(n):
    return lambda: n

ring = deque(make(i) for i in range(4))
ring.rotate(1)
print([f() for f in ring])
ring.rotate(-2)
print([f() for f in ring], [f.__closure__[0].cell_contents for f in ring])
