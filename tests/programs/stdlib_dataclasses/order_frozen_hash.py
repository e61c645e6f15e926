# order=True adds comparisons; frozen=True forbids assignment and makes instances hashable
from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), Version(2) >= Version(2))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

red = Color(255, 0, 0)
print(red, hash(red) == hash((255, 0, 0)), {red: "red"}[Color(255, 0, 0)])
for action in [lambda: setattr(red, "r", 1), lambda: delattr(red, "g"), lambda: setattr(red, "alpha", 1)]:
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class Mutable:
    v: int
try:
    hash(Mutable(1))
except TypeError as e:
    print(e)

@dataclass(eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), hash(Plain(1)) is not None)
