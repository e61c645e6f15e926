# Comparison methods answer with whatever they return (reflected ones too); != defaults to not __eq__.
class A:
    def __gt__(self, other):
        return "A.__gt__ result"

    def __lt__(self, other):
        return NotImplemented

    def __eq__(self, other):
        return "A.__eq__ result"


print(1 < A())
print(A() > 1)
print(1 == A())
print(A() != 1)
print(A() == A())


class B:
    def __ge__(self, other):
        return [1]


print(3 <= B())
print(not (3 <= B()))
print([A()] < [1], (A(), 2) > (1, 2))


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __eq__(self, other):
        return [x == y for x, y in zip(self.xs, other.xs)]

    def __lt__(self, other):
        return Vec(*[x < y for x, y in zip(self.xs, other.xs)])

    def __repr__(self):
        return f"Vec{self.xs}"


print(Vec(1, 2) == Vec(1, 3))
print(Vec(1, 2) != Vec(1, 3))
print(Vec(1, 5) < Vec(2, 3))
print(Vec(1) in [Vec(2)], Vec(1) in [Vec(1)])


class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return True


class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__ first")
        return False


print(Base() == Derived())


class Weird:
    def __lt__(self, other):
        return 1 if id(self) < id(other) else 0


print(sorted([3, 1, 2], key=lambda x: x) == [1, 2, 3])


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
try:
    p < Plain()
except TypeError as e:
    print(e)
try:
    A() <= 3
except TypeError as e:
    print(e)
