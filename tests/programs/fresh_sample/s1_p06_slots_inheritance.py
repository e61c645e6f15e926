# __slots__ with inheritance
class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Free(Base):
    pass
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b)
try:
    c.c = 3
except AttributeError as e:
    print(e)
f = Free()
f.a = 1
f.extra = 2
print(f.a, f.__dict__)
print(Base.a, Child.b)
try:
    print(Child().a)
except AttributeError as e:
    print(e)
