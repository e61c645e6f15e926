# A class's __setattr__ and __delattr__ run for every write (setattr/delattr too); __slots__ subclasses get a __dict__ without the slots.
class P:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
p = P()
p.x = 3
print(p.x, p.__dict__)
del p.x
print(p.__dict__)
setattr(p, "y", 5)
print(p.y)
delattr(p, "y")
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e: print(e)
try:
    print(s.b)
except AttributeError as e: print(e)
try:
    s.__dict__
except AttributeError as e: print(e)
s.b = 4; print(s.b); del s.b
try:
    del s.b
except AttributeError as e: print(e)
print(S.a)
class F:
    __slots__ = "v"
f = F(); f.v = 2; print(f.v)
class Frozen:
    def __init__(self, x): object.__setattr__(self, "x", x)
    def __setattr__(self, k, v): raise AttributeError("frozen")
fr = Frozen(3); print(fr.x)
try:
    fr.x = 4
except AttributeError as e: print(e)
class Sub(S):
    pass
sb = Sub(); sb.z = 1; print(sb.z, sb.__dict__)
try:
    object.__setattr__(1, "x", 2)
except Exception as e: print(type(e).__name__, e)
