# __init_subclass__ runs for each subclass with the class statement's keyword arguments; object's takes none.
class Base:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class Choc(Base, flavor="chocolate"): pass
print(Choc.flavor)
class Plain(Base): pass
print(Plain.flavor)
try:
    class X(flavor=1): pass
except TypeError as e: print(e)
class Reg:
    subclasses = []
    @classmethod
    def __init_subclass__(cls, **kw):
        print("registering", cls.__name__, kw)
        Reg.subclasses.append(cls.__name__)
class A(Reg): pass
class B(A, tag="b"): pass
print(Reg.subclasses)
class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
try:
    class Missing(Strict): pass
except TypeError as e: print(e)
try:
    class Meta(metaclass=type):
        pass
except TypeError as e:
    print(e)
