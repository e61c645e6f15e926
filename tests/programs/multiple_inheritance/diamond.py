# The diamond: C3 linearisation and cooperative super() calls.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.trail.append("Bottom")

    def hello(self):
        return "Bottom>" + super().hello()

b = Bottom()
print(b.trail, b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).hello(), super(Right, b).hello())

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([k.__name__ for k in D.mro()], [k.__name__ for k in E.mro()])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
for make in [lambda: type("Q", (Z, W), {}), lambda: type("R", (A, A), {}),
             lambda: type("S", (int, str), {}), lambda: type("T", (A, B), {})]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

class KwBase:
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class Tagged(KwBase, X, tag="t1"):
    pass
print(Tagged.tag, [k.__name__ for k in Tagged.__mro__])
