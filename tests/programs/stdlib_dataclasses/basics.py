# @dataclass: generated __init__, __repr__, __eq__; defaults and default_factory; __post_init__
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
q = Point(1, 2, ["a"])
print(p, q, p == Point(1), p == q, p == (1, 0))
p.tags.append("moved")
print(p.tags, Point(5).tags, Point.y, hasattr(Point, "tags"), Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__match_args__)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=False, default=0.0)

    def __post_init__(self):
        self.area = self.w * self.h

r = Rect(2, 3.5)
print(r, r.area)

def make():
    @dataclass
    class Local:
        n: int
    return Local(3)
print(make())

@dataclass
class Node:
    value: int
    next: "Node" = None
n = Node(1)
n.next = n
print(n)
