# __slots__ (member descriptors, no __dict__, read-only class attributes), __setattr__/__delattr__ hooks, object.__setattr__, property deleter, del messages.
class S:
    __slots__=('a',)
    x = 1
    def m(self): pass
s=S()
print(S.a, type(S.a), S.a.__name__)
try: s.x = 2
except AttributeError as e: print(e)
try: s.m = 2
except AttributeError as e: print(e)
try: vars(s)
except TypeError as e: print(e)
try: del s.a
except AttributeError as e: print(repr(e))
try:
    class T:
        __slots__=('x',)
        x=1
except ValueError as e: print(e)
print(S.__slots__, hasattr(s,'__dict__'))
class V:
    __slots__=[]
v=V()
try: v.q=1
except AttributeError as e: print(e)
print(object.__setattr__, object.__delattr__)
print(type(s.__setattr__).__name__)
try: object.__setattr__(S, 'y', 1)
except TypeError as e: print(e)
class P:
  def __setattr__(self, n, v): super().__setattr__(n, v+1)
p=P(); p.q=1; print(p.q)
class Q:
  __slots__ = ('__priv',)
  def __init__(self): self.__priv = 5
  def get(self): return self.__priv
print(Q().get(), Q._Q__priv)
class A:
    pass
try: del A().x
except AttributeError as e: print(e)
def f(): pass
try: del f.x
except AttributeError as e: print(e)
try: del A.x
except AttributeError as e: print(e)
class Pr:
  @property
  def v(self): return 1
  @v.deleter
  def v(self): print("deleter")
  @property
  def w(self): return 1
Pr().__delattr__('v')
del Pr().v
try: del Pr().w
except AttributeError as e: print(e)
try: Pr().w = 2
except AttributeError as e: print(e)
class Log:
    def __init__(self): self.log = []
    def __setattr__(self, k, v):
        if k != "log": self.log.append(k)
        super().__setattr__(k, v)
l = Log(); l.a = 1; l.b = 2; print(l.log, l.__dict__)
setattr(l, "c", 3); print(l.log)
class Count:
    n = 0
    def __delattr__(self, k):
        Count.n += 1
        object.__delattr__(self, k)
c = Count(); c.x = 1; del c.x; print(Count.n)
try: del c.x
except AttributeError as e: print(e)
try: object.__setattr__(c, 1, 2)
except TypeError as e: print(e)
